"""The quotes panel's "Did you mean: X?" is taken with ctrl+y, as the article and story lists
take theirs (nu69 #1: the panel offered a respelling and no key took it). ctrl+y lists the
respelling's quotes in the panel, of the outlet chosen; the footer shows the key only while
an offer stands, and help names it.

The oracle: the quotes of the respelling an article of the outlet carries
(`carried_by`, nu69's), in the library's order."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from index.library import Library
from tests.tui.conftest import reader, search, settle, wait_until
from tests.tui.test_quotes_outlet_nu69 import carried_by, harbour, panel
from tui import keymap
from tui.app import BroadsheetApp
from tui.screens.quotes import QuotesScreen

__all__ = ["harbour"]  # the fixture, shared


def footer_keys(screen: QuotesScreen) -> set[str]:
    return {key.key for key in screen.query(FooterKey)}


async def open_panel(app: BroadsheetApp, pilot: Pilot[Any], query: str, outlet: str | None) -> None:
    reader(app).outlet_chosen(outlet or "")
    await search(pilot, query)
    await pilot.press("ctrl+y")  # the article list: as typed (it showed the offer's hits)
    await settle(pilot)
    await pilot.press("tab")
    await pilot.press("q")  # the query's quotes: none
    await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen))
    await settle(pilot)


@pytest.mark.parametrize("outlet", ["Bay Herald", None])
async def test_ctrl_y_lists_the_respelling_offered(
    harbour: BroadsheetApp, outlet: str | None
) -> None:
    async with harbour.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(harbour).library
        assert isinstance(library, Library)
        expected = carried_by(library, "ferry", outlet)
        assert expected  # the offer lists some
        await open_panel(harbour, pilot, "fery", outlet)
        screen = panel(harbour)
        assert "Did you mean: ferry?" in str(screen.query_one("#quote-note").render())
        assert screen.check_action("accept_suggestion", ())
        assert "ctrl+y" in footer_keys(screen)
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: [g.text for g in panel(harbour).groups] == expected)
        heading = str(screen.query_one("#quote-heading").render())
        assert "'ferry'" in heading and (outlet is None or outlet in heading), heading
        assert "Did you mean" not in str(screen.query_one("#quote-note").render())
        assert not screen.check_action("accept_suggestion", ())  # none offered now
        await settle(pilot)
        assert "ctrl+y" not in footer_keys(screen)


async def test_no_offer_no_ctrl_y(harbour: BroadsheetApp) -> None:
    """Coast Wire runs no ferry: nothing offered, ctrl+y neither shown nor acting."""
    async with harbour.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_panel(harbour, pilot, "fery", "Coast Wire")
        screen = panel(harbour)
        note = str(screen.query_one("#quote-note").render())
        assert "Did you mean" not in note
        assert not screen.check_action("accept_suggestion", ())
        assert "ctrl+y" not in footer_keys(screen)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert panel(harbour) is screen and screen.scope.query == "fery"


def test_help_names_it() -> None:
    keys = [key for key in keymap.QUOTES if key.action == "accept_suggestion"]
    assert len(keys) == 1 and keys[0].keys == "ctrl+y" and "Did you mean" in keys[0].help
