"""A page already saved: "already saved" without a request, and `refetch` asking again
(nu33 #6: a corrected page was never fetched again, and was called "unchanged" unasked)."""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from index.fetch.run import fetch
from tests.fetch.conftest import QUICK, article_html, no_robots, rss


class Page:
    """A served page whose text and validators a test changes between fetches."""

    def __init__(self, server: HTTPServer, path: str = "/news/ruling") -> None:
        self.body = article_html("Ruling", "The judge ruled on the travel order.")
        self.etag: str | None = '"v1"'
        self.asked: list[str | None] = []  # If-None-Match of each request
        no_robots(server)
        server.expect_request(path).respond_with_handler(self.respond)
        self.url = str(server.url_for(path))

    def respond(self, request: Request) -> Response:
        asked = request.headers.get("If-None-Match")
        self.asked.append(asked)
        headers = {"ETag": self.etag} if self.etag else {}
        if self.etag and asked == self.etag:
            return Response(status=304, headers=headers)
        return Response(self.body, content_type="text/html", headers=headers)


def _files(corpus: Path) -> dict[str, bytes]:
    return {
        p.relative_to(corpus).as_posix(): p.read_bytes()
        for p in corpus.rglob("*")
        if p.is_file() and ".broadsheet" not in p.parts
    }


def _sidecar(corpus: Path, rel: str) -> dict[str, object]:
    return tomllib.loads((corpus / rel).with_suffix(".meta.toml").read_text("utf-8"))


def test_a_saved_page_is_already_saved_not_unchanged(server: HTTPServer, corpus_dir: Path) -> None:
    page = Page(server)
    assert len(fetch(corpus_dir, [page.url], settings=QUICK).new) == 1
    page.body += "<p>Correction: the ruling was on Wednesday.</p>"
    again = fetch(corpus_dir, [page.url], settings=QUICK)
    assert (again.already_saved, again.unchanged, again.requests) == ((page.url,), (), 0)
    assert "0 new, 0 unchanged, 1 already saved, 0 skipped" in again.summary
    assert page.asked == [None]  # asked once, the first time


def test_refetch_asks_with_the_etag_and_a_304_is_unchanged(
    server: HTTPServer, corpus_dir: Path
) -> None:
    page = Page(server)
    fetch(corpus_dir, [page.url], settings=QUICK)
    before = _files(corpus_dir)
    again = fetch(corpus_dir, [page.url], settings=QUICK, refetch=True)
    assert page.asked == [None, '"v1"']
    assert (again.unchanged, again.already_saved, again.updated, again.new) == (
        (page.url,), (), (), ()
    )  # fmt: skip
    assert _files(corpus_dir) == before
    twice = fetch(corpus_dir, [page.url, page.url + "?utm_source=x"], settings=QUICK, refetch=True)
    assert page.asked == [None, '"v1"', '"v1"']  # one article: asked once
    assert (twice.unchanged, twice.already_saved) == ((page.url,), (page.url + "?utm_source=x",))


def test_refetch_writes_a_changed_page_over_in_place(server: HTTPServer, corpus_dir: Path) -> None:
    page = Page(server)
    (saved,) = fetch(corpus_dir, [page.url], settings=QUICK).new
    first = _sidecar(corpus_dir, saved.path)
    page.body = article_html("Ruling", "Corrected: the judge ruled on Wednesday.")
    page.etag = '"v2"'
    again = fetch(corpus_dir, [page.url], settings=QUICK, refetch=True)
    assert [u.path for u in again.updated] == [saved.path] and again.new == ()
    assert "0 new, 1 updated, 0 unchanged" in again.summary
    assert set(_files(corpus_dir)) == {saved.path, saved.path.replace(".html", ".meta.toml")}
    assert (corpus_dir / saved.path).read_text("utf-8") == page.body
    meta = _sidecar(corpus_dir, saved.path)
    assert meta["etag"] == '"v2"' and meta["url"] == first["url"]
    assert meta["fetched_at"] >= first["fetched_at"]  # type: ignore[operator]
    assert not list(corpus_dir.rglob(".*.tmp"))


def test_refetch_without_validators_compares_the_bytes(
    server: HTTPServer, corpus_dir: Path
) -> None:
    page = Page(server)
    page.etag = None
    (saved,) = fetch(corpus_dir, [page.url], settings=QUICK).new
    before = _files(corpus_dir)
    again = fetch(corpus_dir, [page.url], settings=QUICK, refetch=True)
    assert again.unchanged == (page.url,) and _files(corpus_dir) == before  # same bytes
    page.body += "<p>Update.</p>"
    assert [
        u.path for u in fetch(corpus_dir, [page.url], settings=QUICK, refetch=True).updated
    ] == [saved.path]


def test_refetch_reads_a_feed_that_answers_304_and_asks_its_items(
    server: HTTPServer, corpus_dir: Path
) -> None:
    page = Page(server)
    feed_tag = '"feed-1"'

    def feed(request: Request) -> Response:
        if request.headers.get("If-None-Match") == feed_tag:
            return Response(status=304, headers={"ETag": feed_tag})
        body = rss([("Ruling", page.url, None)])
        return Response(body, content_type="application/rss+xml", headers={"ETag": feed_tag})

    server.expect_request("/feed.xml").respond_with_handler(feed)
    feed_url = str(server.url_for("/feed.xml"))
    (saved,) = fetch(corpus_dir, [feed_url], settings=QUICK).new
    assert fetch(corpus_dir, [feed_url], settings=QUICK).unchanged == (feed_url,)  # the 304
    page.body += "<p>Correction.</p>"
    page.etag = '"v2"'
    again = fetch(corpus_dir, [feed_url], settings=QUICK, refetch=True, limit=1)
    assert [(u.path, u.title, u.feed) for u in again.updated] == [(saved.path, "Ruling", feed_url)]
    assert (corpus_dir / saved.path).read_text("utf-8") == page.body
    assert _sidecar(corpus_dir, saved.path)["feed"] == feed_url  # the feed's fields stay


BODIES = [article_html("Ruling", f"Version {n} of the ruling story.") for n in range(3)]


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(st.tuples(st.integers(0, 2), st.booleans()), min_size=1, max_size=4))
def test_refetch_keeps_the_servers_copy(server: HTTPServer, steps: list[tuple[int, bool]]) -> None:
    """Oracle: after each refetch the saved page is the server's; "updated" exactly when
    its bytes changed, else "unchanged"; a 304 only when the sidecar's ETag was sent."""
    server.clear()
    page = Page(server)
    page.body, page.etag = BODIES[0], '"0"'
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder)
        (saved,) = fetch(corpus, [page.url], settings=QUICK).new
        held = BODIES[0]
        for version, tagged in steps:
            page.body, page.etag = BODIES[version], f'"{version}"' if tagged else None
            sent = _sidecar(corpus, saved.path).get("etag")
            report = fetch(corpus, [page.url], settings=QUICK, refetch=True)
            assert page.asked[-1] == sent
            changed = BODIES[version] != held
            assert len(report.updated) == int(changed)
            assert report.unchanged == (() if changed else (page.url,))
            assert (corpus / saved.path).read_text("utf-8") == BODIES[version]
            held = BODIES[version]
