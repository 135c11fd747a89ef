"""nu40 #15: `f` counted the whole corpus while the list held a query's hits; it counts
the hits of the query listed (its title says so), the corpus when no query is."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import Label, OptionList

from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker, picker_title
from tui.screens.reader_outlets import hit_counts, hit_outlets


def offered(app: BroadsheetApp) -> dict[str, str]:
    options = app.screen.query_one(OptionList).options
    return {str(o.id): str(o.prompt) for o in options}


async def test_the_picker_counts_the_hits_of_the_query_listed(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        whole = offered(app)
        assert "articles in the corpus" in str(app.screen.query_one(Label).render())
        await pilot.press("escape")
        await search(pilot, "ceasefire")
        await pilot.press("enter")
        screen = reader(app)
        hits = Counter(hit.source for hit in screen.articles.hits if hit.source)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await settle(pilot)
        assert "hits for “ceasefire”" in str(app.screen.query_one(Label).render())
        counted = {name: prompt for name, prompt in offered(app).items() if name}
        assert set(counted) == set(hits) and set(hits) <= set(whole)
        for name, prompt in counted.items():
            assert prompt.endswith(f"  {hits[name]:,}")


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=30))
def test_the_title_names_what_is_counted(query: str) -> None:
    said = picker_title(query).plain
    assert ("hits for" in said) == bool(query)


async def test_hit_outlets_agree_with_the_hits(app: BroadsheetApp) -> None:
    """The oracle: the outlets of the hits a search lists whole, counted."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(app).library
        assert library is not None
        for query in ("ceasefire", "peacekeepers", "drought", "markets OR harvest"):
            hits = library.search(query, limit=None).hits
            expected = Counter(hit.source for hit in hits if hit.source)
            assert dict(hit_outlets(library, query)) == dict(expected)


async def test_f_twice_while_counting_opens_one_picker(app: BroadsheetApp) -> None:
    """rv41 #3: the counting worker is `exclusive`, but a thread is not stopped by that: on a
    slow count (a large corpus), `f f` stacked two pickers, and esc left the second one."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "ceasefire")
        await pilot.press("enter")
        await settle(pilot)
        library = reader(app).library
        assert library is not None
        whole = library.search

        def slow(*args: Any, **kwargs: Any) -> Any:  # a whole search of a large corpus
            if kwargs.get("limit", 0) is None:
                time.sleep(0.5)
            return whole(*args, **kwargs)

        library.search = slow  # type: ignore[method-assign]
        await pilot.press("f", "f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await pilot.pause(1.2)
        await settle(pilot)
        pickers = [s for s in app.screen_stack if isinstance(s, SourcePicker)]
        assert len(pickers) == 1


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=30), st.integers(min_value=0, max_value=5000))
def test_the_title_says_how_many_hits_name_no_outlet(query: str, unknown: int) -> None:
    """nu52 #3: 14 hits, 12 outlets x 1 listed: the 2 hits that name no outlet had no word."""
    said = picker_title(query, unknown).plain
    what = "hit" if query else "article"  # with no query, the corpus's (fx128)
    plural = f"{what} names" if unknown == 1 else f"{what}s name"
    assert (f"{unknown:,} {plural} no outlet" in said) == bool(unknown)


async def test_the_picker_says_the_hits_with_no_outlet(app: BroadsheetApp) -> None:
    """The oracle: the hits a whole search lists with no outlet, counted."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(app).library
        assert library is not None
        for query in ("ceasefire", "drought", "markets OR harvest"):
            hits = library.search(query, limit=None).hits
            counts, unknown = hit_counts(library, query)
            assert unknown == sum(1 for hit in hits if not hit.source)
            assert sum(n for _, n in counts) + unknown == len(hits)
        whole = library.search

        def some_unnamed(*args: Any, **kwargs: Any) -> Any:  # two hits name no outlet
            found = whole(*args, **kwargs)
            for hit in found.hits[:2]:
                object.__setattr__(hit, "source", None)
            return found

        library.search = some_unnamed  # type: ignore[method-assign]
        await search(pilot, "ceasefire")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await settle(pilot)
        assert "2 hits name no outlet" in str(app.screen.query_one(Label).render())
