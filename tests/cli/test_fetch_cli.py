"""`broadsheet fetch` and `broadsheet feeds ...` against a loopback HTTP server."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from index.fetch.files import fetch_lock
from tests.fetch.conftest import article_html, no_robots, rss
from tui.cli import Exit, app, bundled_seeds

runner = CliRunner()

PAGES = [
    ("/news/harbour", "Harbour strike ends", "Harbour", "Mon, 06 May 2024 09:00:00 GMT"),
    ("/news/orchards", "Late frost hits the orchards", "Orchard", "Sun, 05 May 2024 07:30:00 GMT"),
    ("/news/budget", "Council approves the budget", "Council", "Sat, 04 May 2024 12:00:00 GMT"),
]


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return corpus, tmp_path / "index"


@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    """A site with a robots.txt allowing all, a feed of three pages, and the pages."""
    no_robots(httpserver)
    for path, title, word, _ in PAGES:
        body = f"{word} news: the {word.lower()} story that the town followed all week."
        httpserver.expect_request(path).respond_with_data(
            article_html(title, body, site="Valley Gazette"), content_type="text/html"
        )
    httpserver.expect_request("/rss").respond_with_data(
        rss([(title, path, date) for path, title, _, date in PAGES]),
        content_type="application/rss+xml",
    )
    return httpserver


def closed_port() -> int:
    """A local port nothing listens on (bound, then let go): a refused connection, no DNS."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(corpus: Path, index_dir: Path, *args: str) -> tuple[int, str, str]:
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    result = runner.invoke(app, [*args, *where])
    return result.exit_code, result.stdout, result.stderr


def test_fetch_saves_the_feeds_articles_and_updates_the_index(
    site: HTTPServer, folders: tuple[Path, Path]
) -> None:
    corpus, index_dir = folders
    code, out, err = run(corpus, index_dir, "fetch", site.url_for("/rss"), "--interval", "0.2")
    assert code == Exit.OK, err
    assert "3 new, 0 unchanged, 0 skipped, 0 failed; 1 feed checked" in out
    assert "index: 3 articles indexed" in out  # the first update builds the index
    pages = sorted(corpus.glob("fetched/*/*/*.html"))
    assert len(pages) == 3
    assert all(p.with_name(p.stem + ".meta.toml").is_file() for p in pages)
    code, out, _ = run(corpus, index_dir, "search", "orchards", "--json")
    hits = json.loads(out)
    assert [h["title"] for h in hits] == ["Late frost hits the orchards"]
    assert hits[0]["id"].startswith("fetched/")

    code, out, _ = run(corpus, index_dir, "fetch", site.url_for("/rss"), "--interval", "0.2")
    assert code == Exit.OK
    assert "0 new, 0 unchanged, 3 already saved" in out and "0 articles added, 0 changed" in out
    assert len(list(corpus.glob("fetched/*/*/*.html"))) == 3


def test_already_saved_counts_articles_not_urls(
    site: HTTPServer, folders: tuple[Path, Path]
) -> None:
    """nu57 #5: an article given twice (its feed's link, and its URL with a tracking
    parameter) counted twice in "4 already saved" for 3 articles."""
    corpus, index_dir = folders
    assert run(corpus, index_dir, "fetch", site.url_for("/rss"), "--interval", "0.2")[0] == 0
    page = site.url_for(PAGES[0][0])
    again = [site.url_for("/rss"), page + "?utm_campaign=z", page]
    code, out, err = run(corpus, index_dir, "fetch", *again, "--interval", "0.2")
    assert code == Exit.OK, err
    assert "0 new, 0 unchanged, 3 already saved" in out, out
    code, out, err = run(corpus, index_dir, "fetch", *again, "--interval", "0.2", "--json")
    assert json.loads(out)["already_saved"] == 3, out


def test_fetch_refuses_the_bundled_seeds(site: HTTPServer, tmp_path: Path) -> None:
    before = sorted(p.name for p in bundled_seeds().iterdir())
    result = runner.invoke(app, ["fetch", site.url_for("/rss")], env={"BROADSHEET_CORPUS": ""})
    assert result.exit_code == Exit.USAGE
    assert "bundled seed articles" in result.stderr and "--corpus" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(app, ["feeds", "add", site.url_for("/rss")])
    assert result.exit_code == Exit.USAGE
    assert sorted(p.name for p in bundled_seeds().iterdir()) == before
    assert site.log == []  # nothing was asked of the server


