"""`G` (and `end`) go to the last row of every hit, not of the rows listed so far (nu24 #10:
a list of 290 stopped at row 100, "showing 100 of 290" gone; a second `G` reached the end).
The oracle: the library's own search for every hit, in the list's order. Pages of 1 row after
a first page of 3, so paging alone would need many steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from index.library import Library, default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module
from tui.screens import reader_paging

OUTLETS = ("Harbour Post", "Valley Times", "Coast Ledger")
WORDS = ("ferry", "tide", "crane", "pier", "dredge", "cargo", "gull", "buoy")


def _corpus(root: Path, size: int) -> Path:
    """``size`` articles, each of its own words, dates and outlets varied (some share a day)."""
    files = {}
    for k in range(size):
        words = " ".join(WORDS[(k + j) % len(WORDS)] for j in range(4))
        files[f"a{k:03}.md"] = (
            f"---\ntitle: Harbour report {k} on the {WORDS[k % len(WORDS)]}\n"
            f"source: {OUTLETS[k % 3]}\ndate: 2024-05-{1 + k // 2:02}\n---\n"
            f"The harbour master said the {words} work went on, report number {k}.\n"
        )
    return write_corpus(root, files)


@pytest.mark.parametrize(
    ("size", "query", "searched"),
    [(9, "", ""), (23, "", ""), (23, "harbour", "harbour"), (23, "harbuor", "harbour")],
)
async def test_one_bottom_key_reaches_the_last_hit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, query: str, searched: str
) -> None:
    """ "harbuor" finds nothing and lists the hits of its offer, harbour: the rows after the
    first page are the offer's too (int47: they were asked of the query as typed, and the
    list waited for rows that never came)."""
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 3)
    monkeypatch.setattr(reader_paging, "PAGE", 1)
    corpus, index_dir = _corpus(tmp_path / "corpus", size), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    with Library.open(corpus, index_dir) as library:
        every = [hit.id for hit in library.search(searched, limit=None, count=False).hits]
    assert len(every) == size
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        if query:
            await search(pilot, query)
            await pilot.press("enter")  # to the list
        articles = reader(app).articles
        assert len(articles.hits) < size
        await pilot.press("G")
        await wait_until(pilot, lambda: articles.cursor == size - 1)
        await settle(pilot)
        assert [hit.id for hit in articles.hits] == every
        assert articles.current is not None and articles.current.id == every[-1]
        assert "showing" not in str(reader(app).query_one("#status", Static).render())


async def test_a_move_after_bottom_keeps_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`G` then `g` before the rest came: the cursor stays at the top once it comes."""
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 3)
    monkeypatch.setattr(reader_paging, "PAGE", 1)
    corpus, index_dir = _corpus(tmp_path / "corpus", 15), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        articles = reader(app).articles
        await pilot.press("G", "g")
        await wait_until(pilot, lambda: len(articles.hits) == 15)
        await settle(pilot)
        assert articles.cursor == 0
