"""A list row's second line keeps its outlet, day and "+N copies" within the list's width;
the time gives way first (rv52 #3, fx116: at 120x40 with the preview, "Independent Online
Weekly Review · 1987-02-26 15:14 · +2 copies" lost its copies and half its time).

The oracle: the parts are found whole in the line, in their order, or given way in the
order `tui.widgets.row_meta` says; the line never outruns the list."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.style import Style
from textual.pilot import Pilot

from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_snapshots import before
from tui.app import BroadsheetApp
from tui.widgets.article_list import ArticleList
from tui.widgets.row_meta import KEPT_LEAST, OUTLET_LEAST, list_date, list_day, meta_line

STYLES = (Style(dim=True), Style(bold=True))

outlets = st.one_of(
    st.text(st.sampled_from("abcdefgh XYZ.éü東"), min_size=1, max_size=45),
    st.text(st.sampled_from("東京新聞日報 中央"), min_size=1, max_size=25),  # two cells a letter
).map(str.strip)
moments = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2050, 1, 1)),
    st.dates().map(lambda day: datetime(day.year, day.month, day.day)),
)
kept_marks = st.sampled_from(
    [None, "★ pinned", "★ pinned · #wheat, #us · ✎ note", "#tag", "#tag · ✎ note", "★"]
)


@settings(max_examples=400)
@given(
    outlet=outlets.filter(bool),
    when=moments,
    copies=st.integers(0, 12),
    kept=kept_marks,
    width=st.integers(8, 140),
)
def test_the_line_keeps_the_outlet_day_and_copies(
    outlet: str, when: datetime | None, copies: int, kept: str | None, width: int
) -> None:
    line = meta_line(outlet, when, copies, kept, width, STYLES).plain
    day, full = list_day(when), list_date(when)
    tail = f" · +{copies} {'copy' if copies == 1 else 'copies'}" if copies else ""
    whole = f"  {outlet} · {full}{tail}" + (f"  {kept}" if kept else "")
    if cell_len(whole) <= width:
        assert line == whole  # nothing gives way when all fits
        return
    least = 2 + OUTLET_LEAST + cell_len(f" · {day}{tail}")
    if least > width:
        return  # too narrow for the parts: the list cuts at its edge
    assert cell_len(line) <= width
    name, _, rest = line[2:].partition(" · ")
    assert name == outlet or (name.endswith("…") and outlet.startswith(name[:-1].rstrip()))
    kept_head = f"  {kept.split(' · ')[0]}" if kept else ""
    with_time = cell_len(f"  {outlet} · {full}{tail}{kept_head}") <= width
    assert rest.startswith(full if with_time else day)
    assert (full != day and full in rest) == (with_time and full != day)
    assert tail in rest  # the copies whole
    shown = line[len("  " + name + " · " + (full if with_time else day) + tail) :]
    if kept and kept.startswith("★"):
        # nu52 #2: the mark's words give way before the outlet is cut, the bare ★ after
        with_star = 2 + min(cell_len(outlet), OUTLET_LEAST) + cell_len(f" · {day}{tail}  ★")
        assert shown.startswith("  ★") == (with_star <= width), (line, width)
        if name != outlet:
            assert shown in ("", "  ★")  # the outlet shortened only for the ★ alone
        if shown not in ("", "  ★"):
            assert f"  {kept}".startswith(shown.rstrip("…").rstrip())
    elif kept:
        assert shown == "" or f"  {kept}".startswith(shown.rstrip("…").rstrip())
        assert shown or width - cell_len(line) < KEPT_LEAST
    else:
        assert shown == ""


LONG = "The Independent Online Weekly Review"


def write_corpus(path: Path) -> None:
    """Three texts of a long-named outlet, two of them twice (exact copies), each timed."""
    path.parent.mkdir(parents=True)
    rows = []
    for n, hour in enumerate((9, 10, 11)):
        body = f"Paragraph {n} of a made-up report on grain board figures, written here. " * 6
        for copy in range(2 if n else 1):
            rows.append(
                {
                    "id": f"iowr-{n}-{copy}",
                    "title": f"GRAIN BOARD FIGURES, PART {n}",
                    "source": LONG,
                    "date": f"1987-02-26T{hour:02d}:14:00",
                    "url": None,
                    "body": body,
                }
            )
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.mark.parametrize("size", [(120, 40), (200, 50), (80, 24)])
async def test_copies_stay_in_the_row_at_every_size(tmp_path: Path, size: tuple[int, int]) -> None:
    """Failed at 120x40 before the fix: "Independent Online Weekly Review · 1987-02-26 15:…"."""
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        rows = reader(app).query_one(ArticleList)
        width = rows.scrollable_content_region.width
        lines = [rows.line_at(1 + k * rows.row_height) for k in range(len(rows.hits))]
        said = [line.plain.rstrip() for line in lines if line is not None]
        assert len(said) == 3 and all(line.cell_len <= width for line in lines if line)
        assert sum(line.endswith(" · +1 copy") for line in said) == 2
        assert all("1987-02-26" in line for line in said), said
        if size[0] != 120:  # wide, or the list alone: all fits, the time too
            assert all(line.startswith(f"  {LONG[4:]} · 1987-02-26 ") for line in said)
            assert all(re.search(r"1987-02-26 \d\d:14", line) for line in said)


def test_long_outlet_rows_at_120_columns(snap_compare: Callable[..., bool], tmp_path: Path) -> None:
    """The list beside the preview: the outlet shortened, the day and "+1 copy" whole."""
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    assert snap_compare(app, terminal_size=(120, 40), run_before=before())


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (200, 50)])
async def test_a_pinned_long_outlet_row_keeps_its_star(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """nu52 #2: pinned, "Independent Online Weekl… · 2021-10-06 · +1 copy" showed no ★ at
    120x40 nor 80x24; the outlet now gives way to the ★, the day and copies stay whole."""
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        assert screen.pane.article is not None
        pinned = screen.pane.article.id
        await pilot.press("p")
        await settle(pilot)
        rows = screen.query_one(ArticleList)
        await wait_until(pilot, lambda: pinned in rows.kept)
        width = rows.scrollable_content_region.width
        place = next(k for k, hit in enumerate(rows.hits) if hit.id == pinned)
        line = rows.line_at(1 + place * rows.row_height)
        assert line is not None and line.cell_len <= width
        said = line.plain.rstrip()
        assert "★" in said and "1987-02-26" in said, said
        assert said.endswith("  ★ pinned") == (size[0] != 120), said


async def pin_first(pilot: Pilot[Any]) -> None:
    """`p` on the article in the pane, once its mark is in the list."""
    screen = reader(pilot.app)
    await wait_until(pilot, lambda: screen.pane.article is not None)
    await pilot.press("p")
    rows = screen.query_one(ArticleList)
    await wait_until(pilot, lambda: bool(rows.kept))


def test_pinned_long_outlet_row_at_120_columns(
    snap_compare: Callable[..., bool], tmp_path: Path
) -> None:
    """nu52 #2: the pinned row's outlet shortened further to keep its ★."""
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    assert snap_compare(app, terminal_size=(120, 40), run_before=before(pin_first))
