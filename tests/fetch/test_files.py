"""Writing into the corpus: atomic files, names held by other articles, charsets, state."""

from __future__ import annotations

import os
import stat
import threading
from datetime import date
from pathlib import Path, PurePosixPath

import pytest
from pytest_httpserver import HTTPServer

from index.fetch.files import atomic_write, known_urls, save_page
from index.fetch.models import FetchSettings
from index.fetch.names import page_path, sidecar_path
from index.fetch.page import read_head, with_charset
from index.fetch.run import fetch
from index.fetch.state import FeedState, FetchState, RobotsCopy, load_state, save_state
from index.ingest.readers import read_source, scan
from tests.fetch.conftest import QUICK, article_html, no_robots, rss


def test_the_defaults_are_the_polite_ones() -> None:
    settings = FetchSettings()
    assert settings.interval == 1.0
    assert settings.max_bytes == 10 * 1024 * 1024
    assert settings.max_redirects == 5
    assert 0 < settings.connect_timeout <= 30 and 0 < settings.read_timeout <= 60


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a" / "page.html"
    atomic_write(target, b"old")

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in target.parent.iterdir()) == ["page.html"]


def test_a_name_held_by_another_article_gets_a_number(server: HTTPServer, corpus_dir: Path) -> None:
    no_robots(server)
    url = server.url_for("/story")
    server.expect_request("/story").respond_with_data(
        article_html("S", "Story."), content_type="text/html"
    )
    rel = page_path(url, date.today())
    save_page(corpus_dir, rel, b"<html>another</html>", {"url": "https://other.example/x"})
    report = fetch(corpus_dir, [url], settings=QUICK)
    assert report.new[0].path == rel.as_posix().replace(".html", "-2.html")
    assert (corpus_dir / rel).read_bytes() == b"<html>another</html>"


def test_the_charset_the_server_declared_is_kept_in_the_saved_page(
    server: HTTPServer, corpus_dir: Path
) -> None:
    no_robots(server)
    text = "Київ: переговори тривають. " * 20
    html = (
        "<html><head><title>Новини</title></head><body>"
        f"<article><p>{text}</p><p>{text}</p></article></body></html>"
    )
    server.expect_request("/uk").respond_with_data(
        html.encode("windows-1251"), content_type="text/html; charset=windows-1251"
    )
    report = fetch(corpus_dir, [server.url_for("/uk")], settings=QUICK)
    saved = corpus_dir / report.new[0].path
    assert saved.read_bytes().startswith(b'<meta charset="windows-1251">')
    files, _ = scan(corpus_dir)
    article = read_source(files[0]).articles[0]
    assert "Київ: переговори тривають." in article.body


@pytest.mark.parametrize(
    ("head", "charset", "changed"),
    [
        (b'<meta charset="utf-8">', "iso-8859-1", False),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "koi8-r", False),
        (b"<title>x</title>", None, False),
        (b"<title>x</title>", "utf-16", False),
        (b"<title>x</title>", 'x"><script>', True),
    ],
)
def test_a_charset_is_written_in_only_where_needed(
    head: bytes, charset: str | None, changed: bool
) -> None:
    body = b"<html><head>" + head + b"</head><body></body></html>"
    result = with_charset(body, charset, read_head(body, "https://n.example/"))
    assert (result != body) is changed
    assert b"<script>" not in result[:40]


def test_the_canonical_link_is_read_from_the_head_only() -> None:
    page = (
        b'<html><head><link rel="canonical" href="/a/b"><meta property="og:url" '
        b'content="https://n.example/og"></head><body><link rel="canonical" href="/late">'
    )
    assert read_head(page, "https://n.example/x?y=1").canonical == "https://n.example/a/b"
    og_only = b'<head><meta property="og:url" content="https://n.example/og"></head>'
    assert read_head(og_only, "https://n.example/").canonical == "https://n.example/og"
    hostile = b'<head><link rel="canonical" href="javascript:alert(1)"></head>'
    assert read_head(hostile, "https://n.example/").canonical is None


def test_the_state_survives_a_round_trip_and_a_damaged_file(tmp_path: Path) -> None:
    state = FetchState()
    state.feeds["https://n.example/rss"] = FeedState('"e"', "Wed, 01 May 2024 10:00:00 GMT", "t")
    state.robots["https://n.example"] = RobotsCopy(200, "User-agent: *\nDisallow:\n", 1.5)
    state.aliases["n.example/amp"] = "fetched/n.example/2024-05-01/a"
    save_state(tmp_path, state)
    assert load_state(tmp_path) == state
    (tmp_path / ".broadsheet" / "fetch-state.json").write_text("{not json")
    assert load_state(tmp_path) == FetchState()


