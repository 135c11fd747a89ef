"""Under an outlet filter with no query the status line counts the list, not the corpus
alone: "1 of 4 articles" (fx116: "70 articles │ 5 unread" while the list held 6 rows, the
first count the corpus's and the second the list's)."""

from __future__ import annotations

import re

import pytest
from textual.widgets import Static

from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.widgets.status_line import SEPARATOR


def _line(app: BroadsheetApp) -> list[str]:
    return str(reader(app).query_one("#status", Static).render()).split(SEPARATOR)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_an_outlets_list_is_counted_of_the_corpus(
    app: BroadsheetApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(app)
        corpus = screen.library.article_count() if screen.library else 0
        assert f"{corpus} articles" in _line(app)  # no filter: the corpus's count alone
        outlets = sorted({hit.source for hit in screen.articles.hits if hit.source})
        assert outlets
        for outlet in outlets:
            screen.outlet_chosen(outlet)  # as the outlet picker answers
            await settle(pilot)
            rows = screen.articles.hits
            assert rows and all(hit.source == outlet for hit in rows)
            said = [part for part in _line(app) if re.fullmatch(r"\d+ of \d+ articles", part)]
            assert said == [f"{len(rows)} of {corpus} articles"], _line(app)  # what it shows
            assert f"outlet: {outlet}" in _line(app) or size[0] == 80
        screen.outlet_chosen("")  # every outlet again: the corpus's count alone
        await settle(pilot)
        assert f"{corpus} articles" in _line(app), _line(app)


async def test_a_query_in_an_outlet_counts_its_hits_beside_the_corpus(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        outlet = next(hit.source for hit in screen.articles.hits if hit.source)
        screen.outlet_chosen(outlet)
        await settle(pilot)
        await search(pilot, "ceasefire")
        line = _line(app)
        assert not any(" of " in part and "articles" in part for part in line), line
        assert any(re.fullmatch(r"\d+ hits?", part) for part in line), line
