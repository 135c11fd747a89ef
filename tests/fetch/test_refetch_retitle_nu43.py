"""nu43 #3: a refetched feed entry whose headline changed took the feed's new title (the
sidecar kept the old one, and the index showed it), whether or not the page changed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from index.fetch.run import fetch
from tests.fetch.conftest import QUICK, rss
from tests.fetch.test_refetch import BODIES, Page, _sidecar

TITLES = ["Ruling", "UPDATED: Ruling", "Ruling & appeal"]


class Feed:
    """A served feed of the page, whose entry's title a test changes between fetches."""

    def __init__(self, server: HTTPServer, page: Page) -> None:
        self.title = TITLES[0]
        self.page = page
        server.expect_request("/feed.xml").respond_with_handler(self.respond)
        self.url = str(server.url_for("/feed.xml"))

    def respond(self, _: Request) -> Response:
        body = rss([(self.title.replace("&", "&amp;"), self.page.url, None)])
        return Response(body, content_type="application/rss+xml")


def test_a_new_headline_is_taken_though_the_page_is_the_same(
    server: HTTPServer, corpus_dir: Path
) -> None:
    feed = Feed(server, Page(server))
    (saved,) = fetch(corpus_dir, [feed.url], settings=QUICK).new
    feed.title = "UPDATED: Ruling"
    assert fetch(corpus_dir, [feed.url], settings=QUICK).already_saved  # not asked: kept
    assert _sidecar(corpus_dir, saved.path)["title"] == "Ruling"
    report = fetch(corpus_dir, [feed.url], settings=QUICK, refetch=True)
    assert [(u.path, u.title, u.retitled) for u in report.updated] == [
        (saved.path, "UPDATED: Ruling", True)
    ]
    assert report.unchanged == () and "1 updated" in report.summary
    side = _sidecar(corpus_dir, saved.path)
    assert side["title"] == "UPDATED: Ruling" and side["feed"] == feed.url  # the rest kept


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=4))
def test_refetch_keeps_the_feeds_title_and_the_servers_page(
    server: HTTPServer, steps: list[tuple[int, int]]
) -> None:
    """Oracle: after each refetch the sidecar's title is the feed's and the page the
    server's; "updated" when either changed, "retitled" exactly when the title did."""
    server.clear()
    page = Page(server)
    page.body, page.etag = BODIES[0], None
    feed = Feed(server, page)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder)
        (saved,) = fetch(corpus, [feed.url], settings=QUICK).new
        held_title, held_body = TITLES[0], BODIES[0]
        for title, body in steps:
            feed.title, page.body = TITLES[title], BODIES[body]
            report = fetch(corpus, [feed.url], settings=QUICK, refetch=True)
            retitled, changed = TITLES[title] != held_title, BODIES[body] != held_body
            assert [u.retitled for u in report.updated] == (
                [retitled] if retitled or changed else []
            )
            assert _sidecar(corpus, saved.path)["title"] == TITLES[title]
            assert (corpus / saved.path).read_text("utf-8") == BODIES[body]
            held_title, held_body = TITLES[title], BODIES[body]