def test_urls_already_in_the_corpus_are_known_from_their_sidecars(tmp_path: Path) -> None:
    save_page(
        tmp_path,
        PurePosixPath("fetched/n.example/2024-05-01/a-1.html"),
        b"<html></html>",
        {"url": "https://n.example/a", "canonical_url": "https://n.example/c"},
    )
    (tmp_path / "mine.txt").write_text("text")
    (tmp_path / "mine.meta.toml").write_text('url = "https://m.example/x?utm_source=a"')
    (tmp_path / "broken.meta.toml").write_text("url = ")
    known = known_urls(tmp_path)
    assert known == {
        "n.example/a": "fetched/n.example/2024-05-01/a-1",
        "n.example/c": "fetched/n.example/2024-05-01/a-1",
        "m.example/x": "mine",
    }


def test_a_silent_host_fails_alone_and_the_rest_of_the_run_goes_on(
    server: HTTPServer, corpus_dir: Path, silent_port: int
) -> None:
    from dataclasses import replace

    no_robots(server)
    server.expect_request("/a").respond_with_data(article_html("A", "A."), content_type="text/html")
    server.expect_request("/feed").respond_with_data(
        rss([("A", server.url_for("/a"), None)]), content_type="application/rss+xml"
    )
    settings = replace(QUICK, connect_timeout=0.3, read_timeout=0.3)
    silent = f"http://127.0.0.1:{silent_port}/feed"
    report = fetch(corpus_dir, [silent, server.url_for("/feed")], settings=settings)
    assert [p.url for p in report.failed] == [silent]
    assert report.failed[0].reason.startswith(f"http://127.0.0.1:{silent_port} did not answer")
    assert "(timed out" in report.failed[0].reason and "robots.txt" not in report.failed[0].reason
    assert [a.title for a in report.new] == ["A"]


def test_a_cancelled_run_says_so_and_keeps_what_it_saved(
    server: HTTPServer, corpus_dir: Path
) -> None:
    no_robots(server)
    server.expect_request("/feed").respond_with_data(
        rss([("A", server.url_for("/a"), None)]), content_type="application/rss+xml"
    )
    cancel = threading.Event()
    cancel.set()
    report = fetch(corpus_dir, [server.url_for("/feed")], settings=QUICK, cancel=cancel)
    assert report.cancelled and report.new == ()
    assert (corpus_dir / ".broadsheet" / "fetch-state.json").exists()


def test_temporaries_left_by_a_killed_fetch_are_removed(corpus_dir: Path) -> None:
    folder = corpus_dir / "fetched" / "n.example" / "2024-05-01"
    folder.mkdir(parents=True)
    (folder / ".a-1.html.k2j3.tmp").write_bytes(b"half a page")
    (folder / "a-1.html").write_bytes(b"<html></html>")
    report = fetch(corpus_dir, ["ftp://old.example/file"], settings=QUICK)
    assert [p.url for p in report.skipped] == ["ftp://old.example/file"]
    assert report.requests == 0
    assert [p.name for p in folder.iterdir()] == ["a-1.html"]


def test_a_saved_page_has_the_mode_of_any_file_the_user_writes_there(
    server: HTTPServer, corpus_dir: Path
) -> None:
    """sm32 (nu32 #8's other half): fetched pages and sidecars were 0600, a side effect of
    `tempfile.mkstemp`. The oracle: a file `open` creates in the corpus under the same
    umask; a page written again keeps the mode its owner gave it. The fetch state, which no
    one edits and whose feed addresses may carry tokens, stays 0600 (rv32 #7)."""
    no_robots(server)
    server.expect_request("/story").respond_with_data(
        article_html("Mode", "A saved page is a file like any other."), content_type="text/html"
    )
    old = os.umask(0o027)  # not 077: a umask that agrees with 0600 would prove nothing
    try:
        plain = corpus_dir / "plain.txt"
        plain.write_text("x")
        report = fetch(corpus_dir, [server.url_for("/story")], settings=QUICK)
        [saved] = report.new
        page = corpus_dir / saved.path
        sidecar = corpus_dir / sidecar_path(PurePosixPath(saved.path))
        state = corpus_dir / ".broadsheet" / "fetch-state.json"
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (page, sidecar)}
        assert stat.S_IMODE(plain.stat().st_mode) == 0o640
        assert modes == dict.fromkeys(modes, 0o640)
        assert stat.S_IMODE(state.stat().st_mode) == 0o600
        page.chmod(0o604)
        atomic_write(page, b"<html>again</html>")
        assert stat.S_IMODE(page.stat().st_mode) == 0o604
    finally:
        os.umask(old)
    assert not [p for p in page.parent.iterdir() if p.name.endswith(".tmp")]
