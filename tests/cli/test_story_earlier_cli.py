"""`story` and its JSON name a close article outside the story that ran before its first
(issue 16, nu51 #1: NYT's report stood alone, three days before the story's "first"), as
``"earlier_outside"`` and an "earlier, not in this story:" line; the screen's head says it
on a line of its own. `related` is faked here: which article the grouping leaves out is the
clustering's (tuned elsewhere); the rule itself is `tests/index/test_story_earlier.py`'s."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from index.analysis.stories import StoryArticle
from index.library import Library
from index.models import RelatedArticle
from tests.analysis.test_stories import CORPUS, DAY
from tests.cli.test_stories_cli import run, story_id_of
from tests.story_corpus import write_corpus

EVE = StoryArticle(
    "eve",
    "Harbour ferry timetable changes for the spring",
    "The ferry company will run fewer crossings on weekdays from April, it said on Saturday.",
    "Night Desk",
    DAY - timedelta(days=2),
)


def fake_related(self: Library, article_id: str, limit: int = 10) -> list[RelatedArticle]:
    """The story's first lists EVE outside its story; EVE's nearest is of the story."""
    if article_id == "boulder-wire":
        row = RelatedArticle(
            "eve", EVE.title, EVE.source, EVE.date, 0.05, False, (), False, False, 0.3
        )
        return [row][:limit]
    if article_id == "eve":
        mate = RelatedArticle("boulder-paper", "", None, None, 0.05, False, (), False, False, 0.3)
        return [mate][:limit]
    return []


@pytest.fixture
def boulder(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    write_corpus(tmp_path / "news" / "news.jsonl", [*CORPUS, EVE])
    monkeypatch.setenv("BROADSHEET_CORPUS", str(tmp_path / "news"))
    assert run("index", "rebuild")[0] == 0
    story = story_id_of("boulder-wire")
    assert "eve" not in json.loads(run("story", story, "--json")[1])["articles"]
    monkeypatch.setattr(Library, "related", fake_related)
    return story


def test_story_json_names_the_earlier_article_outside(boulder: str) -> None:
    told = json.loads(run("story", boulder, "--json")[1])
    assert told["earlier_outside"] == [
        {"id": "eve", "source": "Night Desk", "date": "2021-03-20", "score": 0.05}
    ]
    assert told["first"]["id"] == "boulder-wire"  # the contract's keys stay as they were


def test_story_text_says_it_under_first(boulder: str) -> None:
    lines = run("story", boulder)[1].splitlines()
    at = next(k for k, line in enumerate(lines) if line.startswith("first: "))
    assert lines[at + 1] == f"earlier, not in this story: Night Desk 2021-03-20 {EVE.title}"


def test_a_story_with_none_has_an_empty_list(boulder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Library, "related", lambda self, article_id, limit=10: [])
    told = json.loads(run("story", boulder, "--json")[1])
    assert told["earlier_outside"] == []
    assert "not in this story" not in run("story", boulder)[1]


def test_export_story_json_says_it_as_story_json(boulder: str) -> None:
    exported = json.loads(run("export", "--story", boulder, "--format", "json")[1])
    told = json.loads(run("story", boulder, "--json")[1])
    assert exported["story"]["earlier_outside"] == told["earlier_outside"] != []
