"""Sidecars saved before fx88 are moved to the new form by the next fetch (fx95).

Before fx88 a fetch wrote a named feed's name as the sidecar's ``source`` (the user's own
word, which wins over the outlet a page states), in the very place where it now writes
``feed_name`` (dc482b0b renamed the key, nothing else): so a pre-fx88 sidecar is a fresh
one with that key renamed back. The oracle: after one fetch, every sidecar is byte for
byte what a fresh fetch wrote, and the pages read with the outlets a fresh fetch gives;
sidecars that are unreadable, new, the user's own word, or another feed's are untouched;
a second fetch moves none.
"""

from __future__ import annotations

import html
import shutil
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from index.fetch.feedlist import add_feed, write_feeds
from index.fetch.models import Feed, FetchReport
from index.fetch.run import fetch
from index.fetch.sidecar_form import move_old_sidecars, new_form
from index.ingest.readers import read_source, scan
from index.ingest.sanitize import sanitize
from index.store.build import rebuild
from index.store.update import update
from tests.fetch.conftest import QUICK, article_html, no_robots, rss

USER_WORD = "Capitol Wire"
_NAMES = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), min_size=1, max_size=24
).filter(lambda name: sanitize(name).strip() == name and name != USER_WORD)
_PAGES = st.lists(
    st.tuples(st.sampled_from(("", "RTE", "CNN", "NAME")), st.sampled_from(("old", "new", "user"))),
    min_size=1,
    max_size=4,
)


def _serve(server: HTTPServer, pages: list[tuple[str, str]], name: str) -> str:
    """Serve a feed of one page per ``pages`` entry (its site name, "NAME": the feed's)."""
    no_robots(server)
    items = []
    for n, (site, _) in enumerate(pages):
        stated = name if site == "NAME" else site
        body = article_html(f"Bridge {n} reopens", "The bridge reopened.", site=html.escape(stated))
        server.expect_request(f"/p/{n}").respond_with_data(body, content_type="text/html")
        items.append((f"Bridge {n} reopens", server.url_for(f"/p/{n}"), None))
    feed = rss(items, title="Wire > World")
    server.expect_request("/feed").respond_with_data(feed, content_type="application/xml")
    return server.url_for("/feed")


def _sidecars(corpus: Path) -> dict[str, bytes]:
    return {p.relative_to(corpus).as_posix(): p.read_bytes() for p in corpus.rglob("*.meta.toml")}


def _outlets(corpus: Path) -> dict[str, str | None]:
    """The outlet the index reads for each page, by its title."""
    files, _ = scan(corpus)
    return {a.title: a.source for source in files for a in read_source(source).articles}


def _fetched(corpus: Path, report: FetchReport) -> list[str]:
    return sorted(
        (corpus / saved.path).with_suffix(".meta.toml").relative_to(corpus).as_posix()
        for saved in report.new
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=_NAMES, pages=_PAGES)
@example(name="Levant Monitor", pages=[("RTE", "old"), ("", "old"), ("NAME", "new")])
@example(name="Le Monde ≠ «Ω» 東京", pages=[("CNN", "old"), ("NAME", "old"), ("", "user")])
def test_one_fetch_moves_old_sidecars_to_what_a_fresh_fetch_writes(
    server: HTTPServer, name: str, pages: list[tuple[str, str]]
) -> None:
    corpus = Path(tempfile.mkdtemp(prefix="fx95-"))
    try:
        server.clear()
        add_feed(corpus, _serve(server, pages, name), name=name)
        first = fetch(corpus, settings=QUICK)
        paths = _fetched(corpus, first)
        assert len(paths) == len(pages) and not first.moved
        fresh, outlets = _sidecars(corpus), _outlets(corpus)
        # the corpus as the pre-fx88 code left it, with the user's edits and odd files
        expected = dict(fresh)
        by_title = {tomllib.loads((corpus / p).read_text("utf-8"))["title"]: p for p in paths}
        for n, (_, form) in enumerate(pages):
            path = by_title[f"Bridge {n} reopens"]
            text = fresh[path].decode("utf-8")
            assert text.count("feed_name = ") == 1
            if form == "old":
                old = text.replace("feed_name = ", "source = ")
                (corpus / path).write_text(old, "utf-8")
            elif form == "user":  # the user's own word, beside the feed's name: theirs
                expected[path] = f'source = "{USER_WORD}"\n{text}'.encode()
                (corpus / path).write_bytes(expected[path])
        odd = corpus / "fetched" / "odd"
        odd.mkdir()
        broken = f'source = "{name}\nfeed = "x'.encode()
        other_feed = (  # the name, but another feed's page: not the feed's name for it
            f'source = "{name}"\nfeed = "http://other.example/feed"\n'
            "fetched_at = 2024-01-01T00:00:00Z\n"
        ).encode()
        for file, data in (("broken.meta.toml", broken), ("other.meta.toml", other_feed)):
            (odd / file).write_bytes(data)
            expected[f"fetched/odd/{file}"] = data

        second = fetch(corpus, settings=QUICK)
        assert second.moved == sum(form == "old" for _, form in pages)
        assert not second.new
        assert _sidecars(corpus) == expected
        now = _outlets(corpus)
        for n, (_, form) in enumerate(pages):
            title = f"Bridge {n} reopens"
            assert now[title] == (USER_WORD if form == "user" else outlets[title])
        assert fetch(corpus, settings=QUICK).moved == 0  # once
    finally:
        shutil.rmtree(corpus, ignore_errors=True)


