"""Pilot tests of `F`: the corpus's feeds fetched in a worker from a loopback server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from textual.widgets import Input, Static
from werkzeug import Request, Response

from index.fetch.feedlist import add_feed
from tests.fetch.conftest import QUICK, article_html, no_robots, rss
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp

PAGES = [
    ("/news/ferry", "Ferry returns to the island", "Ferry", "Mon, 06 May 2024 09:00:00 GMT"),
    ("/news/bridge", "Bridge reopens after repairs", "Bridge", "Sun, 05 May 2024 08:00:00 GMT"),
]


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


PATIENT = replace(QUICK, read_timeout=60.0, total_timeout=60.0)
"""No pacing, and time for the slow page to be released."""


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set it to let the slow page answer (set at the end, so the server never hangs)."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture
def site(httpserver: HTTPServer, release: threading.Event) -> HTTPServer:
    """A feed of two pages; the second answers only once ``release`` is set."""
    no_robots(httpserver)
    (path, title, word, _), (slow_path, slow_title, slow_word, _) = PAGES
    httpserver.expect_request(path).respond_with_data(
        article_html(title, f"{word} news for islanders."), content_type="text/html"
    )

    def slow(request: Request) -> Response:
        release.wait(30)
        body = article_html(slow_title, f"{slow_word} news for drivers.")
        return Response(body, content_type="text/html")

    httpserver.expect_request(slow_path).respond_with_handler(slow)
    httpserver.expect_request("/rss").respond_with_data(
        rss([(t, p, d) for p, t, _, d in PAGES]), content_type="application/rss+xml"
    )
    return httpserver


def listed(app: BroadsheetApp) -> list[str]:
    return [hit.title for hit in reader(app).articles.hits]


def title_lines(app: BroadsheetApp) -> list[tuple[str, str]]:
    """Each listed article's title, with its first row as the list draws it."""
    articles = reader(app).articles
    rows = []
    for number, hit in enumerate(articles.hits):
        line = articles.line_at(number * articles.row_height)
        assert line is not None
        rows.append((hit.title, line.plain.rstrip()))
    return rows


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


def toasts(app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record every notification the app shows, as (severity, message)."""
    shown: list[tuple[str, str]] = []
    notify = app.notify

    def record(message: str, *args: Any, **kwargs: Any) -> None:
        shown.append((kwargs.get("severity", "information"), message))
        notify(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", record)
    return shown


async def test_f_fetches_in_the_background_then_lists_the_new_articles(
    app: BroadsheetApp,
    built: tuple[Path, Path],
    site: HTTPServer,
    release: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_feed(built[0], site.url_for("/rss"), name="Island Post")
    shown = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(listed(app)) == 4
        reader(app).fetch_settings = PATIENT
        await pilot.press("F")
        # the slow page holds the fetch: progress shows, and the reader still answers
        await wait_until(pilot, lambda: "fetching: pages" in status(app))
        # (not `settle`: it would wait for the fetch worker too)
        await pilot.press("slash", *"drought")
        await wait_until(pilot, lambda: listed(app) == ["Farmers count the cost of the drought"])
        await pilot.press("escape", "slash", "backspace", "enter")  # cleared (fx73: esc keeps it)
        await wait_until(pilot, lambda: len(listed(app)) == 4)
        await pilot.press("F")
        await wait_until(pilot, lambda: ("information", "Already fetching the feeds") in shown)
        assert "fetching: pages" in status(app)
        release.set()
        await wait_until(pilot, lambda: len(listed(app)) == 6, seconds=30)
        await settle(pilot)
        new = {"Ferry returns to the island", "Bridge reopens after repairs"}
        assert new <= set(listed(app))
        assert "fetching" not in status(app) and "6 articles" in status(app)
        fetched = [m for _, m in shown if m.startswith("Feeds: ")]
        assert fetched and fetched[0].startswith("Feeds: 2 new, 0 unchanged, 0 skipped, 0 failed")
        assert any(m.startswith("Index updated") for _, m in shown)
        sources = {hit.source for hit in reader(app).articles.hits if hit.title in new}
        assert sources == {"Island Post"}
        marked_new = {title for title, line in title_lines(app) if line.startswith("  new ")}
        assert marked_new == new  # the rows the refresh brought in, and only those
        await pilot.resize_terminal(34, 30)  # a list narrower than the titles: still marked
        await settle(pilot)
        assert reader(app).articles.size.width < len("  Bridge reopens after repairs  new")
        marked_new = {title for title, line in title_lines(app) if line.startswith("  new ")}
        assert marked_new == new


async def test_f_says_why_when_the_corpus_follows_no_feeds(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, built: tuple[Path, Path]
) -> None:
    shown = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await wait_until(pilot, lambda: any(s == "error" for s, _ in shown))
        await settle(pilot)
        assert shown[-1] == (
            "error",
            "this corpus follows no feeds: add one with `broadsheet feeds add URL`",
        )
        assert "fetching" not in status(app) and len(listed(app)) == 4
        assert not (built[0] / "fetched").exists()


async def test_f_reports_failures_and_keeps_what_arrived(
    app: BroadsheetApp,
    built: tuple[Path, Path],
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    no_robots(httpserver)
    httpserver.expect_request("/ok").respond_with_data(
        article_html("Ferry returns to the island", "Ferry news."), content_type="text/html"
    )
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    httpserver.expect_request("/rss").respond_with_data(
        rss([("Ferry returns to the island", "/ok", None), ("Gone", "/gone", None)]),
        content_type="application/rss+xml",
    )
    add_feed(built[0], httpserver.url_for("/rss"))
    shown = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader(app).fetch_settings = QUICK
        await pilot.press("F")
        await wait_until(pilot, lambda: len(listed(app)) == 5, seconds=30)
        warning = [m for s, m in shown if s == "warning"]
        assert warning and "1 new" in warning[0] and "1 failed" in warning[0]
        assert f"{httpserver.url_for('/gone')}: HTTP 404" in warning[0]


async def test_f_types_into_the_search_bar(app: BroadsheetApp, built: tuple[Path, Path]) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "F", "a", "r", "m")
        assert app.query_one("#search", Input).value == "Farm"
        await settle(pilot)
        assert "fetching" not in status(app)
        assert not (built[0] / ".broadsheet").exists()  # no fetch was started