def test_feeds_add_list_remove_export_import(site: HTTPServer, folders: tuple[Path, Path]) -> None:
    corpus, index_dir = folders
    url = site.url_for("/rss")
    code, out, _ = run(corpus, index_dir, "feeds", "list")
    assert code == 0 and "follows no feeds" in out
    code, out, _ = run(corpus, index_dir, "feeds", "add", url, "--name", "Valley Gazette")
    assert code == 0 and "following" in out and "Valley Gazette" in out
    code, out, err = run(corpus, index_dir, "feeds", "add", url)  # nothing to do (nu36 #10)
    assert code == Exit.OK and err == ""
    assert out.strip() == f"already following {url} (Valley Gazette): nothing to do"
    code, out, err = run(corpus, index_dir, "feeds", "add", url, "--name", "Other")
    assert code == Exit.USAGE and "already followed as Valley Gazette" in err
    assert len(err.strip().splitlines()) == 1
    code, out, _ = run(corpus, index_dir, "feeds", "add", f"http://127.0.0.1:{closed_port()}/a")
    assert code == Exit.ERROR  # nothing answers: not followed (nu29 #8) unless unchecked
    args = ("feeds", "add", "https://news.example/atom.xml", "--no-check")
    code, out, _ = run(corpus, index_dir, *args)
    assert code == 0
    for bad in ("/tmp/feed.xml", "ftp://news.example/feed"):  # bad usage, as README says
        code, _, err = run(corpus, index_dir, "feeds", "add", bad)
        assert code == Exit.USAGE and "only http and https URLs are fetched" in err
    code, out, _ = run(corpus, index_dir, "feeds", "list", "--json")
    listed = json.loads(out)
    assert [f["url"] for f in listed] == [url, "https://news.example/atom.xml"]
    assert set(listed[0]) == {"url", "name", "title", "added"}
    assert listed[0]["name"] == "Valley Gazette"
    code, out, _ = run(corpus, index_dir, "feeds", "list")
    assert code == 0 and "2 feeds in" in out and "news.example" in out

    opml = corpus.parent / "feeds.opml"
    code, out, _ = run(corpus, index_dir, "feeds", "export", "-o", str(opml))
    assert code == 0 and "xmlUrl" in opml.read_text() and "2 feeds written" in out
    code, out, _ = run(corpus, index_dir, "feeds", "export")
    assert out.startswith("<?xml") and "Valley Gazette" in out

    code, out, _ = run(corpus, index_dir, "feeds", "remove", "valley gazette")
    assert code == 0 and "no longer following" in out
    code, _, err = run(corpus, index_dir, "feeds", "remove", "valley gazette")
    assert code == Exit.ERROR and "no feed with that URL or name" in err
    code, out, _ = run(corpus, index_dir, "feeds", "import", str(opml))
    assert code == 0 and "1 feed added, 1 already followed, 0 left out" in out
    code, _, err = run(corpus, index_dir, "feeds", "import", str(corpus.parent / "none.opml"))
    assert code == Exit.ERROR and len(err.strip().splitlines()) == 1


def test_fetch_with_no_source_refreshes_the_followed_feeds(
    site: HTTPServer, folders: tuple[Path, Path]
) -> None:
    corpus, index_dir = folders
    code, _, err = run(corpus, index_dir, "fetch")
    assert code == Exit.USAGE and "follows no feeds" in err and "feeds add" in err  # nu29 #10
    run(corpus, index_dir, "feeds", "add", site.url_for("/rss"), "--name", "Valley Gazette")
    code, out, _ = run(corpus, index_dir, "fetch", "--limit", "1", "--json", "--interval", "0.2")
    assert code == 0
    report = json.loads(out)
    assert set(report) == {
        "new", "unchanged", "already_saved", "updated", "skipped", "failed", "feeds",
        "requests", "cancelled", "seconds", "index", "left_for_next_fetch",
        "moved_to_new_sidecar_form",
    }  # fmt: skip
    assert [a["title"] for a in report["new"]] == ["Harbour strike ends"]  # newest first
    assert report["left_for_next_fetch"] == {  # nu43 #1: said, not held back silently
        "total": 2, "per_feed_cap": 1, "feeds": [{"url": site.url_for("/rss"), "left": 2}],
    }  # fmt: skip
    assert report["new"][0]["feed"] == site.url_for("/rss")
    assert report["index"]["total"] == 1
    code, out, _ = run(corpus, index_dir, "feeds", "refresh", "--json")
    assert code == 0
    report = json.loads(out)
    assert len(report["new"]) == 2 and report["index"]["total"] == 3
    code, out, _ = run(corpus, index_dir, "search", "--json", "--source", "Valley Gazette", "")
    assert len(json.loads(out)) == 3


