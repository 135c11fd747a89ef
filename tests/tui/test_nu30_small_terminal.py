"""nu30 #11: small and resized terminals.

At 60x15 the article list and the story list showed one line each (a title): the pane
kept 9 lines for itself. After growing the terminal, the rows it newly showed had a bare
"…" for a snippet until the cursor moved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp

TOWNS = ["Arden", "Brill", "Corfe", "Dunmore", "Ely", "Fowey", "Girvan", "Hythe", "Ilkley"]
TOWNS += ["Jarrow", "Keswick", "Lewes", "Morpeth", "Nairn", "Oban", "Penrith"]


@pytest.fixture
def harbours(tmp_path: Path) -> BroadsheetApp:
    """Sixteen articles that all mention the harbour, each its own town and outlet."""
    articles = {
        f"{town.lower()}.txt": (
            f"{town} harbour reopens after the storm\n\nPublished: {1 + n} May 2024\n\n"
            f"The harbour at {town} reopened on Monday after repairs, the council said, and "
            f"fishing boats returned to the quay. Traders in {town} welcomed the news.\n"
        )
        for n, town in enumerate(TOWNS)
    }
    corpus = write_corpus(tmp_path / "harbours", articles)
    rebuild(corpus, tmp_path / "index", derived=default_derived())
    return BroadsheetApp(corpus, tmp_path / "index")


async def test_at_60x15_the_lists_show_whole_rows(harbours: BroadsheetApp) -> None:
    async with harbours.run_test(size=(60, 15)) as pilot:
        await search(pilot, "harbour")
        await pilot.press("enter")  # from the search bar to the list
        await settle(pilot)
        screen = reader(harbours)
        articles = screen.articles
        assert screen.focused is articles and articles.row_height == 3
        assert articles.scrollable_content_region.height >= 2 * articles.row_height
        await pilot.press("enter")  # the pane reads: the list keeps a title and its outlet
        await settle(pilot)
        assert screen.focused is screen.pane
        assert articles.scrollable_content_region.height >= 2
        assert screen.pane.scrollable_content_region.height >= 5  # its head, and more
        await pilot.press("shift+tab", "S")  # the stories, from the list
        await wait_until(pilot, lambda: screen.story_list.option_count > 0)
        await settle(pilot)
        stories = screen.story_list
        assert stories.display and screen.focused is stories
        assert stories.scrollable_content_region.height >= 4  # two stories of two lines


async def test_rows_shown_by_a_larger_terminal_get_their_snippets(
    harbours: BroadsheetApp,
) -> None:
    async with harbours.run_test(size=(60, 15)) as pilot:
        await search(pilot, "harbour")
        await pilot.press("enter")
        await settle(pilot)
        articles = reader(harbours).articles
        before = len(articles.visible_hits())
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        shown = articles.visible_hits()
        assert len(shown) > before + 4 and len(articles.hits) == len(TOWNS)
        assert all(hit.id in articles.snippets for hit in shown)
        rows = articles.scrollable_content_region.height // articles.row_height
        for row in range(min(rows, len(articles.hits))):
            line = articles.line_at(row * articles.row_height + 2)
            assert line is not None and "harbour" in line.plain.lower(), (row, line)
