"""nu29's walkthrough of `fetch` and `feeds add`: the fetch's report survives an index
update that has nothing to index or fails, and an OPML list is read by its content."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer

from index.store.generations import build_lock
from tests.cli.test_fetch_cli import _no_proxies, folders, run
from tests.fetch.conftest import article_html, no_robots
from tui.cli import Exit

__all__ = ["_no_proxies", "folders"]  # fixtures shared with the fetch tests


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
    no_robots(httpserver)
    httpserver.expect_request("/ok").respond_with_data(
        article_html("Ferry returns", "Ferry news for the island."), content_type="text/html"
    )
    page = httpserver.url_for("/ok")
    with build_lock(index_dir):
        code, out, err = run(corpus, index_dir, "fetch", page, "--json", "--interval", "0.2")
    assert code == Exit.LOCKED and "is already running" in err
    report = json.loads(out)
    assert len(report["new"]) == 1 and report["index"] is None
    assert len(list(corpus.glob("fetched/*/*/*.html"))) == 1  # what arrived is kept
