"""fx138 (nu56 #4): `n` in the stories list said "No matches in this article" (twice for
`n n`), of an article the user never opened. There the pane shows the story under the
cursor's best match for the query (its first, before issue 16 #4), lit: `n` steps through
its matches when it has some; else the toast says why there is nowhere to go (no query,
no story listed), never the article list's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tests.tui.test_story_preview_best_nu69 import stories_for
from tui.app import BroadsheetApp

PANE_WORDS = "No matches in this article"


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def stepped(app: BroadsheetApp, query: str) -> tuple[list[str], int, int, str | None]:
    """`S`, the query (enter: to the list), `n`: the toasts, the pane's matches and its
    current one, and the first article of the story under the cursor."""
    async with app.run_test(size=(120, 40)) as pilot:
        await stories_for(pilot, query)
        await pilot.press("n")
        await settle(pilot)
        screen = reader(app)
        story = screen.story_list.current
        said = [
            str(note.message) for note in app._notifications if "index" not in str(note.message)
        ]
        return said, screen.pane.match_count, screen.pane.current_match, story and story.first


@pytest.mark.parametrize(
    ("query", "toast"),
    [
        ("spas", None),  # the story's first article has matches: n goes to the first
        ("talley", None),  # its first (the wire's) has none: its best match is shown
        ("", "No query to step through: / searches, then n and N go to its matches"),
        ("eclipse", "No story is listed: n and N step through a story's article"),
    ],
)
async def test_n_in_the_stories_list_says_where_its_matches_are(
    news: BroadsheetApp, query: str, toast: str | None
) -> None:
    said, total, current, first = await stepped(news, query)
    assert PANE_WORDS not in said
    if toast is None:
        assert total > 0 and current == 0 and said == []
    else:
        assert total == 0 and current == -1 and said == [toast]
    if query == "talley":  # matched by its other article, the paper's (it said "No matches
        assert first == "boulder-wire"  # in the story's first article" before issue 16 #4)