def ferry_page(httpserver: HTTPServer) -> str:
    """The address of one article page the server serves (robots.txt allowing all)."""
    no_robots(httpserver)
    httpserver.expect_request("/ok").respond_with_data(
        article_html("Ferry returns", "Ferry news for the island."), content_type="text/html"
    )
    return str(httpserver.url_for("/ok"))


def test_failures_are_listed_and_exit_1_what_arrived_is_indexed(
    httpserver: HTTPServer, folders: tuple[Path, Path]
) -> None:
    corpus, index_dir = folders
    page = ferry_page(httpserver)
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    urls = corpus.parent / "urls.txt"
    urls.write_text(f"# two pages\n{page}\n{httpserver.url_for('/gone')}\n")
    code, out, _ = run(corpus, index_dir, "fetch", str(urls), "--interval", "0.2")
    assert code == Exit.ERROR
    assert "1 new, 0 unchanged, 0 skipped, 1 failed" in out
    assert f"{httpserver.url_for('/gone')}: HTTP 404" in out
    assert "index: 1 article indexed" in out


def test_no_update_leaves_the_index_alone(site: HTTPServer, folders: tuple[Path, Path]) -> None:
    corpus, index_dir = folders
    args = ("fetch", site.url_for("/news/harbour"), "--no-update", "--json")
    code, out, _ = run(corpus, index_dir, *args)
    assert code == 0
    report = json.loads(out)
    assert len(report["new"]) == 1 and report["index"] is None
    code, out, _ = run(corpus, index_dir, "index", "status", "--json")
    assert json.loads(out)["state"].startswith("missing")


def test_bad_options_and_sources_are_one_line(site: HTTPServer, folders: tuple[Path, Path]) -> None:
    corpus, index_dir = folders
    code, _, err = run(corpus, index_dir, "fetch", site.url_for("/rss"), "--since", "whenever")
    assert code == Exit.USAGE and err.startswith("broadsheet: --since must be a date")
    code, out, _ = run(corpus, index_dir, "fetch", "ftp://example.org/feed", "--no-update")
    # nu23 #6: every source skipped, nothing fetched: exit 2 (it was 0)
    assert code == Exit.USAGE and "1 skipped" in out and "ftp://example.org/feed:" in out
    single = corpus.parent / "one.txt"
    single.write_text("an article\n")
    code, _, err = run(single, index_dir, "fetch", site.url_for("/rss"))
    assert code == Exit.ERROR and "must be a folder" in err
    assert site.log == []


def test_since_leaves_out_older_entries(site: HTTPServer, folders: tuple[Path, Path]) -> None:
    corpus, index_dir = folders
    args = ("fetch", site.url_for("/rss"), "--since", "2024-05-05", "--json", "--no-update")
    code, out, _ = run(corpus, index_dir, *args, "--interval", "0.2")
    report = json.loads(out)
    assert code == 0
    assert sorted(a["title"] for a in report["new"]) == [
        "Harbour strike ends",
        "Late frost hits the orchards",
    ]
    assert [p["reason"] for p in report["skipped"]] == ["published before 2024-05-05"]


def test_a_second_fetch_into_the_same_corpus_exits_5(
    site: HTTPServer, folders: tuple[Path, Path]
) -> None:
    corpus, index_dir = folders
    with fetch_lock(corpus.resolve()):
        code, _, err = run(corpus, index_dir, "fetch", site.url_for("/rss"))
    assert code == Exit.LOCKED and "another fetch into this corpus is running" in err


