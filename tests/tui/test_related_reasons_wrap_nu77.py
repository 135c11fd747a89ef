"""The related dialog (`r`) shows each row's why whole, wrapped under it, at 80x24 too
(nu77 #3: "outlet · day · score · same story; shared passage; same day; strike, ..." was
cut with "…" at the dialog's edge, and the reasons, last on the line, were what went).

Oracle: the row's words, joined, are the outlet, day, score and `RelatedArticle.reasons`
whole; no line is wider than the list's rows (`content_width`), in cells."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList

from index.library import default_derived
from index.models import RelatedArticle
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.dialogs.related import RelatedDialog
from tui.widgets.story_list import content_width

TERMS = ("dockworkers", "harbourmaster", "longshoremen", "containerisation")


def related(number: int, outlet: str) -> RelatedArticle:
    return RelatedArticle(
        id=f"r{number}",
        title=f"A very long headline about the harbour strike, number {number}, and more " * 2,
        source=outlet,
        date=datetime(2021, 5, 4 + number),
        score=0.87,
        same_story=True,
        shared_terms=TERMS,
        shared_passage=True,
        same_day=False,
        likeness=0.9,
        days_apart=number + 2,
    )


ROWS = [related(1, "The Valley Gazette and Evening Chronicle"), related(2, "北京新闻社东京")]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 24)])
async def test_the_reasons_are_shown_whole_within_the_rows(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    corpus = write_corpus(tmp_path / "news", {"port.txt": "Port strike\n\nDockers walked out."})
    rebuild(corpus, tmp_path / "index", derived=default_derived())
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        library = reader(app).library
        assert library is not None
        app.push_screen(RelatedDialog(library.article("port.txt"), ROWS))
        await settle(pilot)
        await pilot.pause()
        options = app.screen.query_one("#related-options", OptionList)
        width = content_width(options)
        assert width is not None
        for index, row in enumerate(ROWS):
            prompt = options.get_option_at_index(index).prompt
            lines = str(prompt).split("\n")
            assert all(cell_len(line) <= width for line in lines), (lines, width)
            said = " ".join(" ".join(lines[1:]).split())  # the lines under the title
            assert said == f"{row.source} · {row.date:%Y-%m-%d} · 0.87 · {row.reasons}", lines
            assert lines[0].startswith("● A very long headline"), lines
