"""nu43 #4 and #7: `feeds add` refuses a broken feed it reads no entry from, follows one it
reads entries from with a warning line, and keeps the title it read for `feeds list`."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.cli.test_fetch_cli import _no_proxies, folders, run, site
from tests.fetch.conftest import no_robots
from tui.cli import Exit

__all__ = ["_no_proxies", "folders", "site"]  # fixtures shared with the fetch tests

BROKEN_WITH_AN_ITEM = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Mangled</title><item>'
    "<title>Unclosed &amp; bad <b>entity &bogus;</title><link>{link}</link></item>"
)
BROKEN_EMPTY = '<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing &bogus; here'


def test_a_broken_feed_is_refused_unless_entries_were_read(
    httpserver: HTTPServer, folders: tuple[Path, Path]
) -> None:
    corpus, index_dir = folders
    no_robots(httpserver)
    httpserver.expect_request("/empty.xml").respond_with_data(
        BROKEN_EMPTY, content_type="application/rss+xml"
    )
    link = httpserver.url_for("/p/one")
    httpserver.expect_request("/bad.xml").respond_with_data(
        BROKEN_WITH_AN_ITEM.format(link=link), content_type="application/rss+xml"
    )
    empty = httpserver.url_for("/empty.xml")
    code, out, err = run(corpus, index_dir, "feeds", "add", empty)
    assert code == Exit.USAGE and len(err.strip().splitlines()) == 1
    assert err.startswith(f"broadsheet: not followed: {empty}: broken feed")
    assert "no entry could be read" in err and not (corpus / "feeds.toml").exists()

    bad = httpserver.url_for("/bad.xml")
    code, out, err = run(corpus, index_dir, "feeds", "add", bad)
    assert code == Exit.OK and out.strip() == f"following {bad}"
    (warning,) = err.strip().splitlines()
    assert warning.startswith(f"warning: {bad}: broken feed, read as far as possible")
    assert warning.endswith("(1 entry read)")


def test_feeds_list_names_a_feed_by_its_title_right_after_add(
    site: HTTPServer, folders: tuple[Path, Path]
) -> None:
    corpus, index_dir = folders
    feed = site.url_for("/rss")
    code, _, err = run(corpus, index_dir, "feeds", "add", feed)
    assert code == Exit.OK and err == ""
    code, out, _ = run(corpus, index_dir, "feeds", "list", "--json")
    assert [(f["url"], f["name"], f["title"]) for f in json.loads(out)] == [
        (feed, None, "Test Feed")
    ]
    code, out, _ = run(corpus, index_dir, "feeds", "list")
    assert "Test Feed" in out
