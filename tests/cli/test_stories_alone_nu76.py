"""`broadsheet stories` says under the whole corpus's stories how many articles are in none
(nu74: "11 stories" while 10 of 42 articles stood alone); `--json` stays the contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_stories_cli import run
from tests.story_corpus import CORPUS, write_corpus

ALONE = "2 of the 8 articles are in no story."
"""The story corpus: 3 stories of 2, "budget" and "frost" in none."""


@pytest.fixture
def news(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "news"
    write_corpus(corpus / "news.jsonl")
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    code, out, _ = run("index", "rebuild")
    assert code == 0, out
    return corpus


def test_the_listing_ends_with_the_articles_alone(news: Path) -> None:
    code, out, _ = run("stories")
    assert code == 0 and len(CORPUS) == 8
    assert out.rstrip().splitlines()[-1] == ALONE, out
    code, out, _ = run("stories", "-n", "1")  # a part listed: the corpus's count still
    assert out.rstrip().splitlines()[-1] == ALONE, out
    code, out, _ = run("stories", "--min-articles", "3")  # no story of 3: none listed
    assert "in no story" not in out, out


def test_a_query_or_json_says_nothing_of_them(news: Path) -> None:
    code, out, _ = run("stories", "boulder")
    assert code == 0 and "in no story" not in out, out
    code, out, err = run("stories", "--json")
    assert code == 0 and isinstance(json.loads(out), list)
    assert "in no story" not in out + err
