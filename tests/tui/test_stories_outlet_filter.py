"""The outlet filter keeps, over the story list, the stories that outlet ran in, and the
status line says so (nu24 #2: `f` The New York Times, then `S`, listed every story under
"outlet: The New York Times"). Oracle: the library's own stories and each one's outlets."""

from __future__ import annotations

from pathlib import Path

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tests.tui.test_reader_status import status
from tests.tui.test_stories_refresh import listed
from tui.app import BroadsheetApp


async def test_the_outlet_filter_keeps_its_stories(tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    write_corpus(corpus / "news.jsonl")
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        library = reader(app).library
        assert isinstance(library, Library)
        every = library.stories()
        outlets = sorted({o for s in every for o in s.sources})
        # an outlet that ran in some stories, not all (else the filter would show nothing)
        outlet = next(o for o in outlets if 0 < sum(o in s.sources for s in every) < len(every))
        await pilot.press("S")
        await settle(pilot)
        assert set(listed(app)) == {frozenset(s.article_ids) for s in every}
        reader(app).outlet_chosen(outlet)  # as the outlet picker does
        await settle(pilot)
        expected = {frozenset(s.article_ids) for s in every if outlet in s.sources}
        assert set(listed(app)) == expected
        assert f"{len(expected)} stor" in status(app)
        assert f"stories with outlet: {outlet}" in status(app)
        await pilot.press("S")  # back to articles: the filter reads as before
        await settle(pilot)
        assert f"│ outlet: {outlet}" in status(app)
