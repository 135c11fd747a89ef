"""nu53 #10: after `enter` on a quote row the article opened scrolled a third of the way
to its quote, its title off the pane even when the quote was on the first screen. Now the
pane stays at the top (title, outlet, date) when the whole quote shows there, else its
first line comes under one line of what precedes it. Oracles: the quote's lit lines, the
pane's height, and the title's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import DERIVED
from index.store.build import rebuild
from tests.quote_rows import record, write_rows
from tests.tui.test_quote_jump_lit import SAID, jump, lit_in_view
from tui.app import BroadsheetApp
from tui.widgets.marks import first_lines
from tui.widgets.reading_pane import QUOTE_MARK

TITLE = "Story long"  # `record`'s title


def app_with(tmp_path: Path, before: int) -> BroadsheetApp:
    """One long article whose quote comes after ``before`` paragraphs, and a short one."""
    filler = [f"Paragraph {n} says nothing much about the port." for n in range(80)]
    body = "\n\n".join([*filler[:before], f'"{SAID}," Mayor Anna Keller said.', *filler])
    rows = [
        record("long", "Harbour Times", "2021-05-04", body),
        record("short", "Port Gazette", "2021-05-05", "The ferry ran late on Tuesday."),
    ]
    corpus = write_rows(tmp_path / "long", rows)
    rebuild(corpus, tmp_path / "index", derived=DERIVED)
    return BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")


@pytest.mark.parametrize("before", [0, 2, 5, 30])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_title_shows_when_the_quote_is_on_the_first_screen(
    tmp_path: Path, before: int, size: tuple[int, int]
) -> None:
    app = app_with(tmp_path, before)
    async with app.run_test(size=size) as pilot:
        pane = await jump(pilot, app, read_first=False)
        assert pane.article is not None and pane.article.id == "long"
        assert lit_in_view(pane)
        lines = pane.layout_.lines
        first = first_lines(lines, QUOTE_MARK)[0]
        last = max(n for n in range(len(lines)) if first_lines(lines[n : n + 1], QUOTE_MARK))
        height = pane.scrollable_content_region.height
        top = int(pane.scroll_offset.y)
        if last < height:  # the whole quote on the first screen: the head shows
            assert top == 0
            assert any(TITLE in line.plain for line in lines[:height])
        else:
            assert top in (first - 1, first - 2)  # the line of text before it
            assert lines[top].plain.strip(), [line.plain for line in lines[top:first]]
        border = str(pane.border_title or "")
        if top > 0:  # the head off the pane: the top border says it
            assert border == f"{TITLE} · Harbour Times · 4 May 2021", border
            await pilot.press("home")
            await pilot.pause()
            assert not pane.border_title  # back at the top: the head itself shows
        else:
            assert TITLE not in border
        if before == 0:  # the quote the lede: the title above it
            assert top == 0
        if before >= 30:
            assert top > 0, (before, top, first, last, height)
