"""`q` over a query none of whose quotes match lists the quotes of the articles it finds,
and its heading says so (nu74: "kabul airport" said "No quote's words or speaker match the
query" over articles full of quotes); a query whose quotes match lists them as before.
Oracle: the library's quotes of the query's hits (`Library.quotes(articles=...)`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from index.library import Library
from tests.quote_rows import OTHER, QUIET, QUOTE, ROWS
from tests.tui.conftest import reader, settle
from tests.tui.test_quotes_panel import app_of, heading, panel
from tui.app import BroadsheetApp
from tui.quote_panels import forget_panels

FOUND_IN = "Quotes in the 1 article the query 'growers' finds (no quote's own words or speaker"


def note(app: BroadsheetApp) -> str:
    return str(panel(app).query_one("#quote-note", Static).render())


def articles_quotes(app: BroadsheetApp, query: str) -> list[str]:
    """The oracle: the quotes of the articles ``query`` finds, as the library lists them."""
    library = reader(app).library
    assert isinstance(library, Library)
    hits = library.search(query, limit=None, count=False).hits
    assert hits and not library.quotes(query)  # articles found, no quote of the query's
    return [g.text for g in library.quotes(articles={h.id for h in hits})]


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    forget_panels()
    return app_of(tmp_path, [*ROWS, QUIET])


async def quotes_of(pilot: Pilot[Any], query: str) -> None:
    """Search ``query`` in the reader, then open the quotes panel (`q`)."""
    await settle(pilot)
    await pilot.press("slash", *query, "enter")
    await settle(pilot)
    await pilot.press("q")
    await settle(pilot)


async def test_the_articles_quotes_are_listed_when_none_of_the_querys_are(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await quotes_of(pilot, "growers")  # b1's body: not in its quote
        assert FOUND_IN in heading(app), heading(app)
        assert [g.text for g in panel(app).groups] == articles_quotes(app, "growers")
        assert [g.text for g in panel(app).groups] == [OTHER]
        assert note(app).startswith("1 quotation; enter opens"), note(app)
        await pilot.press("enter")  # its article, at the quote
        await settle(pilot)
        read = reader(app).pane.article
        assert read is not None and read.id == "b1"
        await pilot.press("escape")  # back: the panel as it was, kept, heading and all
        await settle(pilot)
        assert FOUND_IN in heading(app), heading(app)
        assert panel(app).query_one(OptionList).option_count == 2  # its heading, its row


async def test_a_query_whose_quotes_match_lists_them_as_before(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await quotes_of(pilot, "harbour fees")  # a1, a2's quote's words
        said = heading(app)
        assert said.startswith("Quotes the query 'harbour fees' finds (in their words"), said
        assert [g.text for g in panel(app).groups] == [QUOTE]


async def test_articles_that_quote_no_one_leave_the_panel_empty_and_said(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await quotes_of(pilot, "orchard")  # c1 quotes no one
        assert heading(app).startswith("Quotes the query 'orchard' finds"), heading(app)
        assert note(app).startswith("No quote's words or speaker match the query."), note(app)
        assert panel(app).groups == []
