"""nu58 #3, #4: at 80 columns a chosen sort hid the unread count, which the README says stays
longest; "2 marked" lost its ", 2 not in this list" while "index fresh" stayed; and with no
query one `s` in four changed nothing seen (relevance shows newest first)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.models import SORTS, Sort
from tui.reader_state import SORT_STATUS, next_sort, sort_toast
from tui.status_steps import fewer_words, sort_steps
from tui.widgets.status_line import SEPARATOR, fitted

COUNT = "399 articles, 1 record skipped"
UNREAD = "21 unread"


def line(width: int, order: str, chosen: bool, marks: str, state: str = "index fresh") -> str:
    """The reader's status line as `ReaderScreen._update_status` asks for it."""
    parts = ["na", COUNT, "24 hits", UNREAD, order, marks, state]
    first, last = sort_steps(order, chosen, [UNREAD])
    steps = fewer_words(COUNT, marks, state)
    return fitted(parts, width, ["na"], {}, first, steps + last)


def test_the_walkthroughs_line_keeps_the_unread_count() -> None:
    said = line(78, "sort: newest first", True, "3 marked").split(SEPARATOR)
    assert said == [COUNT, "24 hits", UNREAD, "3 marked", "index fresh"]  # as before `s`


@given(
    width=st.integers(20, 160),
    chosen=st.booleans(),
    marks=st.sampled_from(["3 marked", "2 marked, 2 not in this list"]),
    state=st.sampled_from(["index fresh", "stale: 3 new files — press u to update"]),
)
def test_the_unread_count_outlasts_the_sort(
    width: int, chosen: bool, marks: str, state: str
) -> None:
    """The oracle: the order the parts give way in. Whatever the width, the unread count is
    there when the sort is; the marks' note is there (in some words) when "index fresh" is."""
    order = "sort: newest first" if chosen else "sort: relevance"
    said = line(width, order, chosen, marks, state)
    shown = said.split(SEPARATOR)
    if order in shown:
        assert UNREAD in shown, said
    if state == "index fresh" and state in shown and "," in marks:
        assert any("not" in part for part in shown), said
    least = ["399 articles", "24 hits", UNREAD, "3 marked", "index fresh"]
    if marks == "3 marked" and state == "index fresh" and len(SEPARATOR.join(least)) <= width:
        assert UNREAD in shown and "…" not in said, said  # what goes before it is gone


def shown_order(sort: Sort, query: bool) -> str:
    """What the status line says of the order: relevance with no query, newest first."""
    return SORT_STATUS["newest" if sort == "relevance" and not query else sort]


@given(start=st.sampled_from(SORTS), query=st.booleans())
def test_every_s_changes_the_order_shown(start: Sort, query: bool) -> None:
    seen, sort = [shown_order(start, query)], start
    for _ in range(len(SORTS) * 2):
        after = next_sort(sort, query)
        assert shown_order(after, query) != shown_order(sort, query), (sort, after)
        seen.append(shown_order(sort := after, query))
        toast = sort_toast(sort, query, False)
        said = SORT_STATUS["newest"].split()[0] if not query and sort == "relevance" else None
        assert said is None or said in toast, toast
    assert set(seen) == {shown_order(s, query) for s in SORTS}  # every order reached
    if query:
        assert [next_sort(s, True) for s in SORTS] == [*SORTS[1:], SORTS[0]]
    else:  # relevance stays in the cycle: the next query is ranked by it
        assert "relevance" in {next_sort(s, False) for s in SORTS}
