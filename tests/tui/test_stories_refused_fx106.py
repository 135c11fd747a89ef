"""Over stories, a refused query leaves no match count on the status line (rv48 #3: `S`,
then `"keystone` read "0 stories │ best first │ 8 matches (n/N)", the matches being the last
query's, lit in the article left in the pane). The next query that answers says its own
(on the pane's border alone since nu70 #7).
Over a corpus with stories: a query listing none leaves no article in the pane (fx169)."""

from __future__ import annotations

from pathlib import Path

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader
from tests.tui.test_search_failed_older_list_fx96 import typed
from tests.tui.test_stories_reader import show_stories
from tests.tui.test_worker_bugs import note, status
from tui.app import BroadsheetApp


async def test_a_refused_query_over_stories_leaves_no_match_count(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(160, 48)) as pilot:
        await show_stories(pilot)
        await typed(pilot, "atlanta")
        await pilot.pause(0.3)
        assert reader(app).showing_stories
        assert "match" in reader(app).pane.border_subtitle  # said there alone (nu70 #7)
        await typed(pilot, '"atlanta')  # an unclosed quote: refused
        line = status(app)
        assert "0 stories" in line and "match" not in line, (line, note(app))
        await typed(pilot, "atlanta")
        await pilot.pause(0.3)
        assert "match" in reader(app).pane.border_subtitle and "match" not in status(app)
