"""nu29 #9: a query is read before anything is built, and a date range that ends before it
starts is refused, as `--since` after `--until` is, rather than matching nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import Exit, app

runner = CliRunner()


def run(corpus: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--corpus", str(corpus)])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", ["search", "stories", "quotes"])
@pytest.mark.parametrize("query", ['"unclosed', "title:(", "date:[2023-03-20 to 2023-03-01]"])
def test_a_bad_query_on_a_missing_index_builds_nothing(
    corpus: Path, index_dir: Path, command: str, query: str
) -> None:
    # nu29 #9 (a): the whole index was built first, then the query refused (exit 6)
    code, out, err = run(corpus, command, query)
    assert code == Exit.QUERY and out == ""
    assert err.startswith("broadsheet: bad query: ") and len(err.strip().splitlines()) == 1
    status = json.loads(run(corpus, "index", "status", "--json")[1])
    assert status["state"].startswith("missing")
    code, _, err = run(corpus, command, "")  # a good one builds it, as before
    assert code == Exit.OK, err


def test_a_reversed_date_range_says_why_as_the_options_do(corpus: Path, index_dir: Path) -> None:
    code, _, err = run(corpus, "search", "date:[2023-03-20 to 2023-03-01]")
    said = " ".join(err.split())
    assert code == Exit.QUERY
    assert "date:[2023-03-20 to 2023-03-01] starts after it ends: nothing can match" in said
    code, _, err = run(corpus, "search", "x", "--since", "2023-03-20", "--until", "2023-03-01")
    assert code == Exit.USAGE and "nothing can match" in err
