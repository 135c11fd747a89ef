"""The line under the search bar speaks of the query listed, in stories mode too (nu44 #6);
the bar's hint names a help key that works while the bar has the focus (nu44 #7)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.screens.help import HelpScreen
from tui.widgets.search_box import QueryNote, SearchBox
from tui.widgets.story_list import StoryList


def note(app: BroadsheetApp) -> str:
    shown = reader(app).query_one(QueryNote)
    return "" if shown.has_class("-empty") else str(shown.render())


async def test_a_search_listing_stories_clears_the_last_no_matches(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl").parent
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "zqxv")
        assert note(app).startswith("No matches")
        await pilot.press("escape", "S")
        await settle(pilot)
        assert reader(app).showing_stories
        await pilot.press("slash", "ctrl+u")
        await search(pilot, "boulder")
        stories = reader(app).query_one(StoryList).stories
        assert stories and all(any("boulder" in a for a in s.article_ids) for s in stories)
        assert note(app) == ""


async def test_the_hint_names_a_help_key_that_works_in_the_bar(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl").parent
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        bar = reader(app).query_one(SearchBox)
        assert isinstance(app.focused, Input) and bar.value == ""
        # the bar's key, and the one off it, as the footer says it (nu45 #9)
        named = re.search(r"\((\S+) help, (\S) off the bar\)", bar.placeholder)
        assert named is not None, bar.placeholder
        await pilot.press(named.group(1))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert bar.value == ""  # nothing typed
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")  # off the bar: its ? opens the help
        await settle(pilot)
        assert not isinstance(app.focused, Input)
        await pilot.press({"?": "question_mark"}.get(named.group(2), named.group(2)))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
