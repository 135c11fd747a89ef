"""A followed story is listed by `broadsheet stories` whatever its size, marked ★ (fs34,
issue 16): one shrunk to a single article was in no list but the notebook's."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_following_cli import boulder_story
from tests.cli.test_stories_cli import news, run
from tests.story_corpus import BOULDER, CORPUS, write_corpus

__all__ = ["news"]


def followed_shrunk(news: Path) -> str:
    """Follow the Boulder story, then update with all but its first article gone: its id."""
    story = boulder_story()
    assert run("follow", story)[0] == 0
    others = [a for a in CORPUS if a.id not in {b.id for b in BOULDER[1:]}]
    write_corpus(news / "news.jsonl", others)  # the story keeps one article
    code, out, err = run("index", "update")
    assert code == 0, out + err
    return story


def test_a_followed_story_of_one_article_is_still_listed(news: Path) -> None:
    story = followed_shrunk(news)
    code, out, _ = run("stories", "--json")
    listed = {s["id"]: s for s in json.loads(out)}
    assert listed[story]["articles"] == [BOULDER[0].id] and listed[story]["followed"] is True
    assert all(s["followed"] is False for k, s in listed.items() if k != story)
    assert all(len(s["articles"]) >= 2 for k, s in listed.items() if k != story)
    assert json.loads(out)[0]["id"] == story  # the followed first, not last (rv35 #11)
    code, out, _ = run("story", story, "--json")
    assert json.loads(out)["followed"] is True  # as `stories --json` says (rv35 #11)
    code, out, _ = run("stories", "--min-articles", "2", "--json")  # asked for: obeyed (#8)
    assert story not in {s["id"] for s in json.loads(out)}
    code, out, _ = run("stories")
    assert code == 0 and "★ " + BOULDER[0].title[:20] in out
    assert run("unfollow", story)[0] == 0
    code, out, _ = run("stories", "--json")
    assert story not in {s["id"] for s in json.loads(out)}  # not followed: too small again
    code, out, _ = run("story", story, "--json")
    assert json.loads(out)["followed"] is False
