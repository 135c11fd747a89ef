"""nu43 #10: a reader opened on a folder with no articles says how to get some: press F (or
run `broadsheet fetch`) when the folder follows feeds, or how to follow one when it follows
none; a new corpus with feeds said only "press u once some are in"."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from index.fetch.feedlist import feeds_path, write_feeds
from index.fetch.models import Feed
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.empty_hint import NO_ARTICLES, NO_ARTICLES_FETCH, empty_hint, feeds_followed


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


@given(st.integers(min_value=0, max_value=5000), st.text(min_size=1, max_size=40))
def test_the_hint_says_fetch_exactly_when_feeds_are_followed(feeds: int, reason: str) -> None:
    said = empty_hint(reason, feeds)
    assert said.startswith(reason)
    assert ("Press F to fetch" in said and "broadsheet fetch" in said) == (feeds > 0)
    assert ("broadsheet feeds add URL" in said) == (feeds == 0)
    assert ("feeds this folder" in said) == (feeds > 1)


def test_feeds_are_counted_from_the_folder(tmp_path: Path) -> None:
    assert feeds_followed(tmp_path) == 0
    assert feeds_followed(tmp_path / "missing") == 0
    write_feeds(tmp_path, [Feed("http://example.com/a.xml"), Feed("http://example.com/b.xml")])
    assert feeds_followed(tmp_path) == 2
    feeds_path(tmp_path).write_text("feed = [\n", encoding="utf-8")  # F says what is wrong
    assert feeds_followed(tmp_path) == 1
    assert feeds_followed(feeds_path(tmp_path)) == 0  # a file is no folder


async def test_an_empty_folder_following_feeds_is_told_to_press_f(tmp_path: Path) -> None:
    empty = write_corpus(tmp_path / "fresh", {"promo.txt": "Subscribe now!\n"}).resolve()
    write_feeds(empty, [Feed("http://127.0.0.1:9/feed.xml")])
    app = BroadsheetApp(empty, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reader(app).library is None
        assert status(app).endswith(NO_ARTICLES_FETCH)
        text = reader(app).articles.empty_text
        assert text.startswith(f"No articles in {empty}") and "Press F to fetch the feed " in text


async def test_an_empty_folder_following_none_is_told_how_to_add_one(tmp_path: Path) -> None:
    empty = write_corpus(tmp_path / "fresh", {"promo.txt": "Subscribe now!\n"}).resolve()
    app = BroadsheetApp(empty, tmp_path / "index")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert status(app).endswith(NO_ARTICLES)
        assert "broadsheet feeds add URL" in reader(app).articles.empty_text
