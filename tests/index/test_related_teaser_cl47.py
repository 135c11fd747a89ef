"""AJ's teasers whose headline ran into a sentence opening on a word cl43's list lacked ("...
the face of Europe Once a front-runner, Fillon": nu65 #9, "Europe Once" read as a name) or on
a name after a headline ending in a quotation ("... 'violates rights and dignity' Trump is").
Oracle: the text is made of known article sentences and known teasers; the teaser goes whole
and the article's words all stay."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

HEADLINES = [
    "Why the French elections will change the face of Europe",
    "Kim Jong-nam attack reveals true nature of North Korea",
    "Trump slaps new sanctions on Iran over missile test",
]
OPENING = [
    "Once a front-runner, Fillon has seen his popularity drop.",
    "Another legislator, Kim Byeong-ki, cited the agency.",
    "Two weeks ago, the adviser was fired.",
    "Nine months later, Mattis returned to the capital.",
    "Throughout his life, Edhi emphasised the humanitarian.",
]
QUOTED = [
    "Israeli settlement law 'violates rights and dignity'",
    "US embassy relocation to Jerusalem 'a war crime'",
    "Jeff Sessions 'did not reveal Russia envoy meetings'",
]
NAMED = [
    "Trump is more sympathetic to the settlers than his predecessors.",
    "Barkan and Ariel West are built on confiscated land.",
    "Relocating the embassy would violate international law.",
]
BEFORE = ["The army said the raids went on.", "Polls suggest Macron will win."]


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    found = extract(text, known={"title": "A given title", "source": "Al Jazeera"})
    return found.body, found.removed


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(BEFORE),
    st.one_of(
        st.tuples(st.sampled_from(HEADLINES), st.sampled_from(OPENING)),
        st.tuples(st.sampled_from(QUOTED), st.sampled_from(NAMED)),
    ),
)
def test_the_teaser_goes_and_the_article_stays(before: str, pair: tuple[str, str]) -> None:
    headline, opening = pair
    body, removed = _clean(f"{before} READ MORE: {headline} {opening}")
    assert body == f"{before} {opening}"
    assert f"READ MORE: {headline}" in removed


def test_a_quoted_word_inside_a_headline_is_not_its_end() -> None:
    """A later sentence opener wins over a quotation inside the headline (na-3482)."""
    text = (
        "It fell. READ MORE: US-backed forces 'capture' Tabqa airbase from ISIL The dam was held."
    )
    body, removed = _clean(text)
    assert body == "It fell. The dam was held."
    assert "READ MORE: US-backed forces 'capture' Tabqa airbase from ISIL" in removed
