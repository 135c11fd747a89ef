"""A followed story's possible follow-ups (fu34, nu36 #9): later articles outside it that
`related` finds close to it, in `following`, its JSON and an update's news."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from index.analysis.stories import StoryArticle
from index.analysis.story_followups import FOLLOWUP_FLOOR
from tests.analysis.test_stories import DAY
from tests.cli.test_following_cli import boulder_story, following
from tests.cli.test_stories_cli import news, run
from tests.story_corpus import BOULDER, CORPUS, record

__all__ = ["news"]

FOLLOW_UP = StoryArticle(
    "boulder-week-on",
    "Boulder King Soopers supermarket shooting: gunman charged with ten murders",
    "A week after the gunman opened fire at the King Soopers supermarket in Boulder, "
    "Colorado, killing ten people including police officer Eric Talley, the suspect was "
    "charged with ten counts of murder, authorities said.",
    "Paper F",
    DAY + timedelta(days=7),
)
"""A report a week on: too late for the story's window, close to it."""
UNRELATED = StoryArticle(
    "harbour-week-on",
    "Harbour cranes arrive after budget vote",
    "The new cranes for the harbour arrived by barge; the council's dredging plan is next.",
    "Gazette",
    DAY + timedelta(days=6),
)
"""A later article on another subject."""
EARLIER = StoryArticle(
    "boulder-before",
    "King Soopers supermarket in Boulder, Colorado reopens after repairs",
    "The King Soopers supermarket in Boulder, Colorado reopened, police officer Eric Talley "
    "said; ten people queued.",
    "Paper G",
    DAY - timedelta(days=6),
)
"""An article close to the story but dated before it: not a follow-up."""
FOLLOWUP_KEYS = {"article", "title", "source", "date", "likeness"}


def add(corpus: Path, *articles: StoryArticle) -> None:
    """Write ``articles`` as a second file of the corpus."""
    lines = "".join(json.dumps(record(a)) + "\n" for a in articles)
    (corpus / "later.jsonl").write_text(lines, encoding="utf-8")


def test_a_later_close_article_is_listed_an_unrelated_or_inside_one_not(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story)[0] == 0
    [entry] = following()
    assert entry["followups"] == []  # nothing after it yet
    add(news, FOLLOW_UP, UNRELATED, EARLIER)
    code, out, err = run("index", "update")
    assert code == 0, err
    assert "1 possible follow-up" in out  # the update tells it ...
    code, again, _ = run("index", "update")
    assert code == 0 and "possible follow-up" not in again  # ... once
    [entry] = following()
    assert entry["story"] == story
    [later] = entry["followups"]  # type: ignore[misc]
    assert set(later) == FOLLOWUP_KEYS
    assert later["article"] == FOLLOW_UP.id and later["source"] == "Paper F"
    assert later["date"] == (DAY + timedelta(days=7)).date().isoformat()
    assert FOLLOWUP_FLOOR <= later["likeness"] <= 1.0
    assert later["article"] not in entry["articles"]  # type: ignore[operator]
    code, table, _ = run("following")
    assert code == 0 and "later, related (1 possible follow-up)" in table
    assert FOLLOW_UP.id in table and UNRELATED.id not in table and EARLIER.id not in table


def test_an_article_inside_the_story_is_no_follow_up(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story)[0] == 0
    [entry] = following()
    inside = set(entry["articles"])  # type: ignore[arg-type]
    assert inside >= {a.id for a in BOULDER}
    listed = {f["article"] for f in entry["followups"]}  # type: ignore[attr-defined]
    assert not listed & inside
    assert all(a.id not in listed for a in CORPUS)  # all of one day: none later than it


def test_a_list_cut_short_says_how_many_were_found() -> None:
    """nu48 #7: five follow-ups of seven read as "5 of 7"; a plain tuple found only its own."""
    from index.notebook import FollowUp, FollowUps
    from tui.followed_lines import followups_said, found_of

    later = FollowUp("a", "A", None, "1987-03-09", 0.4)
    assert followups_said(1) == "1 possible follow-up"
    assert followups_said(5, 7) == "5 of 7 possible follow-ups"
    assert followups_said(2, 2) == "2 possible follow-ups"
    assert found_of(FollowUps([later], 3)) == 3 and found_of((later,)) == 1
    assert FollowUps([later, later], 1).found == 2  # never fewer than it holds
