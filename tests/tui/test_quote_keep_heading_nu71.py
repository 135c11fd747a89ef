"""nu70 #3: `h` on a quotes panel row kept the row's own version of the quote (an outlet's
clipped reprint) while the heading above it showed the whole quote. Now `h` keeps the
heading's words from the row's article when that article holds them (a4 opens on the
clipped words and later runs them whole), and the row's own words, said in the question,
when it does not (a3 ran the clipped words alone).

Oracle: whether the row's article body holds the heading's words (spaces aside)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import Label

from tests.quote_rows import CLIPPED, QUOTE, ROWS, record
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_quotes_panel import app_of, panel
from tui.app import BroadsheetApp
from tui.dialogs.prompt import Prompt
from tui.quote_keep import full_span
from tui.screens.quotes import QuotesScreen
from tui.screens.reader import ReaderScreen

BOTH = record(
    "a4",
    "Quay Daily",
    "2021-05-08",
    f'Dock workers cheered.\n\n"{CLIPPED}," Keller told them first. Later she said it all: '
    f'"{QUOTE}." The crowd left.',
)


async def opened(pilot: Pilot[Any], app: BroadsheetApp) -> tuple[QuotesScreen, ReaderScreen]:
    """The quotes panel `q` opens over the list, and the reader under it."""
    await settle(pilot)
    await pilot.press("q")
    await settle(pilot)
    return panel(app), reader(app)


async def test_h_keeps_the_headings_words_where_the_rows_article_holds_them(
    tmp_path: Path,
) -> None:
    app = app_of(tmp_path, [*ROWS, BOTH])
    async with app.run_test(size=(120, 40)) as pilot:
        quotes, main = await opened(pilot, app)
        library = main.library
        assert library is not None
        rows = {t.article: row for row, t in quotes.targets.items() if t.article[0] == "a"}
        assert set(rows) == {"a1", "a2", "a3", "a4"}, rows
        for article_id, row_id in rows.items():
            body = library.article(article_id).body
            holds = QUOTE in " ".join(body.split())  # the oracle
            options = quotes.query_one("#quote-list")
            options.highlighted = options.get_option_index(row_id)  # type: ignore[attr-defined]
            await pilot.press("h")
            await settle(pilot)
            await wait_until(pilot, lambda: isinstance(app.screen, Prompt))
            question = " ".join(str(app.screen.query_one(Label).render()).split())
            assert ("not in the article" in question) is not holds, question
            await pilot.press("enter")
            await wait_until(pilot, lambda a=article_id: a in main.kept)  # type: ignore[misc]
            await settle(pilot)
            with library.notebook() as notebook:
                entry = notebook.entry(article_id)
            assert entry is not None
            (kept,) = entry.highlights
            # the words (a2's period inside its marks is kept, as before)
            assert kept.exact.rstrip(".") == (QUOTE if holds else CLIPPED), (article_id, kept)
            assert kept.speaker == "Anna Keller"


WORD = st.text(st.sampled_from("abcé,."), min_size=1, max_size=6)


@given(
    words=st.lists(WORD, min_size=1, max_size=6),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", " \n "]), min_size=6, max_size=6),
    before=st.text(st.sampled_from("ab .\n"), max_size=20),
    after=st.text(st.sampled_from("ab .\n"), max_size=20),
    start=st.integers(0, 60),
)
def test_full_span_finds_the_words_whatever_spaces_stand_between(
    words: list[str], gaps: list[str], before: str, after: str, start: int
) -> None:
    full = " ".join(words)
    spread = "".join(w + gap for w, gap in zip(words, gaps, strict=False)).rstrip()
    body = before + " " + spread + " " + after
    span = full_span(body, full, start)
    assert span is not None
    assert " ".join(body[slice(*span)].split()) == full
    # the nearest of every place the words stand, spaces aside (the oracle: a regex scan)
    places = [m.start() for m in re.finditer(r"\s+".join(map(re.escape, words)), body)]
    assert abs(span[0] - start) == min(abs(p - start) for p in places)
