"""fx19: an article saved twice by one outlet is one row of the list, and its copy's
reading pane names the original (`index.copies`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from tests.conftest import write_corpus
from tests.index.test_copies import ARTICLES
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module


async def test_a_copy_is_one_row_and_names_its_original(tmp_path: Path) -> None:
    corpus, index_dir = write_corpus(tmp_path / "dup", ARTICLES), tmp_path / "index"
    Library(corpus, index_dir).rebuild()
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "spillway")
        screen = reader(app)
        assert [hit.id for hit in screen.articles.hits] == ["a.md", "c.md"]
        meta = screen.articles.line_at(1)
        assert meta is not None and meta.plain.endswith("Herald · 2021-02-12 · +1 copy")
        assert "showing" not in str(screen.query_one("#status").render())  # 2 hits, not 3
        assert screen.library is not None
        screen.pane.show(screen.library.article("b.md"), screen.highlighter)
        await settle(pilot)
        pane = screen.pane

        def head() -> str:
            return "\n".join(line.plain for line in pane.layout_.lines[:5])

        await wait_until(pilot, lambda: "b.md" in head())
        assert "same text as a.md" in head()
        screen.pane.show(screen.library.article("c.md"), screen.highlighter)
        await wait_until(pilot, lambda: "c.md" in head())
        assert "same text as" not in head()


async def test_the_exact_count_counts_a_copy_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fx22: the reader's count of every match (`Library.count`, run when the first page
    does not hold them all) counted a copy whose original matched too: "4 hits", 3 rows."""
    corpus, index_dir = write_corpus(tmp_path / "dup", ARTICLES), tmp_path / "index"
    Library(corpus, index_dir).rebuild()
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 1)  # one row: the count is inexact
    monkeypatch.setattr(reader_module, "COUNT_DELAY", 0.0)
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "spillway")
        screen = reader(app)
        await wait_until(pilot, lambda: screen.total_exact)
        assert screen.total == 2  # a.md (b.md its copy) and c.md
        assert "2 hits" in str(screen.query_one("#status").render())
