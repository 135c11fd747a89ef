"""A "Source:" trailer closing a text names its outlet (nu45 #2: Al Jazeera's "Source:-Al
Jazeera and news agencies" left its article of unknown outlet, and a story named a later
article "first"). The oracle: texts built from parts, the outlet and body known from which
parts were put in; a "Source: ..." anywhere but the end, or naming no known outlet, changes
nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.source_trailer import source_trailer

LEDE = (
    "Talks between the two governments stalled on Thursday after a week of meetings in "
    "Geneva, officials from both sides said, with no date set for another round."
)
PARAS = st.lists(
    st.sampled_from(
        [
            "Russia on Thursday rejected the idea of sending troops to Ukraine.",
            "The ministry said talks were at a very early stage.",
            'Officials said: "We will not be moved."',
            "The committee will meet again in March to review the plan.",
        ]
    ),
    min_size=1,
    max_size=4,
).map(lambda paras: [LEDE, *paras])
"""Paragraphs of a text, a lede first: a short text's last line is in its head, where
"Source: X" is a source line (`index.text.head`), the trailer's rule not needed."""
TRAILERS = st.sampled_from(
    [
        ("Source:-Al Jazeera and news agencies", "Al Jazeera"),
        ("Source: Al Jazeera and news agencies", "Al Jazeera"),
        ("Source:-Al Jazeera News", "Al Jazeera"),
        ("Source:-Al Jazeera", "Al Jazeera"),
        ("SOURCE: Reuters", "Reuters"),
    ]
)
NOT_OUTLETS = st.sampled_from(
    [
        "Source:-News agencies",  # names no outlet
        "Source:-Reuters news agency",  # Al Jazeera's note of a wire: not who ran it
        "Source: the interior ministry",
    ]
)


@settings(max_examples=80, deadline=None)
@given(PARAS, TRAILERS, st.booleans(), st.sampled_from(["", "- ", " - "]))
def test_a_trailer_names_a_known_outlet_and_leaves_the_body(
    paras: list[str], trailer: tuple[str, str], own_line: bool, dash: str
) -> None:
    words, outlet = trailer
    body = "\n\n".join(paras)
    text = f"Talks stall\n\n{body}" + ("\n\n" if own_line else " " + dash) + words
    got, without = extract(text), extract(f"Talks stall\n\n{body}")
    assert got.source == outlet and without.source is None
    assert got.body.rstrip(" -") == without.body  # the trailer is boilerplate: out of the body
    assert "Source" not in got.body and "SOURCE" not in got.body


@settings(max_examples=60, deadline=None)
@given(PARAS, NOT_OUTLETS, st.booleans())
def test_a_trailer_of_no_known_outlet_changes_nothing(
    paras: list[str], words: str, own_line: bool
) -> None:
    body = "\n\n".join(paras) + ("\n\n" if own_line else " ") + words
    got = extract(f"Talks stall\n\n{body}")
    assert got.source is None and got.body.endswith(body)


@settings(max_examples=60, deadline=None)
@given(PARAS, TRAILERS, st.integers(0, 3))
def test_a_source_inside_the_body_never_sets_the_outlet(
    paras: list[str], trailer: tuple[str, str], at: int
) -> None:
    """A "Source: Reuters" quoted or captioned mid-body is no trailer: only the text's end."""
    words, _ = trailer
    parts = [*paras]
    # after the lede (a head line "Source: X" is a source line), never last
    parts.insert(1 + at % (len(parts) - 1), words)
    body = "\n\n".join(parts)
    got = extract(f"Talks stall\n\n{body}")
    assert got.source is None and got.body.endswith(body)


def test_an_outlet_line_beats_the_trailer() -> None:
    """The trailer names the outlet only when nothing else does."""
    text = "Talks stall\nCNN, 2017-03-24\n\nTalks stalled.\n\nSource:-Al Jazeera and news agencies"
    assert extract(text).source == "CNN"


def test_a_sentence_ending_in_source_words_is_no_trailer() -> None:
    assert source_trailer('Its main source: Reuters said "no".') is None
    assert source_trailer("He cited a source: Reuters") is None  # lower case: prose
    assert source_trailer("the war. Source:-Al Jazeera and news agencies") == (9, "Al Jazeera")
