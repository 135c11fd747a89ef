"""An article list's row gave the day only (nu48 #12): a wire desk reads the hour, so a row
gives the time (UTC) where the text states one, and the day alone where it states none (a
naive midnight is a day: `index.when.has_time`). The oracle: the row's date reads back as
the article's date to the minute, or as its day; the row fits the list at 80 columns."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult

from index.models import Hit
from tui.widgets.article_list import ArticleList
from tui.widgets.row_meta import list_date

moments = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31))


@settings(max_examples=300)
@given(when=moments)
def test_the_row_date_reads_back(when: datetime):
    said = list_date(when)
    if when.time() == datetime.min.time():
        assert said == when.strftime("%Y-%m-%d")  # a day alone
    else:
        assert datetime.strptime(said, "%Y-%m-%d %H:%M") == when.replace(second=0, microsecond=0)
    assert list_date(None) == "date unknown"


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")


async def test_a_timed_row_fits_at_80_columns() -> None:
    """The list is as wide as the screen below 100 columns; here it stands alone."""
    rows = [
        Hit("a1", "USAIR WINS COURT ORDER AGAINST TWA", False, "The Washington Post",
            datetime(1987, 3, 4, 15, 10, 31), 0.0),
        Hit("a2", "Dated by day", False, "Reuters", datetime(1987, 3, 4), 0.0),
    ]  # fmt: skip
    app = ListApp()
    async with app.run_test(size=(80, 24)) as pilot:
        articles = app.query_one(ArticleList)
        articles.show(rows, with_snippets=False)
        await pilot.pause()
        width = articles.scrollable_content_region.width
        lines = [articles.line_at(k) for k in range(2 * articles.row_height)]
        said = [line.plain.rstrip() for line in lines if line is not None]
        assert "  The Washington Post · 1987-03-04 15:10" in said
        assert "  Reuters · 1987-03-04" in said
        assert all(line.cell_len <= width and "…" not in line.plain for line in lines if line)
