"""A headline that ends as a sentence does (a question, a quotation) is still the headline
when its outlet follows it after a mark, with no byline or date line under it (fx173: the
messy set's tune seed 1, "Burst Derby water main 'sounded like a bomb' :: BBC News" over the
text, was read as a first paragraph, and a "This article first appeared on The
Conversation." line at the end gave the outlet). Without the outlet it stays a short first
paragraph, maybe ("For months the refrain has been "how long?"").

The oracle: the text is built from its headline, outlet and paragraphs, each known."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.outlets import known_outlet

OUTLETS = ("BBC News", "ABC News", "Reuters", "The Guardian", "HuffPost", "Al Jazeera")
MARKS = (" | ", " - ", " — ", " :: ")
SUBJECTS = ("Burst water main", "Council leader", "Flood barrier", "Trump")
ENDS = ("'sounded like a bomb'", "'was sad'", '"too focused"', "what went wrong?", "again!")
PARAGRAPHS = (
    "A water main burst with such force it damaged windows and cars and left homes needing "
    "to be evacuated, eyewitnesses said on Tuesday morning.",
    "Some residents have been sent to temporary accommodation by the city council while "
    "repairs are carried out on the road.",
    "The council said the road would reopen by the weekend if the weather held.",
)
LAST = ("This article first appeared on The Conversation.", "Share Tweet Pin Email", "")


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, str, str]:
    """A page: a share row maybe, the headline and its outlet, the text, a closing line."""
    headline = f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(ENDS))}"
    outlet = draw(st.sampled_from(OUTLETS))
    top = draw(st.sampled_from(("", "Share Tweet Pin Email")))
    body = draw(st.permutations(PARAGRAPHS))
    lines = [top, headline + draw(st.sampled_from(MARKS)) + outlet, *body]
    lines.append(draw(st.sampled_from(LAST)))
    return headline, outlet, "\n\n".join(line for line in lines if line) + "\n"


@settings(max_examples=150, deadline=None)
@given(pages())
def test_a_headline_ending_as_a_sentence_with_its_outlet_after_it(
    page: tuple[str, str, str],
) -> None:
    headline, outlet, text = page
    found = extract(text)
    assert found.title == headline and not found.title_derived
    assert found.source == known_outlet(outlet)
    assert headline not in found.body


@settings(max_examples=50, deadline=None)
@given(pages())
def test_without_its_outlet_it_is_a_short_first_paragraph(page: tuple[str, str, str]) -> None:
    headline, outlet, text = page
    for mark in MARKS:
        text = text.replace(f"{mark}{outlet}\n", "\n", 1)
    found = extract(text.replace("This article first appeared on The Conversation.", ""))
    assert found.body.startswith(headline)
