"""A scare quote an article repeats is one row of the quotes panel, not two that read the same."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from index.analysis.quote_groups import Occurrence, QuoteGroup
from index.library import DERIVED
from index.store.build import rebuild
from tests.quote_rows import record, write_rows
from tests.tui.conftest import settle
from tui.app import BroadsheetApp
from tui.quote_text import occurrence_line, per_article
from tui.screens.quotes import QuotesScreen

REPEATS = record(
    "r1",
    "Harbour Times",
    "2021-05-04",
    'Ministers spoke of a "bridge-to-nowhere" on Monday.\n\n'
    "The plan has no date and no budget yet.\n\n"
    'Critics say the "bridge-to-nowhere" will never carry a car.',
)


def occurrence(article: str, start: int) -> Occurrence:
    return Occurrence(article, "AP", None, start, start + 3, "w", None, "same", ())


def test_an_article_carrying_a_quote_twice_is_one_row_counting_them() -> None:
    twice = (occurrence("a", 5), occurrence("b", 1), occurrence("a", 40))
    group = QuoteGroup("g", "w", None, twice, "a")
    rows = per_article(group)
    assert [(o.article, o.start, times) for o, times in rows] == [("a", 5, 2), ("b", 1, 1)]
    assert "(2 times in it)" in occurrence_line(group, *rows[0]).plain
    assert "times in it" not in occurrence_line(group, *rows[1]).plain


async def test_the_panel_shows_a_repeated_scare_quote_once(tmp_path: Path) -> None:
    corpus = write_rows(tmp_path / "repeats", [REPEATS])
    rebuild(corpus, tmp_path / "index", derived=DERIVED)
    app = BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
        shown = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert len(shown) == 2, shown  # the heading, and the article's one row
        assert "“bridge-to-nowhere”" in shown[0]
        assert "r1" in shown[1] and "(2 times in it)" in shown[1]


def test_the_times_in_an_article_have_thousands_separators() -> None:
    """nu31 #8: "(1460 times in it)", where the rest of the app says "39,000"."""
    many = tuple(occurrence("a", 5 + 10 * k) for k in range(1460))
    group = QuoteGroup("g", "w", None, (*many, occurrence("b", 1)), "a")
    rows = per_article(group)
    assert "(1,460 times in it)" in occurrence_line(group, *rows[0]).plain
