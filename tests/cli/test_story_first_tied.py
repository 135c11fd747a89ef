"""A story whose first articles tie (one day, no time given) names no one "first" (nu17 #3):
the CLI text says they tie, JSON keeps `first` and lists the tied ids in `first_tied`, in
`story --json` and (fx18a, issue 16) in each story of `stories --json`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from index.library import Library
from tests.analysis.test_stories import DAY
from tests.cli.test_stories_cli import run, stories, story_id_of
from tests.story_corpus import BOULDER, write_corpus

TIED = [dataclasses.replace(article, date=DAY) for article in BOULDER]  # both: the day alone


@pytest.fixture
def tied(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    corpus = tmp_path / "news"
    write_corpus(corpus / "news.jsonl", TIED)
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    code, out, _ = run("index", "rebuild")
    assert code == 0, out
    return story_id_of("boulder-wire")


def test_story_json_lists_the_tied_ids_and_keeps_first(tied: str) -> None:
    code, out, _ = run("story", tied, "--json")
    assert code == 0
    told = json.loads(out)
    assert set(told["first"]) == {"id", "source", "date"}  # the contract's keys stay
    assert sorted(told["first_tied"]) == ["boulder-paper", "boulder-wire"]
    assert told["first"]["id"] in told["first_tied"]


def test_stories_json_lists_the_same_tied_ids(tied: str) -> None:
    listed = next(s for s in stories() if s["id"] == tied)
    told = json.loads(run("story", tied, "--json")[1])
    assert listed["first_tied"] == told["first_tied"]
    assert sorted(listed["first_tied"]) == ["boulder-paper", "boulder-wire"]  # type: ignore[arg-type]
    assert listed["first"] == told["first"]


def test_story_text_says_they_tie_not_who_was_first(tied: str) -> None:
    code, out, _ = run("story", tied)
    assert code == 0
    first = next(line for line in out.splitlines() if line.startswith("first: "))
    assert first.startswith("first: 2 articles the same day, no time given, 2021-03-22: ")
    assert set(first.split(": ")[-1].split(", ")) == {"Wire A", "Paper B"}
    assert "followed" not in out


def test_one_first_leaves_first_tied_empty(tmp_path: Path, index_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    write_corpus(tmp_path / "news" / "news.jsonl", BOULDER)  # 20:00 and 23:00: one first
    monkeypatch.setenv("BROADSHEET_CORPUS", str(tmp_path / "news"))
    assert run("index", "rebuild")[0] == 0
    out = run("story", story_id_of("boulder-wire"), "--json")[1]
    assert json.loads(out)["first_tied"] == []
    assert all(story["first_tied"] == [] for story in stories())
    assert "first: Wire A, 2021-03-22 20:00" in run("story", story_id_of("boulder-wire"))[1]


def test_the_outline_tells_each_story_as_story_does(tied: str, tmp_path: Path,
                                                     index_dir: Path) -> None:  # fmt: skip
    """`stories --json` reads ties off `Library.story_outline` (no article read): the same
    articles, outlets, dates, titles, lags and days as `Library.story`, urls left out."""
    library = Library(tmp_path / "news", index_dir)
    library.open_or_build()
    for story in library.stories(min_articles=1):
        whole, outline = library.story(story.id), library.story_outline(story.id)
        assert [dataclasses.replace(m, url=None) for m in whole.articles] == list(outline.articles)
        assert (whole.lags, whole.timeline, whole.first) == (
            outline.lags,
            outline.timeline,
            dataclasses.replace(outline.first, url=whole.first.url),
        )
    with pytest.raises(KeyError):
        library.story_outline("s000000000000")
    library.close()
