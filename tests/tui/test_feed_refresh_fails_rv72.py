"""`F` whose fetch raises what `fetch` does not turn into a FetchError (an OSError saving
its state; a bug) says so, and the reader fetches again: rv72 found the status line left
on "fetching the feeds…" for good and every later `F` answered "Already fetching"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from index.fetch.feedlist import add_feed
from tests.fetch.conftest import QUICK, no_robots, rss
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_feed_refresh import status, toasts
from tui.app import BroadsheetApp


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


async def test_a_fetch_that_raises_says_so_and_f_fetches_again(
    app: BroadsheetApp,
    built: tuple[Path, Path],
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    no_robots(httpserver)
    httpserver.expect_request("/rss").respond_with_data(rss([]), content_type="application/rss+xml")
    add_feed(built[0], httpserver.url_for("/rss"))
    state = built[0] / ".broadsheet" / "fetch-state.json"
    (state / "in the way").mkdir(parents=True)  # its write over it fails: IsADirectoryError
    shown = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader(app).fetch_settings = QUICK
        for _ in range(2):  # and again: not "Already fetching the feeds"
            shown.clear()
            await pilot.press("F")
            await wait_until(pilot, lambda: any(s == "error" for s, _ in shown), seconds=30)
            await settle(pilot)
            said = [m for s, m in shown if s == "error"]
            assert len(said) == 1 and said[0].startswith("fetching the feeds failed: ")
            assert "Errno" in said[0] and "bug" not in said[0] and "\n" not in said[0]
            assert "fetching" not in status(app)
            assert not [m for _, m in shown if "Already" in m]
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
