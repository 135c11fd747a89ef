"""With a query on, the story list previews each story's best match, not its first article
(issue 16 #4: `S` then `/afghanistan` on newsarticles showed a first article without the
word). Oracle: the library's search of the query, best first: the first of its hits that
is one of the story's articles; with no query, the story's first."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def best(
    library: Library, query: str, article_ids: tuple[str, ...], outlet: str | None = None
) -> str | None:
    """The story's article the query ranks highest, of ``outlet`` if one of its articles
    matches (None: none of them matches)."""
    hits = [h for h in library.search(query, limit=None).hits if h.id in article_ids]
    kept = [h for h in hits if h.source == outlet] or hits
    return kept[0].id if kept else None


async def stories_for(pilot: Pilot[None], query: str) -> Library:
    """`S`, then ``query`` typed and enter (the list has the focus); the app's library."""
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)
    if query:
        await search(pilot, query)
        await pilot.press("enter")
        await settle(pilot)
    library = reader(pilot.app).library  # type: ignore[arg-type]
    assert isinstance(library, Library)
    return library


async def previews(pilot: Pilot[None], at: int, wanted: str) -> None:
    """The cursor onto row ``at``: wait until the pane shows ``wanted``."""
    reader(pilot.app).story_list.highlighted = at  # type: ignore[arg-type]
    pane = reader(pilot.app).pane  # type: ignore[arg-type]
    await wait_until(pilot, lambda: getattr(pane.article, "id", "") == wanted)


@pytest.mark.parametrize("query", ["talley", "spas", "boulder", ""])
async def test_each_story_previews_its_best_match(news: BroadsheetApp, query: str) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        library = await stories_for(pilot, query)
        stories = reader(news).story_list
        assert stories.stories
        for at, story in enumerate(stories.stories):
            wanted = (best(library, query, story.article_ids) if query else None) or story.first
            await previews(pilot, at, wanted)
            if query and wanted != story.first:
                await settle(pilot)
                assert reader(news).pane.match_count > 0


async def test_talley_s_story_shows_the_article_that_names_him(news: BroadsheetApp) -> None:
    """The story whose first article (the wire's) lacks the word: the paper's, which has it."""
    async with news.run_test(size=(120, 40)) as pilot:
        await stories_for(pilot, "talley")
        story = reader(news).story_list.current
        pane = reader(news).pane
        assert story is not None and story.first == "boulder-wire"
        assert pane.article is not None and pane.article.id != story.first
        assert pane.match_count > 0


async def test_with_an_outlet_chosen_its_best_match_is_shown(news: BroadsheetApp) -> None:
    """`f` an outlet: each story it ran in shows that outlet's best match (the story as a
    whole is listed, `stories with outlet`), else the story's best."""
    async with news.run_test(size=(120, 40)) as pilot:
        library = await stories_for(pilot, "boulder")
        stories = reader(news).story_list
        outlets = sorted({o for s in stories.stories for o in s.sources})
        checked = 0
        for outlet in outlets:
            reader(news).outlet_chosen(outlet)
            await settle(pilot)
            for at, story in enumerate(stories.stories):
                wanted = best(library, "boulder", story.article_ids, outlet) or story.first
                checked += wanted != best(library, "boulder", story.article_ids)
                await previews(pilot, at, wanted)
        assert checked  # some outlet's best is not the story's
