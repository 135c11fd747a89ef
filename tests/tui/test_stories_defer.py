"""While the list shows stories, the article search waits (issue 21: at 100,000 articles it
took the time the story list waits for); switching back lists the query's articles.

The oracle is the library: the article list shows what `search` returns, in order.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")  # built with its stories


@pytest.mark.parametrize("query", ["spas", "shooting", "nothingmatchesthis", ""])
async def test_articles_are_searched_when_the_list_shows_them_again(
    news: BroadsheetApp, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(news)
        before = [hit.id for hit in screen.articles.hits]
        await pilot.press("S")
        await settle(pilot)
        searched: list[str] = []
        real = Library.search

        def counted(self: Library, text: str, **options: object) -> object:
            # the story list's own searches: its ranking (2,000 hits) and, when no story
            # is listed, the count that says why ("3 articles match ...; none is in a story")
            if options.get("limit") not in (2000, 1):
                searched.append(text)
            return real(self, text, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(Library, "search", counted)
        await search(pilot, query)
        assert searched == []  # no article search while stories are shown
        assert [hit.id for hit in screen.articles.hits] == before
        assert screen.library is not None
        expected = [hit.id for hit in real(screen.library, query, limit=100).hits]
        screen.story_list.focus()  # out of the search bar
        await pilot.pause()
        await pilot.press("S")  # back to articles
        await settle(pilot)
        assert [hit.id for hit in screen.articles.hits] == expected
        assert screen.shown_query == query


async def test_s_before_the_index_opens_lists_the_stories_once_it_does(
    news: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the first rows can come from the kept first page before the index is open; a switch
    # to stories then must not wait forever (the oracle: the library's own stories)
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        expected = [s.id for s in reader(news).library.stories("")]  # type: ignore[union-attr]
    gate = threading.Event()
    real = Library.open

    def held(*args: object, **options: object) -> Library:
        gate.wait(30)
        return real(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "open", held)
    again = BroadsheetApp(news.corpus, news.index_dir)  # the kept first page, this time
    try:
        async with again.run_test(size=(120, 40)) as pilot:
            screen = reader(again)
            await pilot.pause()
            assert screen.library is None
            screen.articles.focus()
            await pilot.press("S")
            await pilot.pause()
            gate.set()
            # generous: an index open and a stories query on a loaded 2-core CI machine
            await wait_until(pilot, lambda: bool(screen.story_list.stories), seconds=60)
            await settle(pilot)
            assert [s.id for s in screen.story_list.stories] == expected
    finally:
        gate.set()  # a failure before the gate opened must not hold the opening worker
