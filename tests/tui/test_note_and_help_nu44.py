"""The line under the search bar speaks of the query listed, in stories mode too (nu44 #6);
the bar's hint names a help key that works while the bar has the focus (nu44 #7)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.screens.help import HelpScreen
from tui.widgets.search_box import SearchBox


async def test_the_hint_names_a_help_key_that_works_in_the_bar(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl").parent
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        bar = reader(app).query_one(SearchBox)
        assert isinstance(app.focused, Input) and bar.value == ""
        named = re.search(r"\((\S+) for help\)", bar.placeholder)
        assert named is not None, bar.placeholder
        await pilot.press(named.group(1))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert bar.value == ""  # nothing typed
