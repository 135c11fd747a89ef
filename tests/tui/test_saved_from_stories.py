"""nu40 #8: a search saved from the stories list counted every hit new (`saved run` said
"30 new" right after): it took the article list's rows, not this query's hits. Saving
records the hits the search has at that moment, as `saved add` does, whichever list."""

from __future__ import annotations

from pathlib import Path

from index.notebook import Notebook
from tests.tui.conftest import palette_offers, reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.notebook_ops import hit_ids, run_saved


async def test_a_search_saved_from_the_stories_list_has_no_new_hits(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter", "S")  # the stories; the article list keeps "drought"'s rows
        await settle(pilot)
        screen = reader(app)
        assert screen.showing_stories
        await search(pilot, "peacekeepers")
        await pilot.press("enter")
        await settle(pilot)
        assert [hit.id for hit in screen.articles.hits] == ["harvest.txt"]  # not this query's
        await pilot.press("ctrl+p", *"save this")
        await palette_offers(pilot, app, "Save this search")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"peace", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: bool(screen.saved_searches))
        [(saved, new)] = screen.saved_searches
        assert saved.query == "peacekeepers" and new == 0
        library = screen.library
        assert library is not None
        hits = hit_ids(run_saved(library, saved))
        assert len(hits) == 2
    with Notebook.open(built[1]) as notebook:
        [kept] = notebook.saved.all()
        assert kept.seen == len(hits)
