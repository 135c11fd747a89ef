"""The outlet filter keeps, over the story list, the stories that outlet ran in, and the
status line says so (nu24 #2: `f` The New York Times, then `S`, listed every story under
"outlet: The New York Times"). Oracle: the library's own stories and each one's outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from index.models import Story
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle
from tests.tui.test_reader_status import status
from tests.tui.test_stories_refresh import listed
from tui.app import BroadsheetApp
from tui.widgets.story_list import StoryList


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def the_stories(app: BroadsheetApp) -> tuple[Library, list[Story], list[str]]:
    """The library, its stories and the outlets they ran in (A-Z)."""
    library = reader(app).library
    assert isinstance(library, Library)
    every = library.stories()
    return library, every, sorted({o for s in every for o in s.sources})


async def test_the_outlet_filter_keeps_its_stories(app: BroadsheetApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        _, every, outlets = the_stories(app)
        # an outlet that ran in some stories, not all (else the filter would show nothing)
        outlet = next(o for o in outlets if 0 < sum(o in s.sources for s in every) < len(every))
        await pilot.press("S")
        await settle(pilot)
        assert set(listed(app)) == {frozenset(s.article_ids) for s in every}
        reader(app).outlet_chosen(outlet)  # as the outlet picker does
        await settle(pilot)
        expected = {frozenset(s.article_ids) for s in every if outlet in s.sources}
        assert set(listed(app)) == expected
        assert f"{len(expected)} stor" in status(app)
        assert f"stories with outlet: {outlet}" in status(app)
        await pilot.press("S")  # back to articles: the filter reads as before
        await settle(pilot)
        assert f"│ outlet: {outlet}" in status(app)


async def test_no_story_of_the_outlet_says_the_outlet(app: BroadsheetApp) -> None:
    """nu68's walkthrough: `f` The Daily Wire, `S`, `/colin powell`: the list said "No
    stories match 'colin powell'." over a story that matches (another outlet's), while the
    pane said "No story matches “colin powell” from The Daily Wire."; the list names the
    outlet too. Oracle: the library's stories, and the outlets each ran in."""
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        library, every, outlets = the_stories(app)
        outlet, story = next((o, s) for s in every for o in outlets if o not in s.sources)
        query = max(story.title.split(), key=len)
        assert story in library.stories(query)
        await pilot.press("S")
        await settle(pilot)
        reader(app).outlet_chosen(outlet)
        await search(pilot, query)
        stories = reader(app).query_one(StoryList)
        assert stories.stories == []
        said = str(stories.get_option_at_index(0).prompt)
        assert f"No stories match {query!r} from {outlet}." in " ".join(said.split())
