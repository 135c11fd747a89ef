"""nu40 #14: a search with no hits left the last list's article in the pane, as if it
matched; the pane says no article matches, and shows one again once a query finds some."""

from __future__ import annotations

from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.screens.reader_results import none_matches
from tui.widgets.reading_pane import NOTHING_SHOWN


def pane_text(app: BroadsheetApp) -> str:
    return "\n".join(line.plain for line in reader(app).pane.layout_.lines)


async def test_no_hits_empties_the_pane_and_hits_fill_it_again(app: BroadsheetApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.pane.article is not None
        await search(pilot, "xyzzyq")
        assert screen.articles.hits == []
        assert screen.pane.article is None
        said = pane_text(app)
        assert "No article matches “xyzzyq”." in said and NOTHING_SHOWN not in said
        await pilot.press("enter")
        await search(pilot, "drought")
        assert screen.pane.article is not None and screen.pane.article.id == "harvest.txt"
        assert "No article matches" not in pane_text(app)


def test_the_pane_names_the_query_and_the_outlet() -> None:
    assert none_matches(" nerve agnet ", None) == "No article matches “nerve agnet”."
    assert none_matches("vx", "CNN") == "No article matches “vx” from CNN."
    assert none_matches("", "CNN") == "No articles from CNN."
