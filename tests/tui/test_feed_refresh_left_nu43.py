"""nu43 #1 in the reader: `F`'s toast says what the per-feed cap left for the next fetch."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from index.fetch.feedlist import add_feed
from tests.tui.conftest import reader, wait_until
from tests.tui.test_feed_refresh import PATIENT, _no_proxies, release, site, toasts
from tui.app import BroadsheetApp

Patch = pytest.MonkeyPatch
__all__ = ["_no_proxies", "release", "site"]  # fixtures shared with the `F` tests


@pytest.fixture
def prompt_site(site: HTTPServer, release: threading.Event) -> HTTPServer:
    """The `F` tests' site, its second page answering at once."""
    release.set()
    return site


async def test_f_says_what_the_cap_left_for_the_next_fetch(
    app: BroadsheetApp, built: tuple[Path, Path], prompt_site: HTTPServer, monkeypatch: Patch
) -> None:
    add_feed(built[0], prompt_site.url_for("/rss"))
    shown = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: len(reader(app).articles.hits) == 4)
        reader(app).fetch_settings = replace(PATIENT, max_new_per_feed=1)
        await pilot.press("F")
        await wait_until(pilot, lambda: any(m.startswith("Feeds: ") for _, m in shown))
        (said,) = [m for _, m in shown if m.startswith("Feeds: ")]
        assert said.startswith("Feeds: 1 new, 0 unchanged, 0 skipped, 0 failed; ")
        assert "1 left for the next fetch (at most 1 a feed)" in said
