"""nu18 #10: a list snippet was cut in its match ("…areas of Oro…")."""

from __future__ import annotations

import pytest

from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp


@pytest.mark.parametrize("size", [(120, 40), (100, 30)])
async def test_a_snippet_shows_its_match_whole(app: BroadsheetApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await search(pilot, "monitor")
        articles = reader(app).articles
        await wait_until(pilot, lambda: bool(articles.snippets))
        await settle(pilot)
        rows = articles.row_height
        assert rows == 3
        lines = [articles.line_at(k * rows + 2) for k in range(len(articles.hits))]
        shown = [line.plain for line in lines if line is not None]
        assert shown and all("monitor" in line.lower() for line in shown), shown
