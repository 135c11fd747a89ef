"""h with text selected in the pane highlights exactly that passage (anchored like the others)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.style import Style
from rich.text import Text
from textual.geometry import Offset
from textual.pilot import Pilot
from textual.selection import Selection

from index.notebook import ArticleRecord, Entry, Notebook, QuoteNotFound, anchor_at
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_feed_refresh import toasts
from tui.app import BroadsheetApp
from tui.notebook_ops import line_start, selection_anchor
from tui.screens.reader import ReaderScreen
from tui.widgets.article_layout import chunks
from tui.widgets.kept import PASSAGE_MARK
from tui.widgets.marks import first_lines

SENTENCE = (
    "The harbour council said on Thursday that it would vote again on the dredging budget "
    "next week, after two members asked for the cost of the new cranes to be checked."
)
BODY = "\n\n".join(
    (
        SENTENCE + " Dock workers welcomed the delay.",
        "Shipping companies had pressed for a quick decision all through the winter months.",
        SENTENCE + " The mayor did not comment.",
    )
)
TITLE = "Vote postponed"


@pytest.fixture
def twice(tmp_path: Path) -> BroadsheetApp:
    corpus = tmp_path / "news"
    corpus.mkdir()
    row = {"id": "twice", "title": TITLE, "body": BODY, "source": "Gazette"}
    (corpus / "news.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return BroadsheetApp(corpus, tmp_path / "index")


def test_a_fold_inside_a_word_and_repeats_are_read_right() -> None:
    body = "one supercalifragilistic word; later one supercalifragilistic word"
    first = selection_anchor(body, "supercali\nfragilistic  word", near=0)
    assert (first.start, first.exact) == (4, "supercalifragilistic word")
    second = selection_anchor(body, "supercali\nfragilistic  word", near=40)
    assert second.start == body.rindex("supercali")
    with pytest.raises(QuoteNotFound):
        selection_anchor(body, "not there", near=0)
    lines = ["Header", "one supercalifragilistic", "word; later one", "supercalifragilistic word"]
    assert [line_start(lines, body, k) for k in (1, 2, 3)] == [0, 25, 41]


async def opened(pilot: Pilot[Any]) -> ReaderScreen:
    await settle(pilot)
    assert isinstance(pilot.app, BroadsheetApp)
    screen = reader(pilot.app)
    await wait_until(pilot, lambda: screen.pane.article is not None)

    def laid_out() -> bool:
        return any("Shipping" in line.plain for line in screen.pane.layout_.lines)

    await wait_until(pilot, laid_out)
    return screen


def entry(tmp_path: Path) -> Entry | None:
    with Notebook.open(tmp_path / "index") as notebook:
        return notebook.entry("twice")


async def test_h_highlights_the_selected_passage_where_it_was_selected(
    twice: BroadsheetApp, tmp_path: Path
) -> None:
    async with twice.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        pane = screen.pane
        lines = [line.plain for line in pane.layout_.lines]
        starts = [k for k, line in enumerate(lines) if line.lstrip().startswith("The harbour")]
        assert len(starts) == 2  # the sentence opens the first and the third paragraph
        k = starts[1]
        column = lines[k].index("council")
        end = lines[k + 1].index(" ", 6)  # a few words into the next line
        selection = Selection(Offset(column, k), Offset(end, k + 1))
        pane.screen.selections = {pane: selection}
        await pilot.pause()
        selected = lines[k][column:] + "\n" + lines[k + 1][:end]
        assert pane.get_selection(selection) == (selected, "\n")

        await pilot.press("h")
        await settle(pilot)
        await pilot.press(*"checked", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: "twice" in screen.articles.kept)
        found = entry(tmp_path)
        assert found is not None
        [highlight] = found.highlights
        assert highlight.exact.split() == selected.split()  # exactly what was selected
        assert BODY[highlight.start : highlight.end] == highlight.exact
        assert highlight.start == BODY.rindex(SENTENCE) + SENTENCE.index("council")  # the 2nd
        assert highlight.note == "checked"
        assert pane.text_selection is None  # the selection was used up
        await wait_until(
            pilot, lambda: highlight.id in first_lines(pane.layout_.lines, PASSAGE_MARK)
        )
        assert first_lines(pane.layout_.lines, PASSAGE_MARK)[highlight.id] >= k


async def test_a_selection_outside_the_text_is_refused_in_one_line(
    twice: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = toasts(twice, monkeypatch)
    async with twice.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        pane = screen.pane
        lines = [line.plain for line in pane.layout_.lines]
        title = next(k for k, line in enumerate(lines) if TITLE in line)
        pane.screen.selections = {
            pane: Selection(Offset(0, title), Offset(len(lines[title]), title))
        }
        await pilot.pause()
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(twice.screen, ReaderScreen)  # no note prompt, no picker
        assert any(s == "warning" and "not in the article's text" in m for s, m in shown)
        assert entry(tmp_path) is None


def lit(lines: list[Text], highlight_id: int) -> str:
    """The text of the laid-out lines lit as highlight ``highlight_id``, lines joined."""
    pieces = []
    for line in lines:
        for span in line.spans:
            style = span.style
            if isinstance(style, Style) and style.meta.get(PASSAGE_MARK) == highlight_id:
                pieces.append(line.plain[span.start : span.end])
    return " ".join(pieces)


async def test_a_highlight_across_a_layout_chunk_is_lit_whole(tmp_path: Path) -> None:
    body = "\n\n".join(
        f"Paragraph {n} tells of the harbour, the council and its budget." for n in range(900)
    )
    boundary = len(next(chunks(body)))
    assert boundary < len(body) - 1000  # the article is laid out in several chunks
    corpus = tmp_path / "news"
    corpus.mkdir()
    row = {"id": "long", "title": "A long report", "body": body}
    (corpus / "news.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with Notebook.open(tmp_path / "index") as notebook:
        record = ArticleRecord("long", title="A long report")
        kept = notebook.highlight(record, anchor_at(body, boundary - 150, boundary + 150))
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = reader(app)
        await settle(pilot)
        await wait_until(
            pilot, lambda: screen.pane.layout_.complete and len(screen.pane.layout_.lines) > 900
        )
        await wait_until(
            pilot, lambda: kept.id in first_lines(screen.pane.layout_.lines, PASSAGE_MARK)
        )
        shown = lit(screen.pane.layout_.lines, kept.id)
        assert shown.split() == kept.exact.split()  # both sides of the chunk's end
        # only there: the same words elsewhere in the article are not lit
        assert body.count("tells of the harbour") > 100
