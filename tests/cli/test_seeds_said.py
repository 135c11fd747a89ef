"""Every command that falls back to the bundled seeds says so on stderr, in one line, by
the Typer app and the fast path alike; never when a corpus is named (nu44 #1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import write_corpus
from tui.cli import app, fast

runner = CliRunner()

NOTE = "broadsheet: corpus: seeds (bundled); use --corpus DIR"

MISSILE = {
    "launch.txt": "Missile test alarms the region\n\nThe missile flew over the sea on Monday.\n",
    "talks.txt": "Missile talks resume\n\nEnvoys met to discuss the missile launch again.\n",
}
"""Two articles on one word the seeds never use."""


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "news", MISSILE)


COMMANDS = [["search", "missile"], ["search", "missile", "--json"], ["stories"], ["show", "x"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_seeds_by_default_are_named_on_stderr(command: list[str]) -> None:
    result = runner.invoke(app, command)
    assert result.stderr.splitlines().count(NOTE) == 1, result.stderr
    assert "seeds" not in result.stdout
    if "--json" in command:
        assert json.loads(result.stdout) == []


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_named_corpus_is_not_the_seeds(
    command: list[str], news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = ["--index-dir", str(tmp_path / "index")]
    for given, env in (([*command, "--corpus", str(news), *folder], None), (command, news)):
        if env is not None:
            monkeypatch.setenv("BROADSHEET_CORPUS", str(env))
        result = runner.invoke(app, given)
        assert "seeds" not in result.stderr, result.stderr
    chosen = runner.invoke(app, [*command, *folder])  # an index folder named: the user's choice
    assert "seeds" not in chosen.stderr, chosen.stderr
    found = runner.invoke(app, ["search", "missile", "--json", "--corpus", str(news), *folder])
    assert found.exit_code == 0 and len(json.loads(found.stdout)) == 2


def test_the_fast_path_says_so_too(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fast.run(["missile", "--json"])
    seeds = capsys.readouterr()
    assert seeds.err.splitlines().count(NOTE) == 1 and json.loads(seeds.out) == []
    assert fast.run(["missile", "--json", "--corpus", str(news)])
    named = capsys.readouterr()
    assert "seeds" not in named.err and len(json.loads(named.out)) == 2
