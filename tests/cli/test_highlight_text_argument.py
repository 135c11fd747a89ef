"""`broadsheet highlight ID "text"` takes the passage as its second argument, as `--quote`
does (nu45 #9: it failed "Missing option --quote"); neither or both say how to give it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.quote_rows import record, write_rows
from tui.cli import Exit, app

BODY = "The council met on Monday at the old hall.\n\nThe mayor said the vote was close."


@pytest.fixture
def corpus(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_rows(tmp_path / "wires", [record("w1", "Coast Wire", "2024-03-02", BODY)])
    assert CliRunner().invoke(app, ["index", "rebuild", "-c", str(corpus)]).exit_code == 0
    return corpus


def kept(corpus: Path) -> list[str]:
    notes = json.loads(CliRunner().invoke(app, ["notes", "--json", "-c", str(corpus)]).stdout)
    return [h["exact"] for entry in notes for h in entry["highlights"]]


@pytest.mark.parametrize(
    "how", [["the vote was close"], ["--quote", "the vote was close"], ["-q", "the vote was close"]]
)
def test_the_passage_as_argument_or_option_is_kept_alike(corpus: Path, how: list[str]) -> None:
    result = CliRunner().invoke(app, ["highlight", "w1", *how, "-c", str(corpus)])
    assert result.exit_code == 0, result.stderr
    assert kept(corpus) == ["the vote was close"]


@pytest.mark.parametrize(
    ("how", "said"),
    [([], "no passage"), (["old hall", "-q", "old hall"], "both a TEXT and --quote")],
)
def test_neither_or_both_say_how_to_give_it(corpus: Path, how: list[str], said: str) -> None:
    result = CliRunner().invoke(app, ["highlight", "w1", *how, "-c", str(corpus)])
    assert result.exit_code == Exit.USAGE
    assert said in result.stderr and '`highlight ID "TEXT"` or --quote TEXT' in result.stderr
    assert kept(corpus) == []
