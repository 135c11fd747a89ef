"""On a tie for first (one day, no time given), `first` is the tied outlet first by name,
whatever the files are called (nu49 #7: renaming files changed "first"); `first_tied` lists
the tied ids in that order, so `first` is its head, and the text names the outlets so."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from tests.analysis.test_stories import DAY
from tests.cli.test_stories_cli import run, stories, story_id_of
from tests.story_corpus import BOULDER, write_corpus


def _told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ids: tuple[str, str]
) -> tuple[dict[str, Any], str]:
    """`story --json` and the text of the Boulder story, both articles dated the day alone,
    the wire's and the paper's files called ``ids``."""
    articles = [
        dataclasses.replace(article, id=name, date=DAY)
        for article, name in zip(BOULDER, ids, strict=True)
    ]
    corpus = tmp_path / "-".join(ids)
    write_corpus(corpus / "news.jsonl", articles)
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    assert run("index", "rebuild")[0] == 0
    story = story_id_of(ids[0])
    listed = next(s for s in stories() if s["id"] == story)
    told = json.loads(run("story", story, "--json")[1])
    assert (listed["first"], listed["first_tied"]) == (told["first"], told["first_tied"])
    return told, run("story", story)[1]


@pytest.mark.parametrize("ids", [("a-wire", "z-paper"), ("z-wire", "a-paper")])
def test_first_on_a_tie_is_the_outlet_first_by_name(
    ids: tuple[str, str], tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told, text = _told(tmp_path, monkeypatch, ids)
    assert told["first"]["source"] == "Paper B"  # "Paper B" < "Wire A", whatever the ids
    assert told["first"]["id"] == ids[1]
    assert told["first_tied"] == [ids[1], ids[0]]
    line = next(row for row in text.splitlines() if row.startswith("first: "))
    assert line.endswith("2021-03-22: Paper B, Wire A")
    lags = [lag["source"] for lag in told["lags"]]
    assert lags == ["Paper B", "Wire A"]
