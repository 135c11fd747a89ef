"""`broadsheet story`'s table marks the first article under its date (nu83 #7: the JSON
had "first", the table did not say which row it was): "first", or "tied first" on each
article tied first when some outlet follows later; no mark when every outlet ties (the
"first:" line says it once). Oracle: the JSON's `first` and `first_tied` of the same story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.story_corpus import one_story
from tui.cli import app

OUTLETS = ("Wire A", "Paper B", "Daily C")
DAYS = 24.0


def marks(table: str, ids: list[str]) -> dict[str, str]:
    """Each article id of the table and the word under its date ("" for none)."""
    found: dict[str, str] = {}
    for line in table.splitlines():
        for article in ids:
            if line.split() and line.split()[-1] == article:
                found[article] = line.split(article)[0].strip()
    return found


@pytest.mark.parametrize(
    "hours",
    [(0, 0, DAYS), (9, 0, 0), (0, 0, 0), (9, 14, DAYS), (9, 9.5, 11), (0, DAYS, 2 * DAYS)],
)
def test_the_table_marks_the_articles_the_json_calls_first(
    tmp_path: Path, hours: tuple[float, float, float]
) -> None:
    one_story(tmp_path / "news" / "news.jsonl", OUTLETS, hours)
    where = ["--corpus", str(tmp_path / "news"), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
    (listed,) = json.loads(runner.invoke(app, [*where, "stories", "--json"]).stdout)
    told = json.loads(runner.invoke(app, [*where, "story", listed["id"], "--json"]).stdout)
    table = runner.invoke(app, [*where, "story", listed["id"]], terminal_width=200).stdout
    ids = [f"b{k}" for k in range(len(OUTLETS))]
    said = marks(table, ids)
    assert set(said) == set(ids)
    tied = set(told["first_tied"])
    every_outlet_ties = {a["source"] for a in told["articles"] if a["id"] in tied} == set(OUTLETS)
    if not tied:
        expected = {a: "first" if a == told["first"]["id"] else "" for a in ids}
    elif every_outlet_ties:
        expected = dict.fromkeys(ids, "")
    else:
        expected = {a: "tied first" if a in tied else "" for a in ids}
    assert said == expected, table
