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

# two undated articles are compared as if 1.5 days apart (st50): the pair of undated ones
# is told alike enough to join (the wire's lede, reworded by a paper)
ALIKE = (
    BOULDER[0],
    dataclasses.replace(
        BOULDER[0],
        id="boulder-reworded",
        title="Gunman kills ten at a Boulder supermarket",
        body="A gunman opened fire at a King Soopers supermarket in Boulder, Colorado, on "
        "Monday, killing ten people, among them a police officer, authorities said. The suspect "
        "was taken into custody.",
        source="Paper B",
    ),
)
CASES = {
    "undated": [dataclasses.replace(a, date=None) for a in ALIKE],
    "no outlet": [dataclasses.replace(a, source="") for a in BOULDER[:2]],
    "undated, no outlet": [dataclasses.replace(a, date=None, source="") for a in ALIKE],
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
