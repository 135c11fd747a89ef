"""A story list's rows line up: each field of the second line (articles, outlets, first and
last day, sparkline) starts at the same cell in every row, at any width (nu79 #4: on a Reuters
list `1987-04-01 → 04-02  █▃` stood over `1987-04-03→04-05 █ ▃`, the second story's range
written close for its third bar). Oracle: the cell where each field starts, found in each
row's drawn text by its pattern, is one cell for all rows."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from index.models import Story
from tests.tui.test_story_list_end_nu69 import listing
from tests.tui.test_story_list_pages import _Lists
from tui.widgets.story_row import BARS, Columns, story_row

FIELDS = {
    "size": re.compile(r"\d[\d,]* art"),
    "places": re.compile(r"· (\d[\d,]* outlet|outlet unknown)"),
    "span": re.compile(r"\d{4}-\d\d-\d\d|undated"),
    "bars": re.compile(f"[{BARS}]"),
}


def starts(line: str) -> dict[str, int]:
    """The cell where each field of a row's second line starts (those it shows)."""
    found = {name: pattern.search(line) for name, pattern in FIELDS.items()}
    return {name: cell_len(line[: m.start()]) for name, m in found.items() if m}


def lined_up(lines: list[str]) -> None:
    """Every field starts at one cell in all ``lines`` that show it."""
    cells: dict[str, set[int]] = {}
    for line in lines:
        for name, cell in starts(line).items():
            cells.setdefault(name, set()).add(cell)
    assert all(len(at) == 1 for at in cells.values()), (cells, lines)


def story(
    k: int, size: int, places: int, start: datetime | None, per_day: tuple[int, ...]
) -> Story:
    end = start + timedelta(days=len(per_day) - 1) if start else None
    return Story(
        id=f"s{k}",
        title=f"Coffee talks {k}",
        article_ids=tuple(f"a{k}-{n}" for n in range(size)),
        sources=tuple(f"Outlet {n}" for n in range(places)),
        first=f"a{k}-0",
        start=start,
        end=end,
        per_day=per_day,
    )


WIRE = [  # nu79's Reuters list: a story of two days over one of three
    story(0, 4, 1, datetime(1987, 4, 1), (3, 1)),
    story(1, 3, 1, datetime(1987, 4, 3), (2, 0, 1)),
    story(2, 12, 1, datetime(1987, 4, 6), (5, 2, 1, 1, 1, 2)),
]


async def test_a_wire_lists_rows_in_columns_at_any_width() -> None:
    app = _Lists()
    async with app.run_test(size=(120, 20)) as pilot:
        stories = await listing(pilot, WIRE)
        for width in range(40, 121):
            await pilot.resize_terminal(width, 20)
            await pilot.pause()
            lines = [stories.render_line(y).text for y in range(2 * len(WIRE))]
            lined_up(lines[1::2])
            assert stories.columns == Columns.of(WIRE)


days = st.one_of(
    st.none(),
    st.datetimes(datetime(1986, 12, 20), datetime(1988, 1, 10)),
)
stories_made = st.lists(
    st.tuples(
        st.integers(1, 12_000),
        st.integers(0, 120),
        days,
        st.lists(st.integers(0, 9), min_size=0, max_size=40).map(lambda d: (1, *d)),
    ),
    min_size=1,
    max_size=6,
).map(lambda made: [story(k, *m) for k, m in enumerate(made)])


@settings(max_examples=400, deadline=None)
@given(stories=stories_made, width=st.integers(20, 160))
def test_rows_made_with_the_lists_columns_line_up(stories: list[Story], width: int) -> None:
    columns = Columns.of(stories)
    lines = [story_row(s, width, columns).plain.splitlines()[1] for s in stories]
    lined_up(lines)
    for line in lines:  # the bars give way before the range is cut
        assert cell_len(line) <= width or not any(c in BARS for c in line), line
        assert "span" in starts(line), line
