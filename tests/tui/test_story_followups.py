"""Pilot test of a followed story's "Later, related" rows (fu34, nu36 #9): its possible
follow-ups are listed under its articles once it is followed, and enter reads one."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from tests.cli.test_followups_cli import FOLLOW_UP, UNRELATED
from tests.story_corpus import CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_following_reader import open_boulder, story_list
from tui.app import BroadsheetApp
from tui.screens.story_follow import LATER
from tui.widgets.reading_pane import ReadingPane


def ids(options: OptionList) -> list[str | None]:
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


async def test_a_followed_story_lists_its_follow_ups_and_enter_reads_one(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, FOLLOW_UP, UNRELATED))
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = await open_boulder(app, pilot)
        articles = screen.query_one(OptionList)
        assert LATER not in ids(articles)  # not followed: not told
        await pilot.press("f")
        await wait_until(pilot, lambda: LATER in ids(articles))
        listed = ids(articles)
        after = listed[listed.index(LATER) + 1 :]
        assert after == [FOLLOW_UP.id]  # the unrelated one is not listed
        head = str(articles.get_option(LATER).prompt)
        assert head.startswith("Later, related")
        articles.highlighted = listed.index(FOLLOW_UP.id)
        await pilot.press("enter")
        pane = reader(app).query_one(ReadingPane)
        read = FOLLOW_UP.id
        await wait_until(pilot, lambda: pane.article is not None and pane.article.id == read)
        # opened again, followed: listed from the start
        story_list(app).focus()
        await settle(pilot)
        screen = await open_boulder(app, pilot)
        articles = screen.query_one(OptionList)
        await wait_until(pilot, lambda: LATER in ids(articles))
        await pilot.press("f")  # unfollowed: the rows go
        await wait_until(pilot, lambda: LATER not in ids(articles))
        assert FOLLOW_UP.id not in ids(articles)