def test_other_commands_load_nothing_of_fetching() -> None:
    code = "import sys, tui.cli\nprint([m for m in sys.modules if m.startswith('index.fetch')])\n"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "head",
    [
        '<?xml version="1.0"?>\n<rss version="2.0"><channel>',
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>",
    ],
)
def test_a_local_feed_file_says_a_feed_needs_its_url(
    site: HTTPServer, folders: tuple[Path, Path], head: str
) -> None:
    # nu23 #6: an RSS file was read as a list of URLs: "1 skipped ... not a URL", exit 0
    corpus, index_dir = folders
    feed = corpus.parent / "feed.xml"
    feed.write_text(head + "\n<item><link>https://example.org/a</link></item>\n")
    code, out, _ = run(corpus, index_dir, "fetch", str(feed), "--no-update")
    assert code == Exit.USAGE
    said = " ".join(out.split())
    assert f"{feed}: a feed file: fetch reads a feed from its URL (http or https)" in said
    assert "not a URL" not in out
    # a real source beside it: something was fetched, the file is only skipped
    code, out, _ = run(corpus, index_dir, "fetch", str(feed), site.url_for("/rss"), "--no-update")
    assert code == 0 and "1 skipped" in out


def test_fetch_json_counts_a_copy_once_as_status_does(
    site: HTTPServer, folders: tuple[Path, Path]
) -> None:
    # sm24: fetch's --json index totals counted an exact copy again ("total": 4 where the
    # summary and `index status` say 3 articles and 1 exact copy). Oracle: the distinct
    # texts written plus the page fetched, and `index status --json` beside
    corpus, index_dir = folders
    text = "---\ntitle: Dam holds\nsource: Valley Gazette\ndate: 2021-02-1{}\n---\nThe dam held.\n"
    (corpus / "dam.md").write_text(text.format(0))
    (corpus / "dam-again.md").write_text(text.format(1))  # the same text: an exact copy
    (corpus / "frost.md").write_text(text.replace("Dam", "Frost").format(2))
    assert run(corpus, index_dir, "index", "rebuild")[0] == Exit.OK
    args = ("fetch", site.url_for("/news/harbour"), "--json", "--interval", "0.2")
    code, out, err = run(corpus, index_dir, *args)
    assert code == Exit.OK, err
    index = json.loads(out)["index"]
    assert (index["total"], index["copies"]) == (2 + 1, 1)
    status = json.loads(run(corpus, index_dir, "index", "status", "--json")[1])
    assert (index["total"], index["copies"]) == (status["articles"], status["copies"])


def test_a_page_fetched_by_its_url_has_the_title_the_index_reads(
    site: HTTPServer, folders: tuple[Path, Path]
) -> None:
    """nu28 #10: `fetch URL --json` said ``"title": ""`` for a page whose title the index
    then read; now the index's title, or null when the index was not updated."""
    corpus, index_dir = folders
    page = site.url_for("/news/harbour")
    code, out, err = run(corpus, index_dir, "fetch", page, "--json", "--no-update")
    assert code == Exit.OK, err
    [saved] = json.loads(out)["new"]
    assert saved["title"] is None and saved["feed"] is None
    (corpus / saved["path"]).unlink()  # fetched again: new, and indexed this time
    (corpus / saved["path"]).with_suffix(".meta.toml").unlink()
    (corpus / ".broadsheet-fetch.json").unlink(missing_ok=True)
    code, out, err = run(corpus, index_dir, "fetch", page, "--json", "--interval", "0.2")
    assert code == Exit.OK, err
    [saved] = json.loads(out)["new"]
    code, shown_out, _ = run(corpus, index_dir, "show", saved["path"], "--json")
    assert code == Exit.OK
    assert saved["title"] == json.loads(shown_out)["title"] == "Harbour strike ends"
    code, out, _ = run(corpus, index_dir, "fetch", page, "--interval", "0.2")
    assert code == Exit.OK and "Harbour strike ends" not in out  # not new: not listed


def test_a_page_already_saved_beside_a_skipped_source_exits_0(
    httpserver: HTTPServer, folders: tuple[Path, Path]
) -> None:
    """nu30 #6: a page already saved (no request made for it) and one refused source exited
    2, "every source skipped", while a new page beside the refused one exited 0."""
    corpus, index_dir = folders
    page = ferry_page(httpserver)
    code, out, _ = run(corpus, index_dir, "fetch", page, "--no-update")
    assert code == 0 and "1 new" in out
    code, out, _ = run(corpus, index_dir, "fetch", page, "ftp://example.org/feed", "--no-update")
    assert code == 0 and "0 new, 0 unchanged, 1 already saved, 1 skipped" in out
