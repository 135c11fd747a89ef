"""The palette's "Refetch saved pages" (sm33): `F` asks the feeds for new pages only, and a
page the corpus holds is "already saved", never asked again; the reader had no way to ask
again, as `broadsheet fetch --refetch` does. A changed page is written over, then indexed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from index.fetch.feedlist import add_feed
from tests.fetch.conftest import QUICK, article_html, rss
from tests.fetch.test_refetch import Page
from tests.tui.conftest import palette_offers, reader, settle, wait_until
from tests.tui.test_feed_refresh import listed, toasts
from tui import keymap
from tui.app import BroadsheetApp
from tui.screens.feed_refresh import REFETCH


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


async def test_refetch_from_the_palette_asks_again_and_indexes_the_change(
    app: BroadsheetApp,
    built: tuple[Path, Path],
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = Page(httpserver)
    httpserver.expect_request("/rss").respond_with_data(
        rss([("Ruling", page.url, None)]), content_type="application/rss+xml"
    )
    add_feed(built[0], httpserver.url_for("/rss"), name="Court Post")
    shown = toasts(app, monkeypatch)

    def fetched(start: str) -> bool:
        return any(m.startswith(f"Feeds: {start}") for _, m in shown)

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader(app).fetch_settings = QUICK
        await pilot.press("F")
        await wait_until(pilot, lambda: len(listed(app)) == 5, seconds=30)
        page.body = article_html("Ruling", "The judge ruled on the zeppelin's landing order.")
        page.etag = '"v2"'
        shown.clear()
        await pilot.press("F")  # the page is not asked for again
        await wait_until(pilot, lambda: fetched("0 new, 0 unchanged, 1 already saved"))
        assert page.asked == [None]
        await settle(pilot)
        await pilot.press("ctrl+p", *"refetch")
        await palette_offers(pilot, app, REFETCH)
        await pilot.press("enter")
        await wait_until(pilot, lambda: fetched("0 new, 1 updated"), seconds=30)
        assert page.asked == [None, '"v1"']  # asked again, with its validator
        await wait_until(pilot, lambda: any(m.startswith("Index updated") for _, m in shown))
        await settle(pilot)
        await pilot.press("slash", *"zeppelin")
        await wait_until(pilot, lambda: listed(app) == ["Ruling"])


def test_the_help_of_f_names_the_palette_entry() -> None:
    """The help (`?`) lists keys; the variant is said under the key it varies."""
    [feeds] = [key for key in keymap.help_keys("ReaderScreen") if key.id == "refresh-feeds"]
    assert f'"{REFETCH}"' in feeds.help
