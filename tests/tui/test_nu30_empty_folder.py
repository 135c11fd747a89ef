"""nu30 #1: a reader opened on a folder with no articles picks them up after `u` or `F`.

The first build fails for want of articles, so no index is open; `u` and a feed refresh
that saved articles did nothing ("index: checking…" for good) until the reader restarted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from textual.widgets import Static

from index.fetch.feedlist import add_feed
from tests.conftest import write_corpus
from tests.fetch.conftest import QUICK, article_html, no_robots, rss
from tests.tui.conftest import STORIES, reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.library_screen import NO_ARTICLES


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


def titles(app: BroadsheetApp) -> set[str]:
    return {hit.title for hit in reader(app).articles.hits}


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """A folder whose only file is skipped (no article text in it)."""
    return write_corpus(tmp_path / "fresh", {"promo.txt": "Subscribe now!\n"}).resolve()


async def test_u_builds_the_index_once_files_are_copied_in(empty: Path, tmp_path: Path) -> None:
    app = BroadsheetApp(empty, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reader(app).library is None
        assert reader(app).articles.empty_text.startswith(f"No articles in {empty}")
        assert status(app).endswith(NO_ARTICLES)  # not "index: checking…" for good
        await pilot.press("u")  # still nothing to build: said again, nothing breaks
        await settle(pilot)
        assert reader(app).library is None and status(app).endswith(NO_ARTICLES)
        picked = {name: STORIES[name] for name in ("ceasefire.txt", "harvest.txt")}
        write_corpus(empty, picked)  # copied in by hand
        await pilot.press("u")
        await wait_until(pilot, lambda: len(reader(app).articles.hits) == 2)
        await settle(pilot)
        expected = {"Envoys agree on ceasefire monitors", "Farmers count the cost of the drought"}
        assert titles(app) == expected
        assert "2 articles" in status(app) and status(app).endswith("index fresh")
        await pilot.press("u")  # an ordinary update from now on
        await settle(pilot)
        assert titles(app) == expected


async def test_f_lists_what_it_fetched_into_an_empty_folder(
    empty: Path, tmp_path: Path, httpserver: HTTPServer
) -> None:
    no_robots(httpserver)
    pages = [("/ferry", "Ferry returns to the island"), ("/bridge", "Bridge reopens")]
    for path, title in pages:
        httpserver.expect_request(path).respond_with_data(
            article_html(title, f"{title}: news for islanders and drivers alike."),
            content_type="text/html",
        )
    httpserver.expect_request("/rss").respond_with_data(
        rss([(title, path, None) for path, title in pages]), content_type="application/rss+xml"
    )
    add_feed(empty, httpserver.url_for("/rss"), name="Island Post")
    app = BroadsheetApp(empty, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reader(app).library is None
        reader(app).fetch_settings = QUICK
        await pilot.press("F")
        await wait_until(pilot, lambda: len(reader(app).articles.hits) == 2, seconds=30)
        await settle(pilot)
        assert titles(app) == {title for _, title in pages}
        assert status(app).endswith("index fresh")
