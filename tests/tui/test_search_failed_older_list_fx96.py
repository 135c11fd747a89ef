"""After a search fails (fx89's "⚠ search failed"), or a query is refused, the list still
holds the last query's hits: the status line says they are the last query's, and the list
is dimmed (rv44: "1 hit │ 2 matches" of the last query stood under "wheat"). The next
search that answers clears both."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import reader
from tests.tui.test_worker_bugs import BUG, failing, note, settle, status
from tui.app import BroadsheetApp
from tui.widgets.article_list import ArticleList


async def typed(pilot: Pilot[Any], text: str) -> None:
    """``text`` in the search bar at once (typing it would search its prefixes too)."""
    reader(pilot.app).search_box.value = text  # type: ignore[arg-type]
    await pilot.pause(0.3)  # the search waits for a pause in typing
    await settle(pilot)


async def test_the_hits_left_by_a_failed_search_are_said_to_be_the_last_querys(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing(monkeypatch, "search")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await typed(pilot, "peacekeepers")
        listed = reader(app).query_one(ArticleList)
        assert "2 hits" in status(app) and not listed.has_class("-older")
        await typed(pilot, BUG)
        assert note(app).startswith("⚠ search failed")
        line = status(app)
        assert "│ 2 hits of the last query │ sort: relevance │" in line, line
        assert listed.has_class("-older")
        await typed(pilot, "wheat")  # a search that answers: its own hits, said plainly
        line = status(app)
        assert "last query" not in line and "│ 1 hit │" in line, line
        assert not listed.has_class("-older")


async def test_a_refused_query_says_so_too(app: BroadsheetApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await typed(pilot, "date:2017-02-30")  # no such day: refused, the list stays
        assert note(app).startswith("⚠"), note(app)
        line = status(app)
        assert "all articles listed still │ sort: newest first" in line, line
        assert reader(app).query_one(ArticleList).has_class("-older")


async def test_a_refused_query_leaves_no_match_count_on_the_status_line(app: BroadsheetApp) -> None:
    """rv48: after a refused query the line read "6 hits of the last query │ … │ 18 matches
    (n/N)": the hits were said to be the last query's, the matches (of the same last query,
    in the article shown) were not. The line speaks of neither once the bar's query is
    refused; the next search that answers says its matches again."""
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await typed(pilot, "peacekeepers")
        await pilot.pause(0.3)
        assert "match" in reader(app).pane.border_subtitle  # said there alone (nu70 #7)
        await typed(pilot, '"peacekeepers')  # an unclosed quote: refused, the list stays
        assert note(app).startswith("⚠"), note(app)
        line = status(app)
        assert "2 hits of the last query" in line and "match" not in line, line
        await typed(pilot, "peacekeepers")
        await pilot.pause(0.3)
        assert "last query" not in status(app) and "match" not in status(app), status(app)
        assert "match" in reader(app).pane.border_subtitle
