"""`broadsheet quotes` and `speakers` over quotes older rules made say so on stderr, in one
line, and stdout stays the same list (nu70 #8: they listed them without a word; only
`index status` said the index was stale)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index import rules
from tests.quote_rows import ROWS, write_rows
from tui.cli import app

runner = CliRunner()


@pytest.fixture
def quoted(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_rows(tmp_path / "quoted", ROWS)
    result = runner.invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.stdout
    return corpus


def said_after_a_bump(
    args: list[str], monkeypatch: pytest.MonkeyPatch, bumped: str, *, as_json: bool
) -> list[str]:
    """The stderr lines of ``args`` run after a bump of ``bumped``'s rules version; its
    stdout (JSON or table) checked the same as before the bump, stderr empty then."""
    fresh = runner.invoke(app, args)
    assert fresh.exit_code == 0 and fresh.stderr == "", fresh.stderr
    monkeypatch.setitem(rules.RULES, bumped, rules.RULES[bumped] + 1)  # a rules bump
    older = runner.invoke(app, args)
    assert older.exit_code == 0
    assert older.stdout == fresh.stdout  # the same list; the JSON stays clean
    if as_json:
        json.loads(older.stdout)
    return older.stderr.splitlines()


@pytest.mark.parametrize("command", ["quotes", "speakers"])
@pytest.mark.parametrize("as_json", [False, True])
def test_quotes_made_by_older_rules_are_said_on_stderr(
    quoted: Path, monkeypatch: pytest.MonkeyPatch, command: str, as_json: bool
) -> None:
    args = [command, "--corpus", str(quoted), *(["--json"] if as_json else [])]
    lines = said_after_a_bump(args, monkeypatch, "quotes", as_json=as_json)
    assert len(lines) == 1, lines
    assert "quotes made by older rules" in lines[0]
    assert "broadsheet index update" in lines[0]
