"""The reader at 80x24 (nu14 item 12): a list of more than two articles, whole rows after a
restart, and comparison footers that fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.reader_state import state_path
from tui.screens.compare import CompareScreen
from tui.screens.multicompare import MultiCompareScreen
from tui.screens.reader_session import SAVE_DELAY

SMALL = (80, 24)


def many(tmp_path: Path, count: int = 30) -> Path:
    return write_corpus(
        tmp_path / "many",
        {
            f"a{n:02d}.txt": f"Harbour report {n}\n\nThe tides rose on day {n}. Crates {n}.\n"
            for n in range(count)
        },
    )


async def test_at_80x24_the_list_has_rows_and_whichever_has_the_focus_is_taller(
    app: BroadsheetApp,
) -> None:
    """The list had 5 rows (about two articles) under a search bar of three lines."""
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.search_box.size.height == 1
        # 4 articles in the list, still the taller; the pane keeps 8 lines: its head and 3
        # of text (nu15; nu50 #12: 2 lines of text under a head of 4 were too few)
        assert screen.articles.size.height >= 9 > screen.pane.size.height >= 8
        await pilot.press("j")  # an article in the pane, the list keeps the focus
        await settle(pilot)
        assert screen.pane.article is not None
        # nu15: the pane showed its head (headline, outlet, id and link, blank) and no text
        shown = [screen.pane.line_at(n) for n in range(screen.pane.size.height)]
        head = 1 + next(n for n, line in enumerate(shown) if line is not None and not line.plain)
        body = [line.plain for line in shown[head:] if line is not None and line.plain]
        assert len(body) >= 2, shown  # its text under the head (all of it: 2 lines)
        await pilot.press("enter")  # read: the pane takes the room
        await settle(pilot)
        assert app.focused is screen.pane
        assert screen.pane.size.height >= 12 > screen.articles.size.height


async def test_the_list_shows_whole_rows_after_a_restart(tmp_path: Path) -> None:
    """Restored at 80x24 with the cursor far down, the list started mid-article."""
    corpus, index_dir = many(tmp_path), tmp_path / "index"
    first = BroadsheetApp(corpus, index_dir, restore=True)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*["j"] * 13)
        await settle(pilot)
        chosen = reader(first).articles.current
        assert chosen is not None
        await wait_until(pilot, lambda: state_path(index_dir).exists(), SAVE_DELAY + 10)
        await wait_until(pilot, lambda: chosen.id in state_path(index_dir).read_text())
    second = BroadsheetApp(corpus, index_dir, restore=True)
    async with second.run_test(size=SMALL) as pilot:
        await settle(pilot)
        articles = reader(second).articles
        assert articles.current is not None and articles.current.id == chosen.id
        for keys in ((), ("enter",), ("escape", "j")):  # the list shrinks, then moves
            await pilot.press(*keys)
            await settle(pilot)
            top, rows = int(articles.scroll_offset.y), articles.row_height
            assert top > 0 and top % rows == 0, keys
            cursor = articles.cursor * rows
            assert top <= cursor < top + articles.size.height, keys


@pytest.mark.parametrize(
    ("keys", "screen", "shown"),
    [
        (("m", "j", "c"), CompareScreen, "[] Unique {} Shared"),
        (("m", "j", "m", "j", "m", "c"), MultiCompareScreen, "[] Only here v Table"),
    ],
)
async def test_the_comparison_footers_fit_at_80_columns(
    app: BroadsheetApp, keys: tuple[str, ...], screen: type, shown: str
) -> None:
    """The two-way footer was cut ("... } Next sha"), the heat map's too ("v Tab")."""
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await wait_until(pilot, lambda: isinstance(app.screen, screen))
        await settle(pilot)
        footer = app.screen._compositor.render_strips()[-1].text
        assert shown in footer and "? Help " in footer and footer.endswith("▏^p Commands "), footer
