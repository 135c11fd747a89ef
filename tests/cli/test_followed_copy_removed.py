"""Deleting one of two exact copies in a followed story tells nothing (fx39 #4c, fs34): the
text is still there. It was told "1 new; 1 left": the notebook recorded only the counted
article, so the copy that now stood for the text looked new and the deleted one gone."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.cli.test_following_cli import boulder_story, following
from tests.cli.test_stories_cli import news, run
from tests.story_corpus import BOULDER, CORPUS, write_corpus

__all__ = ["news"]

COPY = dataclasses.replace(BOULDER[0], id="boulder-wire-again")
"""The same text from the same outlet: an exact copy of Boulder's first article."""


@pytest.mark.parametrize("counted", [True, False])
def test_deleting_one_of_two_copies_tells_nothing(news: Path, counted: bool) -> None:
    write_corpus(news / "news.jsonl", (*CORPUS, COPY))
    assert run("index", "update")[0] == 0
    story = boulder_story()
    code, out, _ = run("stories", "--json")
    [entry] = [s for s in json.loads(out) if s["id"] == story]
    [copy] = entry["copies"]  # which of the two stands for the text is the index's choice
    assert run("follow", story)[0] == 0
    gone = next(i for i in (BOULDER[0].id, COPY.id) if (i != copy) == counted)
    write_corpus(news / "news.jsonl", [a for a in (*CORPUS, COPY) if a.id != gone])
    code, out, err = run("index", "update")
    assert code == 0, out + err
    assert "Gunman" not in out, out  # no news of the followed story
    [entry] = following()
    assert entry["new"] == [] and entry["removed"] == [] and entry["moved"] == []
    code, out, _ = run("follow", story)  # seen: the story's one text, as before
    assert "(2 articles seen)" in out
