"""nu60 #9: at 80 columns the story screen said outlets by cryptic initials ("WE", "TT",
"ET") in its "First:" line, and the heat map of its outlets (`C`) in its tabs, where a
cut name ("Washingt…") or the name's first word fitted. The oracle: each outlet is said by
a start of its name of at least 4 letters (`tui.compare_tabs.fit_outlet`), and no line is
wider than the screen."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.story_corpus import one_story
from tests.tui.conftest import settle, wait_until
from tests.tui.test_story_first_tied import the_story
from tui.app import BroadsheetApp
from tui.screens.multicompare import MultiCompareScreen

OUTLETS = ["Politico", "Reuters", "Washington Examiner"]


def frame(app: BroadsheetApp) -> list[str]:
    """The screen as drawn, line by line."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_the_story_screen_cuts_outlet_names_not_to_initials(tmp_path: Path) -> None:
    one_story(tmp_path / "news" / "news.jsonl", OUTLETS, [1, 1, 1])  # a tie of three
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await the_story(app, pilot)
        head = screen.query_one("#story-head", Static)
        await wait_until(pilot, lambda: "First" in str(head.render()))
        await pilot.pause()
        lines = str(head.render()).splitlines()
        assert all(len(line) <= head.content_size.width for line in lines), lines
        [first] = [line for line in lines if line.startswith("First")]
        assert "Politico" in first and "Reuters" in first, first
        assert "WE" not in first.split(), first
        assert "Washingt" in first, first  # "Washingt…": the start of the name
        await pilot.press("C")  # the heat map of the story's three outlets
        await wait_until(pilot, lambda: isinstance(app.screen, MultiCompareScreen))
        await settle(pilot)
        await wait_until(pilot, lambda: "3 " in frame(app)[0])
        tabs = frame(app)[0]
        assert "3 WE" not in tabs, tabs
        assert "3 Wash" in tabs, tabs
        assert all(len(line) <= 80 for line in frame(app))
