"""`G` whose rows' search raises (a bug: the first page listed, the rest not) says so and
waits no more (rv72: the status line said "listing the rest…" for good, and the list asked
for no more rows however far it was scrolled)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from index.library import Library, default_derived
from index.store.build import rebuild
from tests.tui.conftest import reader, search, settle, wait_until
from tests.tui.test_list_bottom import _corpus
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module
from tui.screens import reader_paging


async def test_rows_that_fail_to_come_are_said_and_waited_for_no_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 3)
    monkeypatch.setattr(reader_paging, "PAGE", 1)
    corpus, index_dir = _corpus(tmp_path / "corpus", 9), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    searching = Library.search
    failing = [True]

    def paging_fails(library: Library, text: str, **options: Any) -> Any:
        if failing[0] and options.get("limit", 0) is None:  # `G`: every row after the first
            raise RuntimeError("walked off")
        return searching(library, text, **options)

    monkeypatch.setattr(Library, "search", paging_fails)
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        articles = reader(app).articles
        assert len(articles.hits) == 3
        await pilot.press("G")
        said = lambda: [str(n.message) for n in app._notifications]  # noqa: E731
        await wait_until(pilot, lambda: any("walked off" in s for s in said()))
        await settle(pilot)
        assert [s for s in said() if "walked off" in s] == [
            "more rows failed: walked off (a bug: RuntimeError)"
        ]
        status = str(reader(app).query_one("#status", Static).render())
        assert "listing the rest" not in status and not articles.loading_to_end
        assert "showing 3 of 9" in status and articles.cursor == 2
        failing[0] = False  # another search lists, and `G` reaches its end
        await search(pilot, "harbour")
        await pilot.press("enter", "G")
        await wait_until(pilot, lambda: articles.cursor == 8)
        assert len(articles.hits) == 9
