"""The reading pane's header shows an article's address even when its id is a long file name.

nu74 #2: a researcher's saved files are named for their titles
("fox-news-supreme-court-protects-cops-from-lawsuits-in-two-q.txt"); the header's line "id ·
address" was cut at the pane's edge, so at 80x24 the address read "https:/…" and at 120x40
it was not shown at all: the one fact to cite the article by, and to tell two outlets' pieces
apart by. When both do not fit on a line, the address gets a line of its own (cut with "…"
at the pane's edge when it is longer still).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp

ADDRESS = "https://www.foxnews.com/politics/supreme-court-qualified-immunity"
LONG = "fox-news-supreme-court-protects-cops-from-lawsuits-in-two-qualified.txt"


def text(address: str) -> str:
    return (
        "Supreme Court protects cops from lawsuits\nFox News, October 18, 2021\n\n"
        "The Supreme Court on Monday issued two unsigned opinions about police officers.\n\n"
        f"{address}\n"
    )


def header(app: BroadsheetApp) -> list[str]:
    """The pane's lines above the body's first line."""
    lines = [line.plain for line in reader(app).pane.layout_.lines]
    return lines[: next(k for k, line in enumerate(lines) if line.startswith("The Supreme"))]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_long_id_leaves_the_address_whole(tmp_path: Path, size: tuple[int, int]) -> None:
    corpus = write_corpus(tmp_path / "news", {LONG: text(ADDRESS)})
    rebuild(corpus, tmp_path / "index", derived=default_derived())
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = header(app)
        assert any(line.startswith(LONG[:20]) for line in lines), lines  # the id, first
        shown = [line for line in lines if line.startswith("https://")]
        assert len(shown) == 1, lines  # its own line, the address whole or cut at the edge
        assert shown[0] == ADDRESS or (
            shown[0].endswith("…") and ADDRESS.startswith(shown[0][:-1]) and len(shown[0]) > 50
        ), lines


async def test_a_short_id_and_its_address_share_a_line(tmp_path: Path) -> None:
    short = "https://www.foxnews.com/politics/qi"
    corpus = write_corpus(tmp_path / "news", {"fox.txt": text(short)})
    rebuild(corpus, tmp_path / "index", derived=default_derived())
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert f"fox.txt · {short}" in header(app)
