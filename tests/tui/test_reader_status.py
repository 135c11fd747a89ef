"""Pilot tests for issue 15: what the reader's screen says (counts, staleness, errors)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Static

from index.library import default_derived
from index.store.build import rebuild
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module
from tui.screens import reader_paging
from tui.widgets.status_line import short_freshness


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


def note(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#query-note", Static).render())


async def test_list_says_how_many_it_shows_and_loads_more(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 2)  # pages of 2 rows over 4 articles
    monkeypatch.setattr(reader_paging, "PAGE", 1)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(reader(app).articles.hits) < 4
        assert f"showing {len(reader(app).articles.hits)} of 4" in status(app)
        await pilot.press("G")  # near the end: the next pages come
        await wait_until(pilot, lambda: len(reader(app).articles.hits) == 4)
        await settle(pilot)
        assert "showing" not in status(app)
        assert len({hit.id for hit in reader(app).articles.hits}) == 4  # no row twice


async def test_stale_index_says_what_changed(app: BroadsheetApp, built: tuple[Path, Path]) -> None:
    corpus, _ = built
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert "index fresh" in status(app)
        (corpus / "late.txt").write_text("Late news arrives\n\nA late story about tides.\n")
        (corpus / "harvest.txt").unlink()
        reader(app).check_freshness()  # the screen also checks every few seconds
        await settle(pilot)
        assert "stale: 1 new file, 1 deleted — press u to update" in status(app)
        await pilot.press("u")
        await settle(pilot)
        assert "index fresh" in status(app)


def with_two_skipped(corpus_dir: Path, tmp_path: Path) -> BroadsheetApp:
    """The reader over the corpus and two files its build skips (empty, binary); the index
    is whole (stories, quotes), so its state is "index fresh", no more."""
    (corpus_dir / "empty.txt").write_text("")
    (corpus_dir / "binary.txt").write_bytes(b"\x00\x01binary")
    rebuild(corpus_dir, tmp_path / "index", derived=default_derived())
    return BroadsheetApp(corpus_dir, tmp_path / "index")


async def test_the_count_says_the_files_skipped_and_where_to_read_why(
    corpus_dir: Path, tmp_path: Path
) -> None:
    """nu16: the status line said "3 articles" for a folder of 7 files once the index was
    built; only the first build's toast had named the skips."""
    app = with_two_skipped(corpus_dir, tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert "4 articles, 2 files skipped (why: ctrl+p → Skipped files)" in status(app)


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_the_sort_stays_on_the_line_beside_the_count_and_skips(
    corpus_dir: Path, tmp_path: Path, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nu32 #14: at 120 columns "N files skipped (why: …)" took the order's room, and after
    `s` only a toast said it (nu17 #6 had put the order first to go: the count and skips
    stay). Now the skip note shortens and "showing" goes before the order does."""
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 2)  # "showing 2 of 4" on the line too
    app = with_two_skipped(corpus_dir, tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        line = status(app)
        assert line.startswith(
            ("corpus │ 4 articles, 2 files skipped", "4 articles, 2 files skipped")
        )
        assert "sort: newest first" in line and line.endswith("index fresh"), line
        await pilot.press("s")  # no query: "newest" would look the same, passed over (nu58)
        await settle(pilot)
        line = status(app)
        assert "sort: oldest first │" in line and "2 files skipped" in line, line
        assert "…" not in line and len(line) <= width - 2, line


async def test_failed_search_keeps_the_last_results(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeepers")
        before = [hit.id for hit in reader(app).articles.hits]
        assert 0 < len(before) < 4
        await search(pilot, ' "unclosed')
        assert "unclosed quote at column" in note(app)
        assert [hit.id for hit in reader(app).articles.hits] == before


async def test_pane_header_shows_the_id_and_the_file(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    corpus, _ = built
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter", "enter")
        await settle(pilot)
        head = [line.plain for line in reader(app).pane.layout_.lines[:4]]
        assert f"harvest.txt · {corpus.name}/harvest.txt" in head  # Y copies the full path


def test_pane_header_shows_the_url_when_there_is_one() -> None:
    from rich.console import Console
    from rich.style import Style

    from index.library import Highlighter
    from index.models import Article
    from tui.widgets.article_layout import layout_article, short_path

    article = Article(
        id="rec-7", path="/data/feed.jsonl", title="T", title_derived=False, source=None,
        byline=None, dateline=None, date=None, body="Body.", url="https://example.org/a",
    )  # fmt: skip
    layout = layout_article(
        article, 80, Console(), highlighter=Highlighter(), match_style=Style(bold=True)
    )
    assert layout is not None
    assert "rec-7 · https://example.org/a" in [line.plain for line in layout.lines]
    assert short_path(replace(article, url=None)) == "feed.jsonl"
    nested = replace(article, id="notes/a.md", path="/data/corpus/notes/a.md")
    assert short_path(nested) == "corpus/notes/a.md"
    # no file and no address (nu14 item 13): the id alone, not "rec-7 ·"
    bare = layout_article(
        replace(article, url=None, path=""), 80, Console(), highlighter=Highlighter(),
        match_style=Style(bold=True),
    )  # fmt: skip
    assert bare is not None and [line.plain for line in bare.lines][2] == "rec-7"


async def test_comparing_an_article_with_itself_is_refused(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes: list[str] = []
    notify = app.notify
    monkeypatch.setattr(app, "notify", lambda m, **kw: notes.append(m) or notify(m, **kw))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "c")  # the marked article is the one under the cursor
        await settle(pilot)
        assert app.screen is reader(app)
        assert reader_module.SELF_COMPARE in notes


async def test_at_80_columns_the_index_state_stays_with_marks_and_a_search(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nu18 #6: at 80x24, a large corpus with skips, marks one a search left out and a
    query's counts filled the line: its ellipsis cut "index fresh" off the end."""
    big = "12,345 articles, 23 files skipped (why: ctrl+p → Skipped files)"
    monkeypatch.setattr(reader_module.ReaderScreen, "articles_said", lambda self: big)
    app = with_two_skipped(corpus_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m")
        await search(pilot, "drought")
        line = status(app)
        assert line.startswith("12,345 articles") and "2 marked" in line, line
        assert line.endswith("│ index fresh") and len(line) <= 78, line


FULL = "index fresh, but lacks quotes, stories — press u to add them"


def test_the_short_line_of_a_lacking_index_keeps_the_key() -> None:
    assert short_freshness(FULL) == "index fresh, lacks quotes, stories — press u"


@pytest.mark.parametrize("width", [60, 80, 160])
async def test_an_index_without_stories_and_quotes_says_so(
    corpus_dir: Path, tmp_path: Path, width: int
) -> None:
    """nu22 #7: after `index rebuild --no-stories --no-quotes` the line said "index fresh",
    where `index status` says "fresh, but lacks quotes, stories"; `u` adds them."""
    rebuild(
        corpus_dir,
        tmp_path / "index",
        derived=[d for d in default_derived() if d.name in ("copies", "leans")],  # as the CLI
    )
    app = BroadsheetApp(corpus_dir, tmp_path / "index")
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        line = status(app)
        state = line.rsplit(" │ ", 1)[-1]
        assert state in (FULL, short_freshness(FULL)) and len(line) <= width - 2, line
        await pilot.press("u")
        await settle(pilot)
        assert status(app).endswith("│ index fresh"), status(app)


def said(n: int, one: str) -> str:
    return f"{n} {one}" if n == 1 else f"{n} {one}s"


@pytest.mark.parametrize(("files", "records"), [(1, 2), (0, 1), (2, 0), (3, 3)])
async def test_the_status_line_counts_files_and_records_as_the_build_does(
    corpus_dir: Path, tmp_path: Path, files: int, records: int
) -> None:
    """nu27 #7: a JSON Lines file with two bad records and one bad file: the build said "1
    file and 2 records skipped", the reader "3 files skipped"."""
    for n in range(files):
        (corpus_dir / f"empty{n}.txt").write_text("")
    good = json.dumps({"id": "r0", "title": "Ferry resumes", "body": "The ferry ran again."})
    (corpus_dir / "feed.jsonl").write_text(good + "\n" + "{not json\n" * records)
    report = rebuild(corpus_dir, tmp_path / "index", derived=default_derived())
    words = " and ".join(said(n, one) for n, one in ((files, "file"), (records, "record")) if n)
    assert f", {words} skipped" in report.summary  # the build's words
    app = BroadsheetApp(corpus_dir, tmp_path / "index")
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        assert f", {words} skipped (why: ctrl+p → Skipped files)" in status(app)
