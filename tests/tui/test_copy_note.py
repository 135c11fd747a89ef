"""fx19: an article saved twice by one outlet is one row of the list, and its copy's
reading pane names the original (`index.copies`)."""

from __future__ import annotations

from pathlib import Path

from index.library import Library
from tests.conftest import write_corpus
from tests.index.test_copies import ARTICLES
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp


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
