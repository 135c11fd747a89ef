"""`lede.over_outlet` and `lede.dated_below` (`head._over_outlet` and `head._dated_below`
then) are linear in the head's lines, and say what they said before (fc44, nu63 #2: one
record of 2,000 paragraphs took 25 s, 8,000 took 244 s, because every line scanned every
line above it for a headline in capitals). The old
functions are kept here as the oracle, over generated heads of headlines, capitals runs,
outlet lines, dates, bylines and prose."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.bare_byline import name_and_outlet
from index.text.head_lines import dates_of, outlet_and_date, over_outlet_line
from index.text.lede import dated_below, is_title_like, over_outlet
from index.text.metadata import read_byline
from index.text.wire_title import capitals_title


def old_dated_below(lines: Sequence[str], head: Sequence[int], k: int, reach: int = 3) -> bool:
    """`_dated_below` before fc44."""
    below = [j for j in head if j > k][:reach]
    return any(
        dates_of(lines[j])
        or outlet_and_date(lines[j])
        or read_byline(lines[j])
        or name_and_outlet(lines[j])
        for j in below
    )


def old_over_outlet(lines: Sequence[str], head: Sequence[int], k: int) -> bool:
    """`_over_outlet` before fc44."""
    below = next((j for j in head if j > k), None)
    return (
        below is not None
        and not any(capitals_title(lines[j]) for j in head if j < k)
        and is_title_like(lines[k].rstrip(".!?…\"'’”"))
        and over_outlet_line(lines[k], lines[below])
    )


LINES = [
    "AMC CAR OUTPUT DECLINES",
    "WORLD NEWS",
    "SHORT CAPS LINE 3",
    "U.S. SENATE PASSES BUDGET BILL",
    "Council votes to repair the harbour wall.",
    "Biden says U.S. will end its combat mission in Iraq.",
    "Mayor Says Crews Will Work Through the Night",
    "Crews will work through the night.",
    "New York Times",
    "Reuters",
    "BBC News",
    "Politico",
    "Marlow Gazette",
    "Daily Mail - 2021-08-11",
    "March 3, 2019",
    "By Jane Smith",
    "Jane Smith, Reuters",
    "Paragraph 12 on the dam.",
    '"We will fix it," said the engineer on day 300.',
    "The river rose two metres overnight and the council met at dawn to decide.",
    "",
]


@st.composite
def heads(draw: st.DrawFn) -> tuple[list[str], list[int], int]:
    """Lines drawn from the pool, an ascending head of some of them, a line ``k`` of it
    (or not: the callers also ask about lines outside the head)."""
    lines = draw(st.lists(st.sampled_from(LINES), min_size=1, max_size=30))
    head = sorted(draw(st.sets(st.integers(0, len(lines) - 1))))
    k = draw(
        st.sampled_from(head) if head and draw(st.booleans()) else st.integers(0, len(lines) - 1)
    )
    return lines, head, k


@settings(max_examples=400, deadline=None)
@given(heads(), st.integers(1, 4))
def test_same_as_before(case: tuple[list[str], list[int], int], reach: int) -> None:
    lines, head, k = case
    assert over_outlet(lines, head, k) == old_over_outlet(lines, head, k)
    assert dated_below(lines, head, k, reach) == old_dated_below(lines, head, k, reach)


def test_an_outlet_line_under_a_sentence_headline() -> None:
    """The oracle is not trivially false: a sentence over an outlet's line, with no capitals
    headline above it, is over its outlet; with one above it, it is not."""
    lines = ["Council votes to repair the harbour wall.", "Reuters", "Text."]
    assert over_outlet(lines, [0, 1, 2], 0) is True
    capped = ["AMC CAR OUTPUT DECLINES", *lines]
    assert over_outlet(capped, [0, 1, 2, 3], 1) is False
    assert dated_below(["Headline", "March 3, 2019"], [0, 1], 0) is True
