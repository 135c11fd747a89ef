"""A story none of whose articles is both dated and of a known outlet has no first: its
JSON's ``"first"`` is null (nu23 #10: it was ``{"id": ..., "source": null, "date": null}``
while the README said "first of none")."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.analysis.stories import StoryModel
from tests.analysis.test_stories import BOULDER
from tests.story_corpus import write_corpus
from tui.cli import app

runner = CliRunner()

CASES = {
    "undated": [dataclasses.replace(a, date=None) for a in BOULDER[:2]],
    "no outlet": [dataclasses.replace(a, source="") for a in BOULDER[:2]],
    "undated, no outlet": [dataclasses.replace(a, date=None, source="") for a in BOULDER[:2]],
}


@pytest.mark.parametrize("case", CASES)
def test_a_story_with_no_dated_known_outlet_has_first_null(
    case: str, tmp_path: Path, index_dir: Path
) -> None:
    articles = CASES[case]
    assert [s for s in StoryModel.build(tuple(articles)).stories() if s.size == 2]
    corpus = tmp_path / "news"
    write_corpus(corpus / "news.jsonl", tuple(articles))
    assert runner.invoke(app, ["index", "rebuild", "-c", str(corpus)]).exit_code == 0
    [listed] = json.loads(runner.invoke(app, ["stories", "--json", "-c", str(corpus)]).stdout)
    assert listed["first"] is None and listed["first_tied"] == []
    result = runner.invoke(app, ["story", listed["id"], "--json", "-c", str(corpus)])
    assert result.exit_code == 0, result.stderr
    told = json.loads(result.stdout)
    assert told["first"] is None and told["first_tied"] == [] and told["lags"] == []
