"""ctrl+y in the quotes panel puts the respelling it takes in the reader's search bar, as
ctrl+y in the reader does (nu72's open question: the panel listed "ferry"'s quotes while the
bar kept "fery", and esc went back to a list of none). Oracle: the reader's own search of
the respelling (the hits "ferry" lists within the outlet, read from the library; the story
list says the query it lists)."""

from __future__ import annotations

import pytest

from index.library import Library
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_quotes_ctrl_y_nu72 import open_panel
from tests.tui.test_quotes_outlet_nu69 import carried_by, harbour, panel
from tui.app import BroadsheetApp
from tui.screens.quotes import QuotesScreen

__all__ = ["harbour"]  # the fixture, shared


def respelling_hits(app: BroadsheetApp, outlet: str | None) -> list[str]:
    """The articles "ferry" finds within ``outlet``, by the library (which quotes it too)."""
    library = reader(app).library
    assert isinstance(library, Library)
    assert carried_by(library, "ferry", outlet)  # the panel offers it: it lists some
    hits = [h.id for h in library.search("ferry", limit=50, source=outlet).hits]
    assert hits
    return hits


@pytest.mark.parametrize("stories", [False, True])
@pytest.mark.parametrize("outlet", ["Bay Herald", None])
async def test_the_bar_says_the_query_the_panel_took(
    harbour: BroadsheetApp, outlet: str | None, stories: bool
) -> None:
    async with harbour.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        hits = respelling_hits(harbour, outlet)
        if stories:
            await pilot.press("S")
            await settle(pilot)
        await open_panel(harbour, pilot, "fery", outlet)
        assert reader(harbour).search_text == "fery"
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: panel(harbour).scope.query == "ferry")
        await settle(pilot)
        assert isinstance(harbour.screen, QuotesScreen)  # the panel stays, over the reader
        assert reader(harbour).search_text == "ferry"
        await pilot.press("escape")
        await settle(pilot)
        back = reader(harbour)
        assert harbour.screen is back and back.search_text == "ferry"
        assert back.source == (outlet or None)
        assert back.listed_query() == "ferry"  # the list shown searched it, under the panel
        if not stories:
            assert [h.id for h in back.articles.hits] == hits
