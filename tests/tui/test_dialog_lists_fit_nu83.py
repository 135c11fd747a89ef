"""The related dialog (`r`) and the outlet picker (`f`) keep their lists within their boxes,
so the cursor's row is always on screen (nu83: at 80x24 the related list, up to 24 lines,
overflowed a box of 18; three related articles already put the third row's why under the
box's edge, and ten `j` and `end` moved the cursor onto rows nobody could see; the outlet
picker's 20 lines of AllSides' 145 outlets the same, its cursor gone after a few `down`).

Oracle: geometry, not a picture: the list's region lies inside the box's content region,
and every line of the highlighted row lies inside the list's scrolled window (its first
line at the top, where the row is taller than the window), after each move, at each size;
a list that fits is shown whole. Under 30 lines the related box has no blank line (its
padding and the keys' margin: 4 of its 18 lines at 80x24, nu83 #7); above, 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Label, OptionList

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle
from tests.tui.test_related_reasons_wrap_nu77 import related
from tui.app import BroadsheetApp
from tui.dialogs.related import RelatedDialog
from tui.dialogs.source_picker import SourcePicker


def in_view(options: OptionList, box: Widget) -> None:
    """The list inside the box, and the highlighted row's lines inside the list's window."""
    assert box.content_region.contains_region(options.region), (options.region, box.region)
    at = options.highlighted
    assert at is not None
    lines = [y for y, (index, _) in enumerate(options._lines) if index == at]
    top, height = round(options.scroll_y), options.scrollable_content_region.height
    if len(lines) > height:  # a row taller than the window (60x18): its title at the top
        assert top == lines[0], (at, lines, top, height)
    else:
        assert top <= lines[0] and lines[-1] < top + height, (at, lines, top, height)


def news_app(tmp_path: Path) -> BroadsheetApp:
    """The reader on one article (the dialogs are given their rows)."""
    corpus = write_corpus(tmp_path / "news", {"port.txt": "Port strike\n\nDockers walked out."})
    rebuild(corpus, tmp_path / "index", derived=default_derived())
    return BroadsheetApp(corpus, tmp_path / "index")


async def related_open(app: BroadsheetApp, pilot: Pilot[None], count: int) -> OptionList:
    """The related dialog over the reader, with ``count`` rows; its list."""
    await settle(pilot)
    library = reader(app).library
    assert library is not None
    rows = [related(number, "CNN") for number in range(1, count + 1)]
    app.push_screen(RelatedDialog(library.article("port.txt"), rows))
    await settle(pilot)
    return app.screen.query_one("#related-options", OptionList)


@pytest.mark.parametrize("count", [1, 3, 11])
@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 18), (100, 30)])
async def test_the_cursor_row_stays_on_screen(
    tmp_path: Path, size: tuple[int, int], count: int
) -> None:
    app = news_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        options = await related_open(app, pilot, count)
        box = app.screen.query_one("#related-box")
        in_view(options, box)
        heading = sum(label.region.height for label in box.query(Label) if label.display)
        blank = box.region.height - 2 - heading - options.region.height  # less the border
        assert blank == (0 if size[1] < 30 else 3)  # none on a low screen (nu84, nu83 #7)
        if options.virtual_size.height <= 24:  # it fits at its tallest: shown whole
            room = box.content_region.bottom - options.region.y
            assert options.max_scroll_y == 0 or options.region.height == room
        for key in ["j"] * (count - 1) + ["end", "home", "end", "k"]:
            await pilot.press(key)
            await pilot.pause()
            in_view(options, box)


async def test_the_list_fits_again_after_a_resize(tmp_path: Path) -> None:
    """Grown from 80x24 to 120x40 the list takes the room it gets (up to 24 lines), and
    shrunk back it fits the small box again."""
    app = news_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        options = await related_open(app, pilot, 11)
        box = app.screen.query_one("#related-box")
        small = options.region.height
        for size in [(120, 40), (80, 24)]:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            await pilot.pause()
            await pilot.press("end")
            await pilot.pause()
            in_view(options, box)
            assert options.region.height == (24 if size == (120, 40) else small)


@pytest.mark.parametrize("count", [2, 9, 145])
@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 18)])
async def test_the_outlet_pickers_cursor_stays_on_screen(
    tmp_path: Path, size: tuple[int, int], count: int
) -> None:
    app = news_app(tmp_path)
    outlets = [(f"Outlet number {k}", 200 - k) for k in range(count)]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(SourcePicker(outlets, None))
        await settle(pilot)
        options = app.screen.query_one("#source-options", OptionList)
        box = app.screen.query_one("#source-box")
        in_view(options, box)
        downs = min(count, 30)  # from "All outlets" to the outlet of that number
        for key in ["down"] * downs + ["up"] * 2:
            await pilot.press(key)
            await pilot.pause()
            in_view(options, box)
        assert options.highlighted == downs - 2
        assert options.region.height <= 20