def test_update_reads_the_moved_pages_and_agrees_with_a_rebuild(
    server: HTTPServer, tmp_path: Path
) -> None:
    """The sidecar's stat changes, so `index update` reads the page again; the outlets it
    gives are a rebuild's, and renaming the feed later changes neither (fx91's trouble)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = "Levant Monitor"
    url = _serve(server, [("RTE", ""), ("", "")], name)
    add_feed(corpus, url, name=name)
    fetch(corpus, settings=QUICK)
    for path in corpus.rglob("*.meta.toml"):
        path.write_text(path.read_text("utf-8").replace("feed_name = ", "source = "), "utf-8")
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=1)
    assert sorted(_outlets(corpus).values()) == [name, name]  # the old form: the name wins
    report = fetch(corpus, settings=QUICK)
    assert report.moved == 2
    assert "2 saved pages moved to the new sidecar form; `index update` picks them up" in (
        report.summary
    )
    assert update(corpus, index_dir, procs=1).indexed == 2
    write_feeds(corpus, [Feed(url, "Levant Daily")])  # a rename after the move
    assert sorted(_outlets(corpus).values()) == [name, "RTE"]
    rebuilt = tmp_path / "rebuilt"
    rebuild(corpus, rebuilt, procs=1)
    from index.search.engine import open_index

    for folder in (index_dir, rebuilt):
        with open_index(folder) as index:
            assert sorted(str(h.source) for h in index.search("").hits) == [name, "RTE"]


@pytest.mark.parametrize(
    "text",
    [
        'title = "A"\nsource = "N"\nfeed = "u"\nfetched_at = 2024-01-01T00:00:00Z\n',
        '# a comment\ntitle = "A"\n"source" = "N" # mine\nfeed = "u"\n',
        'note = """\nsource = "x"\n"""\nsource = "N"\n',
    ],
)
def test_new_form_keeps_every_other_line(text: str) -> None:
    table = tomllib.loads(text)
    moved = new_form(text, table)
    after = tomllib.loads(moved)
    assert after == {("feed_name" if k == "source" else k): v for k, v in table.items()}
    assert list(after) == [("feed_name" if k == "source" else k) for k in table]
    if text.count("source") == 1:  # edited in place: only the key's line differs
        changed = [a for a, b in zip(text.splitlines(), moved.splitlines(), strict=True) if a != b]
        assert len(changed) == 1 and "source" in changed[0]


def test_no_feed_named_moves_nothing(tmp_path: Path) -> None:
    side = tmp_path / "fetched" / "h" / "a.meta.toml"
    side.parent.mkdir(parents=True)
    side.write_text('source = "N"\nfeed = "http://h.example/f"\nfetched_at = 2024-01-01\n')
    assert move_old_sidecars(tmp_path, [Feed("http://h.example/f")]) == 0
    assert move_old_sidecars(tmp_path, [Feed("http://h.example/f", "M")]) == 0
    assert move_old_sidecars(tmp_path, [Feed("http://h.example/f", "N")]) == 1
    assert "feed_name" in side.read_text()
