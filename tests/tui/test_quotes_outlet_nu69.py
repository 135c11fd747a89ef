"""`q` for a query keeps to the outlet the list shows (issue 16 #3: with `f` Bay Herald, the
quotes panel of a query listed every outlet's quotes), and its "Did you mean" is one that
lists quotes of that outlet. Oracle: the library's quotes of the query without the outlet,
kept by the outlets of the articles that carry them."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from tests.conftest import write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.quotes import QuotesScreen

HARBOUR = {
    "wire.md": (
        "---\ntitle: Harbour bridge to stay shut\nsource: Coast Wire\ndate: 2024-04-08\n---\n"
        '"The harbour bridge will stay shut until the cables are fixed," said Anna Berg, '
        "the port director, on Monday. Engineers found cracks in two cables.\n"
    ),
    "herald.md": (
        "---\ntitle: Ferries for the harbour\nsource: Bay Herald\ndate: 2024-04-09\n---\n"
        '"Harbour traffic must take the ferry for now," Mayor Helen Okafor said on '
        "Tuesday. Fishermen said the closure had cut their catch.\n"
    ),
    "herald2.md": (
        "---\ntitle: Fishermen count the cost\nsource: Bay Herald\ndate: 2024-04-10\n---\n"
        '"We have lost half of our catch this month," said Tom Reyes, a fisherman, as the '
        "closure went on.\n"
    ),
}


@pytest.fixture
def harbour(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news", HARBOUR)
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def panel(app: BroadsheetApp) -> QuotesScreen:
    screen = app.screen
    assert isinstance(screen, QuotesScreen)
    return screen


def carried_by(library: Library, query: str, outlet: str | None) -> list[str]:
    """The quotations of ``query`` carried by an article of ``outlet`` (every one: None)."""
    groups = library.quotes(query)
    return [
        g.text for g in groups if outlet is None or any(o.source == outlet for o in g.occurrences)
    ]


@pytest.mark.parametrize("outlet", ["Bay Herald", "Coast Wire", None])
@pytest.mark.parametrize("stories", [False, True])
async def test_the_quotes_of_a_query_keep_to_the_outlet(
    harbour: BroadsheetApp, outlet: str | None, stories: bool
) -> None:
    async with harbour.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(harbour).library
        assert isinstance(library, Library)
        every = carried_by(library, "harbour", None)
        assert len(every) == 2  # the corpus's: each outlet carries one
        if stories:
            await pilot.press("S")
            await settle(pilot)
        reader(harbour).outlet_chosen(outlet or "")
        await search(pilot, "harbour")
        await pilot.press("enter")  # the list has the focus: its query's quotes
        await settle(pilot)
        if stories:
            reader(harbour).set_focus(reader(harbour).story_list)  # no story under it
            reader(harbour).story_list.highlighted = None
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(harbour.screen, QuotesScreen))
        await settle(pilot)
        shown = [g.text for g in panel(harbour).groups]
        assert shown == carried_by(library, "harbour", outlet)
        if outlet:
            assert outlet in str(panel(harbour).query_one("#quote-heading").render())


@pytest.mark.parametrize("outlet", ["Bay Herald", "Coast Wire"])
async def test_the_respelling_offered_lists_quotes_of_the_outlet(
    harbour: BroadsheetApp, outlet: str
) -> None:
    """`fery`: no quote; "ferry" is offered from Bay Herald, whose quote has it, not from
    Coast Wire, whose articles have no ferry (it was, and listed Bay Herald's). Oracle: the
    article list's respelling within the outlet, if it lists a quote of the outlet."""
    async with harbour.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(harbour).library
        assert isinstance(library, Library)
        offer = library.search("fery", limit=1, source=outlet).suggestion
        expected = offer if offer and carried_by(library, offer, outlet) else None
        assert expected == ("ferry" if outlet == "Bay Herald" else None)
        reader(harbour).outlet_chosen(outlet)
        await search(pilot, "fery")
        await pilot.press("ctrl+y")  # as typed: the article list would show the offer's
        await settle(pilot)
        assert reader(harbour).search_text == "fery"
        await pilot.press("tab")
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(harbour.screen, QuotesScreen))
        await settle(pilot)
        note = str(panel(harbour).query_one("#quote-note").render())
        assert ("Did you mean: ferry?" in note) == (expected is not None), note
        assert "Did you mean" in note or expected is None
