"""nu25 #7: an article whose file is deleted leaves the pane after `u`. Before, the list
went empty (the query matched it alone) while the pane went on showing it, and `p` pinned
it. An article still indexed stays (a search that lists nothing empties the pane, nu40
#14: its test is tests/tui/test_zero_hits_pane.py)."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp


async def test_the_pane_lets_go_of_an_article_deleted_by_an_update(
    app: BroadsheetApp, corpus_dir: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter")
        await settle(pilot)
        screen = reader(app)
        shown = screen.pane.article
        assert shown is not None and shown.title.startswith("Farmers count")
        (corpus_dir / "harvest.txt").unlink()
        await pilot.press("escape", "u")  # from the pane to the list, then update
        await settle(pilot)
        assert screen.articles.hits == []
        assert screen.pane.article is None


async def test_the_pane_keeps_its_article_when_another_is_deleted(
    app: BroadsheetApp, corpus_dir: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter")
        await settle(pilot)
        screen = reader(app)
        shown = screen.pane.article
        assert shown is not None and shown.id == "harvest.txt"
        others = [p for p in corpus_dir.iterdir() if p.name != Path(shown.path).name]
        others[0].unlink()
        await pilot.press("escape", "u")
        await settle(pilot)
        assert screen.pane.article is not None and screen.pane.article.id == shown.id
