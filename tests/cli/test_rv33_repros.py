"""rv33 review repros (issue 16 follow-ups): each test states the behaviour a follower
expects; an xfail marks a finding not fixed yet (strict: it fails once fixed, so drop the
mark then)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.analysis.story_build import _story_names
from tests.cli.test_following_cli import boulder_story, following
from tests.cli.test_following_moves import EARLY, story_ids
from tests.cli.test_stories_cli import news, run
from tests.story_corpus import CORPUS, write_corpus

__all__ = ["news"]  # the corpus fixture


def test_a_no_stories_build_between_keeps_the_followed_id(news: Path) -> None:
    """Follow; an update puts an earlier article in the story (its id is no longer its
    founder's); `rebuild --no-stories`; `rebuild`: the followed story should keep its id."""
    story = boulder_story()
    assert run("follow", story)[0] == 0
    write_corpus(news / "news.jsonl", (*CORPUS, EARLY))
    assert run("index", "update")[0] == 0
    assert story_ids()[EARLY.id] == story
    assert run("index", "rebuild", "--no-stories")[0] == 0
    assert run("index", "rebuild")[0] == 0
    [entry] = following()
    assert entry["gone"] is False, entry  # was: gone, its articles 'moved' to a new id
    assert story_ids()[EARLY.id] == story


def test_two_no_stories_builds_between_keep_the_followed_id(news: Path) -> None:
    """The generation with stories is pruned after two more builds: a no-stories one
    carries the live stories' ids (`generations.CARRIED`), so they still reach the rebuild."""
    story = boulder_story()
    assert run("follow", story)[0] == 0
    write_corpus(news / "news.jsonl", (*CORPUS, EARLY))
    assert run("index", "update")[0] == 0
    for _ in range(2):
        assert run("index", "rebuild", "--no-stories")[0] == 0
    assert run("index", "rebuild")[0] == 0
    [entry] = following()
    assert entry["gone"] is False, entry
    assert story_ids()[EARLY.id] == story


def test_an_old_id_does_not_go_to_a_remnant_among_other_stories_articles() -> None:
    """`_story_names`: old story A = a1..a3, B = b1..b3. Rebuilt, a1, a2 join B's story;
    a3 is grouped with two articles new to the index. A's largest share is in B's story,
    where it is 2 of the 5 articles the old stories had: A's id ends (its articles are
    told as moved), and the remnant {a3, n1, n2} gets a new id, not A (rv33 #3)."""
    ids = ["a1", "a2", "b1", "b2", "b3", "a3", "n1", "n2"]
    labels = np.array([0, 0, 0, 0, 0, 1, 1, 1])
    founders = np.array([0, 5])
    old = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "b3": "B"}

    class Previous:
        def story_of(self, article_id: str) -> str | None:
            return old.get(article_id)

    first, second = _story_names(labels, founders, ids, Previous())
    assert first == "B"
    assert second not in {"A", "B"}
