"""`related` of an article no other is near: the CLI and the reader say why the list is empty.

Three articles years apart that share no word: the window finds no partner and the fill
(`related_fill`) none further off, so `related` is empty (un24, issue 16's follow-up).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from index.analysis.stories import StoryArticle, StoryModel
from tests.cli.test_stories_cli import run
from tests.story_corpus import write_corpus

APART = [
    StoryArticle(
        "harbour",
        "Harbour cranes idle as dockers strike",
        "Dockers walked out at the harbour on Monday, leaving cranes idle.",
        "Wire A",
        datetime(2019, 5, 2, 9),
    ),
    StoryArticle(
        "orchard",
        "Apple orchards bloom early",
        "Growers report blossom opening weeks ahead of spring.",
        "Paper B",
        datetime(2021, 4, 10, 8),
    ),
    StoryArticle(
        "comet",
        "Comet visible at dusk",
        "Astronomers expect its tail to brighten through June.",
        "Paper C",
        datetime(2023, 6, 1, 20),
    ),
]


def test_the_corpus_has_nothing_related() -> None:
    model = StoryModel.build(APART)
    assert all(model.related(a.id, 10) == () for a in APART)


@pytest.fixture
def apart(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "apart"
    write_corpus(corpus / "apart.jsonl", APART)
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    code, out, _ = run("index", "rebuild")
    assert code == 0, out
    return corpus


def test_related_says_nothing_is_near_it_in_time(apart: Path) -> None:
    code, out, _ = run("related", "harbour")
    assert code == 0
    assert "Nothing is related to 'harbour': no article near it in time" in " ".join(out.split())
    code, out, _ = run("related", "harbour", "--json")
    assert code == 0 and json.loads(out) == []
