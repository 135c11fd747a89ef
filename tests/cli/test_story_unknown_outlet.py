"""A story whose earliest article names no outlet: the earliest known outlet is first.

A new user's story screen said "First: source unknown" and `story` said "first: —", then
"followed: Wall Street Journal +0h": an article of unknown outlet was made one more outlet,
and the first of them. The JSON keeps its keys; "first" is the earliest known outlet's article.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.analysis.stories import StoryModel
from tests.analysis.test_stories import BOULDER, DAY
from tests.story_corpus import write_corpus
from tui.cli import app

runner = CliRunner()
ANON = dataclasses.replace(BOULDER[0], source="")  # the wire's copy, its outlet not given


def test_the_model_calls_the_first_known_outlet_first() -> None:
    [story] = [s for s in StoryModel.build((ANON, BOULDER[1])).stories() if s.size == 2]
    assert story.first == "boulder-paper" and story.first_source == "Paper B"
    assert story.first_date == DAY.replace(hour=23) and story.start == DAY.replace(hour=20)


@pytest.fixture
def news(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "news"
    write_corpus(corpus / "news.jsonl", (ANON, BOULDER[1]))
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    assert runner.invoke(app, ["index", "rebuild"]).exit_code == 0
    return corpus


def test_story_says_outlet_unknown_and_the_first_known_outlet(news: Path) -> None:
    [listed] = json.loads(runner.invoke(app, ["stories", "--json"]).stdout)
    assert listed["first"] == {
        "id": "boulder-paper",
        "source": "Paper B",
        "date": "2021-03-22T23:00:00",
    }
    assert listed["start"] == "2021-03-22T20:00:00"
    told = json.loads(runner.invoke(app, ["story", listed["id"], "--json"]).stdout)
    assert told["first"] == listed["first"]
    assert told["lags"] == [{"source": "Paper B", "hours_after_first": 0.0, "days_after_first": 0}]
    out = runner.invoke(app, ["story", listed["id"]]).stdout
    # the wire of unknown outlet ran at 20:00: "first" names a later article, and says so
    assert "first named: Paper B, 2021-03-22 23:00" in out
    assert "an article of unknown outlet is dated earlier (2021-03-22 20:00 UTC)" in out
    earlier = {"id": listed["earlier_unknown"]["id"], "date": listed["start"]}
    assert told["earlier_unknown"] == earlier
    assert "followed:" not in out and "first: —" not in out
    assert "outlet unknown" in out  # the wire's row


def test_story_its_json_and_its_export_list_one_order(news: Path) -> None:
    """nu28 #10: `story` listed the unknown outlet's article last, `story --json` and
    `export --story` first (oldest first). One order: `story`'s (README)."""
    [listed] = json.loads(runner.invoke(app, ["stories", "--json"]).stdout)
    told = json.loads(runner.invoke(app, ["story", listed["id"], "--json"]).stdout)
    in_json = [article["id"] for article in told["articles"]]
    table = runner.invoke(app, ["story", listed["id"]], terminal_width=200).stdout
    in_table = sorted(in_json, key=table.index)
    exported = runner.invoke(app, ["export", "--story", listed["id"], "--format", "csv"]).stdout
    in_export = sorted(in_json, key=exported.index)
    assert in_json == in_table == in_export == ["boulder-paper", ANON.id]


def test_the_story_memo_says_outlet_unknown_and_the_earlier_article(
    news: Path, tmp_path: Path
) -> None:
    """nu45 #9: the memo wrote "2017-03-25: ? 1" where every other view says "outlet
    unknown"; nu45 #2: its first names a later article, and says so."""
    [listed] = json.loads(runner.invoke(app, ["stories", "--json"]).stdout)
    memo = tmp_path / "s.md"
    result = runner.invoke(app, ["export", "--story", listed["id"], "-o", str(memo)])
    assert result.exit_code == 0, result.output
    text = memo.read_text(encoding="utf-8")
    assert "2021-03-22: outlet unknown 1, Paper B 1" in text and ": ?" not in text
    assert "First named: Paper B, 2021-03-22 23:00" in text
    assert "an article of unknown outlet is dated earlier (2021-03-22 20:00)" in text
