"""Keeping quotes for a paper (nu47 #9): `h` in the quotes panel keeps the row's quote in
the notebook with its speaker, and after enter opens an article at a quote, the reader's
`h` picker starts at the quote's paragraph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList

from tests.quote_rows import QUOTE, ROWS
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_palette_keys_fx96 import back_to, probe
from tests.tui.test_quotes_panel import app_of, panel
from tui.app import BroadsheetApp
from tui.dialogs.passage_picker import PassagePicker
from tui.dialogs.prompt import Prompt
from tui.quote_keep import DOUBLE_MARKS, SINGLE_MARKS, inside_marks
from tui.screens.notebook import NotebookScreen
from tui.screens.quotes import QuotesScreen, QuoteTarget


async def first_row(pilot: Pilot[Any], app: BroadsheetApp) -> QuoteTarget:
    """The panel over the list (the corpus's quotes): its first row, Anna Keller's quote in
    the first outlet's article."""
    await settle(pilot)
    await pilot.press("q")
    await settle(pilot)
    return panel(app).targets["q0-0"]


async def test_h_in_the_panel_keeps_the_quote_with_its_speaker(tmp_path: Path) -> None:
    app = app_of(tmp_path, ROWS)
    async with app.run_test(size=(120, 40)) as pilot:
        target = await first_row(pilot, app)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        await pilot.press("enter")  # no note
        main = reader(app)
        await wait_until(pilot, lambda: target.article in main.kept)
        assert isinstance(app.screen, QuotesScreen)  # kept from the panel, still in it
        assert main.library is not None
        with main.library.notebook() as notebook:
            (entry,) = notebook.notes()
        (kept,) = entry.highlights
        assert target.start < kept.start < kept.end < target.end
        assert (kept.speaker, kept.note) == ("Anna Keller", None)
        # the words, without the article's marks nor the comma before its closing mark, as
        # the panel shows them (nu65 #5: kept "…," while the panel showed no comma)
        assert kept.exact == QUOTE and not kept.exact.endswith(",")
        from index.notebook.exports import ExportFormat
        from tui import notebook_ops

        exported = notebook_ops.write_export([entry], ExportFormat("markdown"), tmp_path / "nb.md")
        assert f"{QUOTE}\n" in exported.read_text() or f"{QUOTE}”" in exported.read_text()
        assert f"{QUOTE}," not in exported.read_text()
        said = [n.message for n in app._notifications]
        assert any(m.startswith("Kept “") and m.endswith("said by Anna Keller") for m in said)
        await pilot.press("escape", "b")  # the notebook's row names the speaker
        await wait_until(pilot, lambda: isinstance(app.screen, NotebookScreen))
        items = app.screen.query_one("#notebook-items", OptionList)
        await wait_until(pilot, lambda: items.option_count > 0)
        rows = [str(option.prompt) for option in items.options]
        assert any(QUOTE[:20] in row and "” — Anna Keller" in row for row in rows), rows


async def test_h_after_a_quote_is_opened_starts_at_its_paragraph(tmp_path: Path) -> None:
    app = app_of(tmp_path, ROWS)
    async with app.run_test(size=(120, 40)) as pilot:
        target = await first_row(pilot, app)
        await pilot.press("enter")  # the article at the quote, the pane focused
        await settle(pilot)
        main = reader(app)
        assert main.pane.article is not None and main.pane.article.id == target.article
        assert main.pane.article.body.index("The port authority") == 0  # the quote is not first
        await pilot.press("h")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PassagePicker)
        start, end = picker.places[picker.chosen]
        assert start <= target.start < end


async def test_the_palette_offers_keeping_the_quote(tmp_path: Path) -> None:
    app = app_of(tmp_path, ROWS)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)

        async def in_panel() -> Screen[Any]:
            if not isinstance(app.screen, QuotesScreen):
                await back_to(pilot, 1)
                await pilot.press("q")
                await settle(pilot)
            assert isinstance(app.screen, QuotesScreen)
            return app.screen

        assert "quotes-keep" in await probe(pilot, in_panel)


MARKS = st.sampled_from(['"', "“", "”", "«", "»", "'", "‘", "’", " ", ""])


@given(
    before=st.lists(MARKS, max_size=3).map("".join),
    words=st.from_regex(r"[A-Za-z][A-Za-z ,.’']{0,30}[A-Za-z.,]", fullmatch=True),
    after=st.lists(MARKS, max_size=3).map("".join),
)
def test_a_kept_quote_is_its_words_without_the_marks(before: str, words: str, after: str) -> None:
    """The oracle: the words were built apart from the marks around them."""
    body = f"He said {before}{words}{after} today."
    start, end = 8, 8 + len(before + words + after)
    inner = body[slice(*inside_marks(body, start, end))]
    assert words.strip(" ").rstrip(" ,") in inner and inner in body[start:end]
    if after[-1:] not in SINGLE_MARKS or not after:  # "choose,’" may end on an apostrophe
        assert not inner.endswith(",") or not words.strip(" ,")  # as the panel shows it
    assert inner[:1] not in DOUBLE_MARKS and inner[-1:] not in DOUBLE_MARKS
