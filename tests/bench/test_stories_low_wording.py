"""`bench.stories_low_wording` (st54): each story's best pair and shared passages."""

from __future__ import annotations

from datetime import datetime

from bench.stories_low_wording import rows
from index.analysis.stories import StoryParams
from index.models import Article

DAY = datetime(2021, 7, 1, 12)
STRIKE = (
    "Dock workers at the northern harbour walked out on Monday after talks over pay broke "
    "down, leaving dozens of container ships waiting at anchor outside the port. "
)


def article(key: str, source: str, title: str, body: str) -> Article:
    return Article(key, f"/c/{key}.txt", title, False, source, None, None, DAY, body)


def test_a_story_of_one_wording_shares_passages_and_alone_articles_are_no_story() -> None:
    found = rows(
        [
            article("a", "Paper", "Harbour strike halts port", STRIKE * 3),
            article("b", "Wire", "Port strike strands ships", STRIKE * 3),
            article("c", "Paper", "Orchestra opens season", "The city orchestra " * 20),
        ],
        StoryParams(),
    )
    assert [(r.ids, r.sources) for r in found] == [(["a", "b"], ["Paper", "Wire"])]
    assert found[0].best > 0.9 and found[0].passages >= 1
