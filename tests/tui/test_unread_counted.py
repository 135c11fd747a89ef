"""The status line's unread count is of the rows listed, and says so while the list holds
only its first rows (nu45 #9: "showing 100 of 150 | 98 unread" became "142 unread" after
`G`, as if the count were of every match). The oracle: the rows listed and the read marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library, default_derived
from index.store.build import rebuild
from tests.tui.conftest import settle, wait_until
from tests.tui.test_list_bottom import _corpus
from tests.tui.test_read_marks_reader import marks_loaded, status
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module
from tui.screens import reader_paging


@pytest.mark.parametrize("read", [0, 2, 5])
async def test_unread_counts_the_rows_listed_and_says_of_how_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: int
) -> None:
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 3)
    monkeypatch.setattr(reader_paging, "PAGE", 1)
    corpus, index_dir = _corpus(tmp_path / "corpus", 9), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    with Library.open(corpus, index_dir) as library:
        every = [hit.id for hit in library.search("", limit=None, count=False).hits]
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await marks_loaded(pilot, app)
        screen.read_dwell = 3600.0  # nothing more is read while the test runs
        marks = screen.read_marks
        assert marks is not None
        listed = [hit.id for hit in screen.articles.hits]
        assert len(listed) == 3
        ids = [*listed[1:], *(i for i in every if i not in listed)][:read]
        for article_id in ids:
            marks.mark(article_id)
        screen.read_changed()
        await settle(pilot)
        unread = sum(i not in marks for i in listed)
        assert f" {unread} of 3 listed unread" in status(screen)
        await pilot.press("G")
        await wait_until(pilot, lambda: len(screen.articles.hits) == 9)
        await settle(pilot)
        line = status(screen)
        assert f" {sum(i not in marks for i in every)} unread" in line
        assert "listed unread" not in line
