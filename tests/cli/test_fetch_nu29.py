"""nu29's walkthrough of `fetch` and `feeds add`: the fetch's report survives an index
update that has nothing to index or fails, and an OPML list is read by its content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from index.store.generations import build_lock
from tests.cli.test_fetch_cli import _no_proxies, ferry_page, folders, run, site
from tests.fetch.conftest import no_robots
from tui.cli import Exit

__all__ = ["_no_proxies", "folders", "site"]  # fixtures shared with the fetch tests


def test_a_fetch_that_brought_nothing_still_reports(
    httpserver: HTTPServer, folders: tuple[Path, Path]
) -> None:
    """nu29 #2: into an empty corpus, the update's "No articles in ..." (exit 3) replaced
    the fetch's report, its failures and its JSON."""
    corpus, index_dir = folders
    no_robots(httpserver)
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    gone = httpserver.url_for("/gone")
    code, out, err = run(corpus, index_dir, "fetch", gone, "--json", "--interval", "0.2")
    assert code == Exit.ERROR, err  # a source failed: the fetch's own exit code
    report = json.loads(out)
    assert report["failed"] == [{"url": gone, "reason": "HTTP 404 NOT FOUND"}]
    assert report["new"] == [] and report["index"] is None
    assert err == ""
    code, out, err = run(corpus, index_dir, "fetch", gone, "--interval", "0.2")
    assert code == Exit.ERROR and err == ""
    assert "0 new, 0 unchanged, 0 skipped, 1 failed" in out and f"{gone}: HTTP 404" in out
    said = " ".join(out.split())
    assert f"index: nothing to index yet: no articles in {corpus}" in said


def test_an_update_that_fails_comes_after_the_fetchs_report(
    httpserver: HTTPServer, folders: tuple[Path, Path]
) -> None:
    corpus, index_dir = folders
    page = ferry_page(httpserver)
    with build_lock(index_dir):
        code, out, err = run(corpus, index_dir, "fetch", page, "--json", "--interval", "0.2")
    assert code == Exit.LOCKED and "is already running" in err
    report = json.loads(out)
    assert len(report["new"]) == 1 and report["index"] is None
    assert len(list(corpus.glob("fetched/*/*/*.html"))) == 1  # what arrived is kept


def opml(*urls: str) -> str:
    outlines = "".join(
        f'<outline type="rss" text="Feed {n}" xmlUrl="{u}"/>' for n, u in enumerate(urls)
    )
    return f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'


@pytest.fixture
def lists(site: HTTPServer) -> HTTPServer:
    """The site of the fetch tests, with an OPML list of its feed and of a missing one
    served as application/octet-stream, and a web page."""
    listed = opml(site.url_for("/rss"), site.url_for("/missing.xml"))
    site.expect_request("/feeds.opml").respond_with_data(
        listed, content_type="application/octet-stream"
    )
    site.expect_request("/missing.xml").respond_with_data("", status=404)
    return site


def test_an_opml_list_by_url_is_read_by_its_content(
    lists: HTTPServer, folders: tuple[Path, Path]
) -> None:
    """nu29 #8: an OPML list served as application/octet-stream was "not a feed"."""
    corpus, index_dir = folders
    args = ("fetch", lists.url_for("/feeds.opml"), "--json", "--no-update", "--interval", "0.2")
    code, out, err = run(corpus, index_dir, *args)
    assert code == Exit.ERROR, err  # its second feed is missing
    report = json.loads(out)
    assert len(report["new"]) == 3 and report["feeds"] == 1
    assert {n["feed"] for n in report["new"]} == {lists.url_for("/rss")}
    assert report["failed"] == [
        {"url": lists.url_for("/missing.xml"), "reason": "HTTP 404 NOT FOUND"}
    ]
    code, out, err = run(corpus, index_dir, *args)  # the list is read again, never "unchanged"
    report = json.loads(out)
    assert report["new"] == [] and len(report["failed"]) == 1
    assert (report["unchanged"], report["already_saved"]) == (0, 3)  # its feed: not 304


def test_feeds_add_checks_the_url_once(lists: HTTPServer, folders: tuple[Path, Path]) -> None:
    """nu29 #8: `feeds add` followed any URL, and every later fetch failed on it."""
    corpus, index_dir = folders

    def followed() -> list[str]:
        return [f["url"] for f in json.loads(run(corpus, index_dir, "feeds", "list", "--json")[1])]

    page = lists.url_for("/news/harbour")
    code, out, err = run(corpus, index_dir, "feeds", "add", page)
    assert code == Exit.USAGE and err.startswith(f"broadsheet: not followed: {page}: a web page")
    missing = lists.url_for("/missing.xml")
    code, out, err = run(corpus, index_dir, "feeds", "add", missing)
    assert code == Exit.ERROR and "HTTP 404" in err and "--no-check" in err
    assert followed() == [] and not (corpus / "feeds.toml").exists()
    code, out, err = run(
        corpus, index_dir, "feeds", "add", lists.url_for("/feeds.opml"), "--name", "x"
    )
    assert code == Exit.USAGE and "lists 2 feeds" in err and followed() == []
    code, out, err = run(corpus, index_dir, "feeds", "add", lists.url_for("/feeds.opml"))
    assert code == Exit.OK, err
    assert "2 feeds added, 0 already followed, 0 left out" in out
    assert followed() == [lists.url_for("/rss"), missing]
    code, out, err = run(corpus, index_dir, "feeds", "add", missing)  # before any request
    assert code == Exit.OK and out.strip() == f"already following {missing}: nothing to do"
    requests = len(lists.log)
    code, out, err = run(corpus, index_dir, "feeds", "add", "https://x.example/rss", "--no-check")
    assert code == Exit.OK and len(lists.log) == requests
