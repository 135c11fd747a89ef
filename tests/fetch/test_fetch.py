"""A whole fetch run into a corpus folder: saved pages, sidecars, duplicates, second runs."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from index.fetch.feedlist import add_feed
from index.fetch.files import fetch_lock
from index.fetch.models import FetchError, FetchLocked, FetchProgress
from index.fetch.run import fetch
from index.ingest.readers import read_source, scan
from tests.fetch.conftest import QUICK, article_html, no_robots, rss

DATES = ["Mon, 06 May 2024 08:00:00 GMT", "Sun, 05 May 2024 08:00:00 GMT", None]


def serve_site(server: HTTPServer, etag: str = '"feed-1"') -> str:
    """A feed of three articles (one undated, one linked relatively and with tracking)."""
    no_robots(server)
    items = [
        ("Talks &lt;b&gt;resume&lt;/b&gt;", server.url_for("/world/talks"), DATES[0]),
        ("Ports reopen", "/world/ports?utm_source=rss&amp;utm_medium=feed", DATES[1]),
        ("Flood warning", server.url_for("/local/flood"), DATES[2]),
    ]

    def feed(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(rss(items), content_type="application/rss+xml", headers={"ETag": etag})

    server.expect_request("/feed.xml").respond_with_handler(feed)
    for path, title in (
        ("/world/talks", "Talks"),
        ("/world/ports", "Ports"),
        ("/local/flood", "Flood"),
    ):
        server.expect_request(path).respond_with_data(
            article_html(title, f"{title} story."), content_type="text/html; charset=utf-8"
        )
    return server.url_for("/feed.xml")


def page_requests(server: HTTPServer) -> list[str]:
    return [r.path for r, _ in server.log if r.path != "/robots.txt"]


def test_a_feed_is_fetched_into_pages_with_sidecars(server: HTTPServer, corpus_dir: Path) -> None:
    feed_url = serve_site(server)
    progress: list[FetchProgress] = []
    report = fetch(corpus_dir, [feed_url], settings=QUICK, on_progress=progress.append)
    assert not report.failed and not report.skipped
    assert len(report.new) == 3 and report.feeds == 1
    paths = sorted(a.path for a in report.new)
    host = f"localhost_{server.port}"
    assert paths[0].startswith(f"fetched/{host}/")
    dated = {a.title: a.path for a in report.new}
    assert dated["Talks resume"].startswith(f"fetched/{host}/2024-05-06/world-talks-")
    assert dated["Ports reopen"].startswith(f"fetched/{host}/2024-05-05/world-ports-")
    page = corpus_dir / dated["Talks resume"]
    meta = tomllib.loads(page.with_name(page.stem + ".meta.toml").read_text(encoding="utf-8"))
    assert meta["title"] == "Talks resume"
    assert meta["url"] == server.url_for("/world/talks")
    assert meta["feed"] == feed_url and meta["feed_title"] == "Test Feed"
    assert meta["date"] == datetime.fromisoformat("2024-05-06T08:00:00+00:00")
    assert isinstance(meta["fetched_at"], datetime)
    assert meta["content_type"] == "text/html"
    ports = corpus_dir / dated["Ports reopen"]
    ports_meta = tomllib.loads(ports.with_name(ports.stem + ".meta.toml").read_text("utf-8"))
    assert ports_meta["url"] == server.url_for("/world/ports")  # tracking taken off
    assert "utm_source" in ports_meta["fetched_url"]
    assert [p.phase for p in progress].count("pages") == 4  # three pages and the end
    assert progress[-1] == FetchProgress("pages", 3, 3)


def test_a_second_fetch_of_an_unchanged_feed_downloads_and_adds_nothing(
    server: HTTPServer, corpus_dir: Path
) -> None:
    feed_url = serve_site(server)
    fetch(corpus_dir, [feed_url], settings=QUICK)
    files = sorted(p for p in corpus_dir.rglob("*") if p.is_file())
    server.clear_log()
    report = fetch(corpus_dir, [feed_url], settings=QUICK)
    assert report.new == () and report.unchanged == (feed_url,)
    assert report.requests == 1  # the feed, answered 304; robots.txt was kept
    assert [(r.path, resp.status_code) for r, resp in server.log] == [("/feed.xml", 304)]
    assert sorted(p for p in corpus_dir.rglob("*") if p.is_file()) == files


def test_a_changed_feed_brings_only_its_new_articles(server: HTTPServer, corpus_dir: Path) -> None:
    feed_url = serve_site(server, etag='"one"')
    fetch(corpus_dir, [feed_url], settings=QUICK)
    server.clear()
    no_robots(server)
    items = [
        ("New", server.url_for("/world/new"), None),
        ("Talks", server.url_for("/world/talks"), None),
    ]
    server.expect_request("/feed.xml").respond_with_data(
        rss(items), content_type="application/rss+xml", headers={"ETag": '"two"'}
    )
    server.expect_request("/world/new").respond_with_data(
        article_html("New", "New story."), content_type="text/html"
    )
    report = fetch(corpus_dir, [feed_url], settings=QUICK)
    assert [a.title for a in report.new] == ["New"]
    assert server.url_for("/world/talks") in report.already_saved
    assert page_requests(server) == ["/feed.xml", "/world/new"]
    assert server.log[0][0].headers.get("If-None-Match") == '"one"'


def test_the_same_article_by_two_urls_is_saved_once(server: HTTPServer, corpus_dir: Path) -> None:
    no_robots(server)
    canonical = server.url_for("/story/harbour")
    page = article_html("Harbour", "Harbour story.", canonical=canonical)
    for path in ("/story/harbour", "/amp/harbour", "/print/harbour"):
        server.expect_request(path).respond_with_data(page, content_type="text/html")
    items = [
        ("Harbour", canonical + "?utm_source=rss&amp;fbclid=abc#top", None),
        ("Harbour again", canonical, None),
        ("Harbour (AMP)", server.url_for("/amp/harbour"), None),
    ]
    server.expect_request("/feed").respond_with_data(rss(items), content_type="application/rss+xml")
    report = fetch(corpus_dir, [server.url_for("/feed")], settings=QUICK)
    assert len(report.new) == 1
    assert report.new[0].url == canonical
    assert [p.reason.split(" fetched/")[0] for p in report.skipped] == ["same article as"]
    assert canonical in report.already_saved  # the second link: known before any request
    assert len(list(corpus_dir.rglob("*.html"))) == 1
    # the AMP URL is remembered: the next run does not ask for it again
    server.clear_log()
    again = fetch(
        corpus_dir,
        [server.url_for("/print/harbour"), server.url_for("/amp/harbour")],
        settings=QUICK,
    )
    assert again.new == () and len(again.skipped) == 1
    assert again.already_saved == (server.url_for("/amp/harbour"),)
    assert page_requests(server) == ["/print/harbour"]


def test_robots_txt_keeps_a_page_out_and_the_rest_come_in(
    server: HTTPServer, corpus_dir: Path
) -> None:
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    for path in ("/open/a", "/private/b"):
        server.expect_request(path).respond_with_data(
            article_html("A", "Story."), content_type="text/html"
        )
    items = [("A", server.url_for("/open/a"), None), ("B", server.url_for("/private/b"), None)]
    server.expect_request("/feed").respond_with_data(rss(items), content_type="application/rss+xml")
    report = fetch(corpus_dir, [server.url_for("/feed")], settings=QUICK)
    assert [a.url for a in report.new] == [server.url_for("/open/a")]
    assert [(p.url, p.reason) for p in report.skipped] == [
        (server.url_for("/private/b"), "robots.txt disallows it")
    ]
    assert "/private/b" not in page_requests(server)


def test_a_failed_page_is_tried_again_on_the_next_run(server: HTTPServer, corpus_dir: Path) -> None:
    no_robots(server)
    answers = iter(
        [
            Response("down", status=404),
            Response(article_html("B", "B story."), content_type="text/html"),
        ]
    )
    server.expect_request("/b").respond_with_handler(lambda _: next(answers))
    server.expect_request("/a").respond_with_data(
        article_html("A", "A story."), content_type="text/html"
    )
    items = [("A", server.url_for("/a"), None), ("B", server.url_for("/b"), None)]
    server.expect_request("/feed").respond_with_data(
        rss(items), content_type="application/rss+xml", headers={"ETag": '"same"'}
    )
    first = fetch(corpus_dir, [server.url_for("/feed")], settings=QUICK)
    assert [a.title for a in first.new] == ["A"]
    assert [p.reason for p in first.failed] == ["HTTP 404 NOT FOUND"]
    second = fetch(corpus_dir, [server.url_for("/feed")], settings=QUICK)
    assert [a.title for a in second.new] == ["B"]  # the feed was asked without its ETag


def test_limit_and_since(server: HTTPServer, corpus_dir: Path) -> None:
    feed_url = serve_site(server)
    report = fetch(corpus_dir, [feed_url], settings=QUICK, limit=1)
    assert [a.title for a in report.new] == ["Talks resume"]  # the newest
    report = fetch(corpus_dir, [feed_url], settings=QUICK, since=datetime(2024, 5, 6))
    assert [a.title for a in report.new] == ["Flood warning"]  # undated entries are kept
    assert [p.reason for p in report.skipped] == ["published before 2024-05-06"]


def test_a_long_feed_is_read_over_several_runs(server: HTTPServer, corpus_dir: Path) -> None:
    feed_url = serve_site(server)
    settings = replace(QUICK, max_new_per_feed=2)
    assert len(fetch(corpus_dir, [feed_url], settings=settings).new) == 2
    assert [a.title for a in fetch(corpus_dir, [feed_url], settings=settings).new] == [
        "Flood warning"
    ]
    assert fetch(corpus_dir, [feed_url], settings=settings).unchanged == (feed_url,)


def test_an_article_url_a_url_list_and_an_opml_file_are_sources(
    server: HTTPServer, corpus_dir: Path, tmp_path: Path
) -> None:
    feed_url = serve_site(server)
    listed = tmp_path / "urls.txt"
    listed.write_text(f"# to read\n{server.url_for('/local/flood')}\n\nftp://old.example/x\n")
    opml = tmp_path / "feeds.opml"
    opml.write_text(f'<opml version="2.0"><body><outline xmlUrl="{feed_url}"/></body></opml>')
    report = fetch(corpus_dir, [server.url_for("/world/talks"), str(listed)], settings=QUICK)
    assert sorted(a.url for a in report.new) == [
        server.url_for("/local/flood"),
        server.url_for("/world/talks"),
    ]
    assert [p.url for p in report.skipped] == [f"{listed}:4"]
    report = fetch(corpus_dir, [str(opml), "no-such-file.txt"], settings=QUICK)
    assert [a.title for a in report.new] == ["Ports reopen"]
    assert report.skipped[0].reason == "no such file, and not a URL"


def test_with_no_source_every_followed_feed_is_refreshed(
    server: HTTPServer, corpus_dir: Path
) -> None:
    with pytest.raises(FetchError, match="follows no feeds"):
        fetch(corpus_dir, settings=QUICK)
    feed_url = serve_site(server)
    add_feed(corpus_dir, feed_url, name="Local Gazette")
    report = fetch(corpus_dir, settings=QUICK, limit=1)
    assert len(report.new) == 1
    sidecar = next(corpus_dir.rglob("*.meta.toml"))
    assert tomllib.loads(sidecar.read_text("utf-8"))["feed_name"] == "Local Gazette"  # fx88
    # named on the command line, a followed feed keeps its name
    report = fetch(corpus_dir, [feed_url + "#x"], settings=QUICK)
    assert len(report.new) == 2
    for sidecar in corpus_dir.rglob("*.meta.toml"):
        assert tomllib.loads(sidecar.read_text("utf-8"))["feed_name"] == "Local Gazette"  # fx88


def test_a_broken_feed_and_a_page_of_another_type_are_reported(
    server: HTTPServer, corpus_dir: Path
) -> None:
    no_robots(server)
    server.expect_request("/notfeed").respond_with_data("just text", content_type="text/plain")
    server.expect_request("/pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    items = rss([("PDF", server.url_for("/pdf"), None)])
    server.expect_request("/feed").respond_with_data(
        items[:-20], content_type="application/rss+xml"
    )
    report = fetch(
        corpus_dir, [server.url_for("/notfeed"), server.url_for("/feed")], settings=QUICK
    )
    assert [(p.url, p.reason.split(" (")[0]) for p in report.failed] == [
        (server.url_for("/notfeed"), "not a feed")
    ]
    reasons = {p.url: p.reason for p in report.skipped}
    assert reasons[server.url_for("/pdf")] == "not a web page (content type application/pdf)"
    assert reasons[server.url_for("/feed")].startswith("broken feed, read as far as possible")


def test_sidecars_with_fetch_keys_are_read_by_the_index(
    server: HTTPServer, corpus_dir: Path
) -> None:
    fetch(corpus_dir, [serve_site(server)], settings=QUICK)
    files, skipped = scan(corpus_dir)
    assert len(files) == 3 and not skipped
    articles = {a.title: a for f in files for a in read_source(f).articles}
    talks = articles["Talks resume"]
    assert talks.url == server.url_for("/world/talks")
    assert talks.date == datetime(2024, 5, 6, 8, 0)
    assert "Talks story." in talks.body
    assert all(not read_source(f).skipped for f in files)


def test_one_fetch_at_a_time_per_corpus(corpus_dir: Path) -> None:
    with fetch_lock(corpus_dir), pytest.raises(FetchLocked, match="another fetch"):
        fetch(corpus_dir, ["https://never.example/"], settings=QUICK)


def test_a_file_corpus_is_refused(tmp_path: Path) -> None:
    single = tmp_path / "wires.jsonl"
    single.write_text("{}\n")
    with pytest.raises(FetchError, match="must be a folder"):
        fetch(single, ["https://never.example/"])


def test_a_page_served_without_a_content_type_is_recognised(
    server: HTTPServer, corpus_dir: Path
) -> None:
    no_robots(server)

    def untyped(_: Request) -> Response:
        response = Response(article_html("Untyped", "Untyped story."))
        del response.headers["Content-Type"]
        return response

    server.expect_request("/untyped").respond_with_handler(untyped)
    report = fetch(corpus_dir, [server.url_for("/untyped")], settings=QUICK)
    assert [a.url for a in report.new] == [server.url_for("/untyped")]


def test_since_may_carry_a_time_zone(server: HTTPServer, corpus_dir: Path) -> None:
    feed_url = serve_site(server)
    since = datetime.fromisoformat("2024-05-06T09:00:00+02:00")  # 07:00 UTC
    report = fetch(corpus_dir, [feed_url], settings=QUICK, since=since)
    assert sorted(a.title for a in report.new) == ["Flood warning", "Talks resume"]


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ('<meta property="article:published_time" content="2024-04-22T09:30:00Z">', "2024-04-22"),
        ('<meta itemprop="datePublished" content="2024-04-21">', "2024-04-21"),
        ('<meta property="article:published_time" content="last spring">', "2024-05-06"),
        ("", "2024-05-06"),
    ],
)
def test_the_pages_own_date_beats_the_feeds(
    server: HTTPServer, corpus_dir: Path, stated: str, expected: str
) -> None:
    # nu23 #8: the feed's pubDate (when the feed listed it) beat the page's published_time
    # (the article's own); the feed's is kept beside it as feed_date
    no_robots(server)
    server.expect_request("/feed.xml").respond_with_data(
        rss([("Talks", server.url_for("/world/talks"), DATES[0])]),
        content_type="application/rss+xml",
    )
    page = article_html("Talks", "Talks story.", site="Valley Gazette")
    server.expect_request("/world/talks").respond_with_data(
        page.replace("</head>", stated + "</head>"), content_type="text/html; charset=utf-8"
    )
    report = fetch(corpus_dir, [server.url_for("/feed.xml")], settings=QUICK)
    [saved] = report.new
    path = corpus_dir / saved.path
    meta = tomllib.loads(path.with_name(path.stem + ".meta.toml").read_text("utf-8"))
    feed_date = datetime.fromisoformat("2024-05-06T08:00:00+00:00")
    assert meta.get("date", meta.get("feed_date")) == feed_date
    assert ("feed_date" in meta) == (expected != "2024-05-06")
    sources, _ = scan(corpus_dir)
    [article] = [a for source in sources for a in read_source(source).articles]
    assert article.date is not None and article.date.date().isoformat() == expected
