"""The quotes panel after a search (fx129): the query's words lit in the rows as the reading
pane lights them (nu53 #5), and going back to a panel computed before is instant (nu53 #7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.widgets import OptionList, Static

from index.library import Library
from tests.quote_rows import QUIET, ROWS
from tests.tui.conftest import reader, settle
from tests.tui.test_quotes_panel import app_of, panel
from tui.app import BroadsheetApp
from tui.quote_panels import forget_panels
from tui.screens.quotes import QuotesScreen


@pytest.fixture
def quoted_app(tmp_path: Path) -> BroadsheetApp:
    forget_panels()
    return app_of(tmp_path, ROWS)


def lit_words(app: BroadsheetApp) -> list[str]:
    """The stretches of the headings styled as matches (a background the plain text has not)."""
    screen = panel(app)
    match = screen.get_component_rich_style("quotes-screen--match", partial=True)
    found = []
    for option in screen.query_one(OptionList).options:
        prompt = option.prompt
        if not isinstance(prompt, Text) or not option.disabled:  # headings only
            continue
        for span in prompt.spans:
            if span.style == match:
                found.append(prompt.plain[span.start : span.end])
    return found


async def test_the_querys_words_are_lit_in_the_quote_and_the_speaker(
    quoted_app: BroadsheetApp,
) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"blossoms berg", "enter")  # stems: "blossoms" lights "blossom"
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert [g.speaker for g in panel(quoted_app).groups] == ["Tom Berg"]
        assert lit_words(quoted_app) == ["blossom", "Berg"]


async def test_a_phrase_lights_where_it_stands_and_its_words_nowhere_else(
    quoted_app: BroadsheetApp,
) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"half of the blossom"', "enter")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert lit_words(quoted_app) == ["half of the blossom"]


async def test_the_whole_corpus_panel_comes_back_without_being_made_again(
    quoted_app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Any] = []
    quotes = Library.quotes

    def counted(self: Library, *args: Any, **kwargs: Any) -> Any:
        made.append(args)
        return quotes(self, *args, **kwargs)

    monkeypatch.setattr(Library, "quotes", counted)
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        first = [str(o.prompt) for o in panel(quoted_app).query_one(OptionList).options]
        assert len(made) == 1
        await pilot.press("down")
        read = panel(quoted_app).query_one(OptionList).highlighted
        await pilot.press("enter")  # read that row's article, then back
        await settle(pilot)
        assert not isinstance(quoted_app.screen, QuotesScreen)
        await pilot.press("escape")
        await pilot.pause()
        note = str(panel(quoted_app).query_one("#quote-note", Static).render())
        assert "Finding quotes" not in note  # there at once, from the panel kept
        await settle(pilot)
        assert len(made) == 1
        again = [str(o.prompt) for o in panel(quoted_app).query_one(OptionList).options]
        assert again == first
        assert panel(quoted_app).query_one(OptionList).highlighted == read
        # keys typed right after the esc act on the panel they were typed for
        await pilot.press("escape", "slash", *"frost")
        await settle(pilot)
        assert reader(quoted_app).search_text == "frost"


async def test_a_respelling_that_stops_leaves_the_panel_empty_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rv58: the respelling's search ran outside the worker's try: when it stopped (5 s on a
    loaded machine) the worker failed, and the panel said "quotes failed: query stopped
    after 5 s; make it narrower (a bug: QueryTooSlow)" for a query that merely matched
    none."""
    from index.search.limits import QueryTooSlow
    from tui.screens import quotes

    def stopped(*_: Any, **__: Any) -> str | None:
        raise QueryTooSlow("query stopped after 5 s; make it narrower")

    monkeypatch.setattr(quotes, "did_you_mean", stopped)
    quoted_app = app_of(tmp_path, [*ROWS, QUIET])  # c1 quotes no one (nu76: else its quotes)
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"orchard", "enter")  # in c1's text, which quotes no one
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        note = str(panel(quoted_app).query_one("#quote-note", Static).render())
        assert note.startswith("No quote's words or speaker match the query."), note
        assert panel(quoted_app).groups == []
