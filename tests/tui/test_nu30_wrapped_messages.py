"""nu30 #8: what the article list and the reading pane say is wrapped, not cut at the width.

The list said `No articles in /tmp/nu30/messy/big.txt (1` and the pane `"Nested report on
the harbour" is gone from the index: its fil`; the whole line was only in a toast.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.conftest import write_corpus
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.screens.reader_results import gone_said
from tui.widgets.line_view import LineView
from tui.widgets.reading_pane import NOTHING_SHOWN


def said(view: LineView, width: int) -> str:
    """Every character ``view`` draws but spaces (a line may end at a slash, not only at a
    space); each line fits ``width`` cells."""
    lines = []
    for index in range(200):
        line = view.line_at(index)
        if line is not None:
            assert cell_len(line.plain.rstrip()) <= width, line.plain
            lines.append(line.plain.strip())
    return "".join("".join(lines).split())


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_the_list_wraps_why_the_folder_has_no_articles(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    folder = tmp_path / "a-folder-with-a-rather-long-name" / "and-another-below-it"
    corpus = write_corpus(folder, {"promo.txt": "Subscribe now!\n"}).resolve()
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        articles = reader(app).articles
        reason = articles.empty_text
        assert reason.startswith(f"No articles in {corpus} (1 file skipped: promo.txt")
        width = articles.scrollable_content_region.width
        assert len(reason) > width  # else nothing to wrap
        assert said(articles, width) == "".join(reason.split())


async def test_the_pane_wraps_why_its_article_is_gone_at_any_width(
    tmp_path: Path, app: BroadsheetApp, corpus_dir: Path
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter")
        await settle(pilot)
        screen = reader(app)
        article = screen.pane.article
        assert article is not None
        Path(article.path).unlink()
        await pilot.press("u")
        await settle(pilot)
        assert screen.pane.article is None
        whole = "".join(f"{gone_said(article)} {NOTHING_SHOWN}".split())
        for width in (100, 60, 160):
            await pilot.resize_terminal(width, 30)
            await settle(pilot)
            pane = screen.pane
            inside = pane.size.width - 2  # its padding
            assert len(gone_said(article)) > inside
            assert said(pane, inside) == whole
