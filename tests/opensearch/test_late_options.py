"""`--engine` / `--opensearch-url` after the command name mean what they mean before it."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine, index_name
from tests.conftest import SEEDS
from tui.cli import Exit, app
from tui.cli.late_options import LATE_OPTIONS, hoisted

runner = CliRunner()
NOBODY = "http://127.0.0.1:9"  # the discard port: nothing answers


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


words = st.lists(st.sampled_from(["search", "dam", "-n", "3", "--json", "index", "status", "x"]))


@given(words)
def test_arguments_without_late_options_stay_as_they_are(args: list[str]) -> None:
    assert hoisted(args) == args


@given(words, words, st.sampled_from(LATE_OPTIONS), st.sampled_from(["opensearch", "a=b"]))
def test_a_late_option_moves_to_the_front_with_its_value(
    before: list[str], after: list[str], option: str, value: str
) -> None:
    assert hoisted([*before, option, value, *after]) == [option, value, *before, *after]
    assert hoisted([*before, f"{option}={value}", *after]) == [f"{option}={value}", *before, *after]


@given(words, st.sampled_from(LATE_OPTIONS))
def test_nothing_after_a_double_dash_moves(before: list[str], option: str) -> None:
    args = [*before, "--", option, "opensearch"]
    assert hoisted(args) == args


def test_order_is_kept_so_the_last_one_given_wins() -> None:
    args = ["--engine", "opensearch", "search", "q", "--engine=whoosh"]
    assert hoisted(args) == ["--engine", "opensearch", "--engine=whoosh", "search", "q"]


def test_a_late_engine_is_checked_like_an_early_one() -> None:
    code, _, err = run("search", "dam", "--engine", "solr")
    assert code == Exit.USAGE
    assert err.strip() == "broadsheet: unknown engine 'solr' (engines: whoosh, opensearch)"


def test_late_options_reach_the_cluster_they_name(tmp_path: Path) -> None:
    where = ["--index-dir", str(tmp_path / "index")]
    for command in (["search", "dam"], ["index", "status"], ["index", "rebuild"]):
        late = ["--engine", "opensearch", f"--opensearch-url={NOBODY}"]
        code, _, err = run(*where, *command, *late)
        assert code == Exit.INDEX, command
        assert err.startswith(f"broadsheet: cannot reach OpenSearch at {NOBODY} ")


def test_the_later_engine_wins(tmp_path: Path) -> None:
    where = ["--corpus", str(SEEDS), "--index-dir", str(tmp_path / "index")]
    early = ["--engine", "opensearch", "--opensearch-url", NOBODY]
    code, out, err = run(*early, *where, "search", "ceasefire", "--json", "--engine", "whoosh")
    assert code == 0, err
    assert {hit["id"][:3] for hit in json.loads(out)} == {"001", "002"}


def test_a_query_after_double_dash_is_a_query(tmp_path: Path) -> None:
    where = ["--corpus", str(SEEDS), "--index-dir", str(tmp_path / "index")]
    code, out, err = run(*where, "search", "--json", "--", "--engine")
    assert code == 0, err
    assert json.loads(out) == []


@pytest.fixture
def index_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / f"bs-test-{uuid.uuid4().hex[:12]}"
    yield folder
    OpenSearchEngine(folder, configured_url()).index.drop()


@pytest.mark.opensearch
def test_the_installed_command_takes_the_engine_after_the_command(index_dir: Path) -> None:
    where = ["--corpus", str(SEEDS), "--index-dir", str(index_dir)]
    late = ["--engine", "opensearch", "--opensearch-url", configured_url()]
    command = [sys.executable, "-m", "tui", *where, "search", "ceasefire", "--json", *late]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "no index yet" in done.stderr  # built first, on the node
    assert {hit["id"][:3] for hit in json.loads(done.stdout)} == {"001", "002"}
    status = [sys.executable, "-m", "tui", *where, "index", "status", "--json", *late]
    done = subprocess.run(status, capture_output=True, text=True, timeout=300)
    reported = json.loads(done.stdout)
    assert reported["index"] == f"{index_name(index_dir)} on {configured_url()}"
    assert (reported["state"], reported["articles"]) == ("fresh", 4)
