"""rv47: the "Source:" trailer was taken mid-sentence ("...came from one Source: Reuters."
named Reuters and cut the body to "...from one"), "Source:-Aljazeera" was missed, and a
"Source: Reuters" line closing another outlet's article left its body though the wire credit
is the article's content. A plain "Source:" is a trailer only at a line's start or after a
sentence's end; Al Jazeera's "Source:-" mark after anything (its 334 real trailers follow a
Twitter handle, a photo credit, a bare name or title as often as a sentence)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.source_trailer import source_trailer

LEDE = (
    "Talks between the two governments stalled on Thursday after a week of meetings in "
    "Geneva, officials from both sides said, with no date set for another round."
)
ENDS = st.sampled_from(
    [
        ("He said the figure came from one", False),
        ("The ministry said talks were at a very early stage.", True),
        ('"We will not be moved," she said.', True),
        ("The committee will meet again in March?", True),
        ("Ann Lee is a law professor at the University of Detroit", False),
        ("The figures, it said, were from the", False),
    ]
)
MARKS = st.sampled_from(
    [("Source: ", False), ("SOURCE: ", False), ("Source:-", True), ("Source: -", True)]
)
OUTLETS = st.sampled_from([("Reuters", "Reuters"), ("Al Jazeera", "Al Jazeera")])
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


@settings(max_examples=80, deadline=None)
@given(ENDS, MARKS, OUTLETS, st.sampled_from([" ", " - "]))
def test_a_trailer_run_on_is_taken_after_a_sentence_or_as_al_jazeeras_mark(
    end: tuple[str, bool], mark: tuple[str, bool], outlet: tuple[str, str], gap: str
) -> None:
    """The oracle: taken (outlet set, trailer cut) exactly when the line before it ends a
    sentence or the mark is Al Jazeera's "Source:-"; else the text is all body."""
    (last, ends_sentence), (written, hyphened), (name, table) = end, mark, outlet
    body = f"{LEDE}\n\n{last}{gap}{written}{name}."
    got = extract(f"Talks stall\n\n{body}")
    if ends_sentence or hyphened:
        assert got.source == table
        assert got.body.rstrip(" -") == extract(f"Talks stall\n\n{LEDE}\n\n{last}").body
    else:
        assert got.source is None
        assert got.body.endswith(body)


def test_rv47s_cases() -> None:
    assert source_trailer("He said the figure came from one Source: Reuters.") is None
    assert source_trailer("at a very early stage. The Source: CNN") is None
    assert source_trailer("the war. Source: Reuters") == (9, "Reuters")
    assert source_trailer("Source:-Aljazeera") == (0, "Al Jazeera")
    assert source_trailer("and communications Source:-Al Jazeera") == (19, "Al Jazeera")


def test_another_outlets_wire_credit_stays_in_its_body() -> None:
    """An outlet known otherwise (a given source, an outlet line): a trailer naming another
    is the article's own credit of a wire, kept; one naming the same outlet is boilerplate."""
    body = f"{LEDE}\n\nThe ministry said talks were at a very early stage.\n\nSource: Reuters"
    for text, known in (
        (f"Talks stall\n\n{body}", {"source": "CNN"}),
        (f"Talks stall\nCNN, 2017-03-24\n\n{body}", None),
    ):
        got = extract(text, known=known)
        assert got.source == "CNN" and got.body.endswith("Source: Reuters")
    got = extract(
        f"Talks stall\n\n{body.replace('Reuters', 'Al Jazeera')}", known={"source": "Al Jazeera"}
    )
    assert got.source == "Al Jazeera" and "Source" not in got.body
