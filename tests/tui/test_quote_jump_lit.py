"""After a jump to a quote (story `q`, a row, enter) the reader shows the quote lit and in
view, on the first jump after start too, and still after the article is loaded again (nu45
#7: the first jump once left the article at its top, and the quote was never lit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.library import DERIVED
from index.store.build import rebuild
from tests.quote_rows import record, write_rows
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.screens.quotes import QuotesScreen
from tui.widgets.marks import first_lines
from tui.widgets.reading_pane import QUOTE_MARK, ReadingPane

SAID = "The harbour will stay open all winter long"


@pytest.fixture
def long_app(tmp_path: Path) -> BroadsheetApp:
    filler = "\n\n".join(f"Paragraph {n} says nothing much about the port." for n in range(80))
    body = f'{filler}\n\n"{SAID}," Mayor Anna Keller said.\n\n{filler}'
    short = "The ferry ran late on Tuesday."  # listed first, shown first: no scroll bar
    rows = [
        record("long", "Harbour Times", "2021-05-04", body),
        record("short", "Port Gazette", "2021-05-05", short),
    ]
    corpus = write_rows(tmp_path / "long", rows)
    rebuild(corpus, tmp_path / "index", derived=DERIVED)
    return BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")


def lit_in_view(pane: ReadingPane) -> bool:
    """Whether the quote's first lit line is on screen and says the quote's words."""
    lines = pane.layout_.lines
    line = first_lines(lines, QUOTE_MARK).get(0)
    top = int(pane.scroll_offset.y)
    if line is None or not top <= line < top + pane.size.height:
        return False
    lit = "".join(
        lines[n].plain[span.start : span.end]
        for n in range(line, len(lines))
        for span in lines[n].spans
        if span.style and getattr(span.style, "meta", None) and QUOTE_MARK in span.style.meta
    )
    return " ".join(SAID.split()) in " ".join(lit.split())


async def jump(pilot: Pilot[Any], app: BroadsheetApp, *, read_first: bool) -> ReadingPane:
    """Jump to the quote from the corpus's quotes panel; ``read_first``: the long article
    read first (its quotes then), else from the list, the short article in the pane (the
    first jump after start that stayed at the top: the short one had no scroll bar yet)."""
    await settle(pilot)
    if read_first:
        await pilot.press("down")
        await settle(pilot)
        await pilot.press("enter")  # the pane has it, at the top
        await settle(pilot)
    await pilot.press("q")
    await settle(pilot)
    assert isinstance(app.screen, QuotesScreen)
    await pilot.press("enter")
    await settle(pilot)
    return reader(app).pane


@pytest.mark.parametrize("read_first", [False, True], ids=["first-thing", "while-reading"])
async def test_the_quote_is_lit_and_in_view_right_after_the_jump(
    long_app: BroadsheetApp, read_first: bool
) -> None:
    async with long_app.run_test(size=(120, 30)) as pilot:
        pane = await jump(pilot, long_app, read_first=read_first)
        assert pane.article is not None and pane.article.id == "long"
        assert pane.scroll_offset.y > 0
        assert lit_in_view(pane)


async def test_the_quote_stays_in_view_when_the_article_is_loaded_again(
    long_app: BroadsheetApp,
) -> None:
    """A second load of the same article (a late preview, a restore) lands at the quote
    again, not at the top; another article shown unlights it."""
    async with long_app.run_test(size=(120, 30)) as pilot:
        pane = await jump(pilot, long_app, read_first=False)
        reader(long_app)._load("long")
        await settle(pilot)
        assert lit_in_view(pane)
        article = pane.article
        pane.show(None, pane.highlighter)
        pane.show(article, pane.highlighter)
        await settle(pilot)
        assert pane.quote is None and pane.scroll_offset.y == 0
        assert first_lines(pane.layout_.lines, QUOTE_MARK) == {}


async def test_a_second_jump_lights_the_quote_again(long_app: BroadsheetApp) -> None:
    async with long_app.run_test(size=(120, 30)) as pilot:
        pane = await jump(pilot, long_app, read_first=False)
        await pilot.press("home")
        await settle(pilot)
        assert pane.scroll_offset.y == 0
        pane = await jump(pilot, long_app, read_first=False)
        assert lit_in_view(pane)


async def test_a_jump_to_a_quote_whose_article_is_gone_says_so(long_app: BroadsheetApp) -> None:
    """The panel's row points at an article an `index update` removed since (rv50): the jump
    said nothing, the pane kept the article it had and the focus went there. Now it says why."""
    from tui.screens.quotes import QuoteTarget

    async with long_app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        shown = reader(long_app).pane.article
        reader(long_app).quote_jump.go(QuoteTarget("removed-since", 0, 5))
        await settle(pilot)
        said = [str(n.message) for n in long_app._notifications]
        assert any("gone from the index" in line for line in said), said
        assert reader(long_app).pane.article == shown


async def test_the_article_shown_before_the_jump_laid_out_meanwhile_says_nothing(
    long_app: BroadsheetApp,
) -> None:
    """The article in the pane finishes a layout (its first, a resize) while the quote's
    article is still loading (rv50): it warned "The quote is no longer where it was" about
    an article the quote is not in. Now only the quote's own article's layout scrolls."""
    async with long_app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        pane = reader(long_app).pane
        assert pane.article is not None and pane.article.id == "short"
        pane.to_quote("long", 3000, 3040)  # asked; "long" not loaded yet
        pane.relayout()  # the short article laid out again meanwhile
        await settle(pilot)
        said = [str(n.message) for n in long_app._notifications]
        assert not any("no longer where it was" in line for line in said), said
