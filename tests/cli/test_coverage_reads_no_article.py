"""`stories --json` learns coverage from the leans the build kept (`index.lean_map`): it
reads no article for them, with lean metadata or without (fx64: on Reuters it read 7,513).

The oracle: each article's lean is its record's ``stance`` as `index.leans.lean_of` reads
it, else unknown (no user map here); an update that changes a stance changes the coverage.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from index.leans import lean_of
from index.library import Library
from tests.story_corpus import CORPUS, record
from tui.cli import app

runner = CliRunner()


def run(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def write(corpus: Path, stances: dict[str, str]) -> None:
    lines = [
        {**record(a), **({"stance": stances[a.id]} if a.id in stances else {})} for a in CORPUS
    ]
    (corpus / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), "utf-8")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The ids `Library.article` is asked for from here on."""
    asked: Counter[str] = Counter()
    real = Library.article

    def counted(self: Library, article_id: str) -> Any:
        asked[article_id] += 1
        return real(self, article_id)

    monkeypatch.setattr(Library, "article", counted)
    return asked


@pytest.fixture
def corpus(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    monkeypatch.setenv("BROADSHEET_CORPUS", str(folder))
    return folder


def expected(stories: list[dict[str, Any]], stances: dict[str, str]) -> dict[str, dict[str, int]]:
    """Each story's coverage by the oracle."""
    found = {}
    for story in stories:
        members = story["articles"]  # an outlet's copies once, as coverage counts them
        leans = [lean_of(stances[i]) if i in stances else None for i in members]
        sides = {side: leans.count(side) for side in ("left", "center", "right")}
        found[story["id"]] = {**sides, "unknown": leans.count(None)}
    return found


def test_no_lean_metadata_and_no_map_reads_no_article(corpus: Path, reads: Counter[str]) -> None:
    write(corpus, {})
    runner.invoke(app, ["index", "rebuild"])
    reads.clear()
    stories = run("stories", "--json")
    assert stories and reads == Counter()
    assert all(s["coverage"]["unknown"] == len(s["articles"]) for s in stories)
    assert run("stories", "--blindspot", "left", "--json") == [] and reads == Counter()


def test_kept_leans_follow_the_metadata_through_an_update(
    corpus: Path, reads: Counter[str]
) -> None:
    stances = {"boulder-paper": "Lean Right", "atlanta-wire": "mixed"}
    write(corpus, stances)
    runner.invoke(app, ["index", "rebuild"])
    reads.clear()
    stories = run("stories", "--json")
    assert reads == Counter()
    assert {s["id"]: s["coverage"] for s in stories} == expected(stories, stances)
    changed = {"boulder-paper": "left", "atlanta-wire": "conservative", "boulder-wire": "Center"}
    write(corpus, changed)
    assert runner.invoke(app, ["index", "update"]).exit_code == 0
    reads.clear()
    stories = run("stories", "--json")
    assert reads == Counter()
    assert {s["id"]: s["coverage"] for s in stories} == expected(stories, changed)
    for story in stories:  # one story: the same coverage as the list gives
        assert run("story", story["id"], "--json")["coverage"] == story["coverage"]
