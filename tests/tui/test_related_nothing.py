"""The reader's related list of an article no other is near says why it is empty (un24)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from tests.cli.test_related_nothing import APART
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.dialogs.related import NOTHING_RELATED, RelatedDialog


async def test_r_on_an_article_alone_in_time_says_nothing_is_related(tmp_path: Path) -> None:
    write_corpus(tmp_path / "apart" / "apart.jsonl", APART)
    app = BroadsheetApp(tmp_path / "apart", tmp_path / "index")  # built with its stories
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "dockers")
        await pilot.press("enter")  # to the list
        await settle(pilot)
        current = reader(app).articles.current
        assert current is not None and current.id == "harbour"
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RelatedDialog) and app.screen.related == []
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        option = options.get_option_at_index(0)
        assert option.disabled and str(option.prompt) == NOTHING_RELATED
