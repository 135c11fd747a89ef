"""`broadsheet stories`, `story`, `related` and `search` over data older rules made say so on
stderr in one dim line, as `quotes` and `speakers` do (nu71), and stdout stays the same,
table or JSON (nu71's note: they listed them without a word; only `index status` said so).

Which kind each command reads decides when it speaks: the stories commands when the
stories (or the articles under them) are older, `search` when the articles are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index import rules
from tests.cli.test_quotes_older_rules_nu71 import said_after_a_bump
from tests.story_corpus import ATLANTA, write_corpus
from tui.cli import app

runner = CliRunner()


@pytest.fixture
def built(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl").parent
    result = runner.invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.stdout
    return corpus


def commands(corpus: Path) -> dict[str, list[str]]:
    listed = runner.invoke(app, ["stories", "--json", "--corpus", str(corpus)])
    story = json.loads(listed.stdout)[0]["id"]
    return {
        "stories": ["stories"],
        "stories atlanta": ["stories", "atlanta"],
        "story": ["story", story],
        "related": ["related", ATLANTA[0].id],
        "search": ["search", "atlanta"],
    }


READS = {"stories": "stories", "stories atlanta": "stories", "story": "stories"}
READS |= {"related": "stories", "search": rules.ARTICLES}
"""The kind of data each command lists, whose older rules it must say."""


@pytest.mark.parametrize("command", READS)
@pytest.mark.parametrize("bumped", ["stories", rules.ARTICLES, "quotes"])
@pytest.mark.parametrize("as_json", [False, True])
def test_older_rules_are_said_on_stderr_stdout_the_same(
    built: Path, monkeypatch: pytest.MonkeyPatch, command: str, bumped: str, as_json: bool
) -> None:
    args = [*commands(built)[command], "--corpus", str(built), *(["--json"] if as_json else [])]
    lines = said_after_a_bump(args, monkeypatch, bumped, as_json=as_json)
    if bumped not in (READS[command], rules.ARTICLES):  # not what this command lists
        assert lines == []
        return
    assert len(lines) == 1, lines
    assert f"{bumped} made by older rules" in lines[0], lines[0]
    assert lines[0].startswith("broadsheet: ") and "broadsheet index" in lines[0]
