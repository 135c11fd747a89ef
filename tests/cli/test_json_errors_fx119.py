"""nu50 #13: with ``--json`` a failure before any JSON left a script an empty stdout (`search
'the' --json`: exit 6, the reason on stderr alone); nu50 #8: a search of the bundled seeds
with no hit did not say it searched the seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import Exit, app, bundled_seeds

runner = CliRunner()

JSON_COMMANDS = (
    ("search", "x"),
    ("show", "x"),
    ("quotes",),
    ("speakers",),
    ("stories",),
    ("story", "s1"),
    ("related", "a1"),
    ("outlets",),
    ("notes",),
    ("index", "status"),
    ("compare", "a", "b"),
    ("following",),
    ("saved", "list"),
    ("saved", "run", "n"),
    ("feeds", "list"),
    ("feeds", "refresh"),
    ("fetch", "http://example.invalid/"),
)
"""Every command with ``--json``, with the arguments it needs."""


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=" ".join)
def test_a_json_command_that_fails_prints_its_error_as_json(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    missing = str(tmp_path / "no such folder")
    result = runner.invoke(app, [*command, "--corpus", missing, "--json"])
    assert result.exit_code == Exit.NOT_FOUND
    said = json.loads(result.stdout)
    assert said == {"error": f"corpus not found: {missing}", "exit": int(Exit.NOT_FOUND)}
    assert "corpus not found" in result.stderr
    # without --json the error stays on stderr alone, in the next command of the process too
    result = runner.invoke(app, [*command, "--corpus", missing])
    assert result.exit_code == Exit.NOT_FOUND and result.stdout == ""


def test_a_query_of_stop_words_says_so_as_json(corpus: Path, index_dir: Path) -> None:
    result = runner.invoke(app, ["search", "the", "--json", "--corpus", str(corpus)])
    assert result.exit_code == Exit.QUERY
    said = json.loads(result.stdout)
    assert said["exit"] == int(Exit.QUERY) and "nothing to search for" in said["error"]


def test_the_fast_search_prints_its_error_as_json_too(tmp_path: Path) -> None:
    """`broadsheet search` in its plain form runs without Typer (`tui.cli.fast`)."""
    env = {**os.environ, "HOME": str(tmp_path), "BROADSHEET_INDEX_DIR": str(tmp_path / "i")}
    done = subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", "search", "the", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == Exit.QUERY
    assert json.loads(done.stdout)["exit"] == int(Exit.QUERY)


def test_no_hit_in_the_seeds_says_it_searched_the_seeds(index_dir: Path) -> None:
    seeds = str(bundled_seeds())
    result = runner.invoke(app, ["search", "nonesuchword", "--corpus", seeds])
    assert result.exit_code == 0
    line = " ".join(result.stdout.split())
    assert line.startswith("No articles match 'nonesuchword' in the bundled seed articles")
    assert "--corpus DIR" in line
    result = runner.invoke(app, ["search", "nonesuchword", "--corpus", seeds, "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_no_hit_in_a_folder_names_no_seeds(corpus: Path, index_dir: Path) -> None:
    result = runner.invoke(app, ["search", "nonesuchword", "--corpus", str(corpus)])
    assert result.exit_code == 0 and "seed" not in result.stdout


@pytest.mark.parametrize("query", ["nonesuchword", "alpha", "beta gamma"])
def test_no_hit_in_another_corpus_index_names_that_corpus(
    corpus: Path, index_dir: Path, query: str
) -> None:
    """nu56 #3: no --corpus (the seeds) and an index folder of another corpus: the hits
    are that corpus's, so a miss names it, not the seeds. The oracle: the same search
    with that corpus named finds the same hits."""
    assert runner.invoke(app, ["index", "rebuild", "--corpus", str(corpus)]).exit_code == 0
    named = runner.invoke(app, ["search", query, "--corpus", str(corpus), "--json"])
    unnamed = runner.invoke(app, ["search", query, "--json"])
    assert json.loads(unnamed.stdout) == json.loads(named.stdout)
    result = runner.invoke(app, ["search", query])
    line = " ".join(result.stdout.split())
    if json.loads(named.stdout):
        assert "No articles match" not in line
    else:
        assert "bundled seed articles (search" not in line
        assert corpus.name in line and "the corpus of the index folder" in line
        assert "not of the bundled" not in line  # sx49: it read oddly
