"""`broadsheet --engine opensearch ...`: every command on a real node, errors as one line."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine, index_name
from tests.conftest import SEEDS
from tui.cli import Exit, app

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def index_dir(tmp_path: Path) -> Iterator[Path]:
    """An index folder whose name no other test uses (it names the index on the node)."""
    folder = tmp_path / f"bs-test-{uuid.uuid4().hex[:12]}"
    yield folder
    OpenSearchEngine(folder, configured_url()).index.drop()


def test_an_unknown_engine_is_bad_usage() -> None:
    code, _, err = run("--engine", "solr", "search", "dam")
    assert code == Exit.USAGE
    assert err.strip() == "broadsheet: unknown engine 'solr' (engines: whoosh, opensearch)"


def test_an_unreachable_cluster_is_one_line(tmp_path: Path) -> None:
    url = "http://127.0.0.1:9"  # the discard port: nothing answers
    for command in (["search", "dam"], ["index", "status"], ["index", "rebuild"]):
        code, _, err = run(
            "--engine",
            "opensearch",
            "--opensearch-url",
            url,
            "--index-dir",
            str(tmp_path / "index"),
            *command,
        )
        assert code == Exit.INDEX, command
        assert err.startswith("broadsheet: cannot reach OpenSearch at http://127.0.0.1:9 ")
        assert len(err.strip().splitlines()) == 1


def test_the_environment_chooses_the_engine(tmp_path: Path) -> None:
    env = {"BROADSHEET_ENGINE": "opensearch", "BROADSHEET_OPENSEARCH_URL": "http://127.0.0.1:9"}
    code, _, err = run("--index-dir", str(tmp_path / "index"), "search", "dam", env=env)
    assert code == Exit.INDEX and "cannot reach OpenSearch" in err


@pytest.mark.opensearch
def test_every_command_on_opensearch(index_dir: Path) -> None:
    engine = ["--engine", "opensearch", "--opensearch-url", configured_url()]
    where = ["--corpus", str(SEEDS), "--index-dir", str(index_dir)]
    code, out, _ = run(*engine, *where, "index", "status", "--json")
    assert code == 0 and json.loads(out)["state"].startswith("missing")
    code, out, err = run(*engine, *where, "index", "rebuild")
    assert code == 0, err
    assert "4 articles indexed" in out
    code, out, _ = run(*engine, *where, "index", "status", "--json")
    status = json.loads(out)
    assert (status["state"], status["articles"]) == ("fresh", 4)
    assert status["index"] == f"{index_name(index_dir)} on {configured_url()}"
    code, out, _ = run(*engine, *where, "search", "peacekeep*", "--json", "--limit", "2")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 2 and all(hit["snippet"] for hit in hits)
    code, out, _ = run(*where, "search", "peacekeep*", "--json", "--limit", "50")
    whoosh = {hit["id"] for hit in json.loads(out)}
    code, out, _ = run(*engine, *where, "search", "peacekeep*", "--json", "--limit", "50")
    assert {hit["id"] for hit in json.loads(out)} == whoosh
    first = hits[0]["id"]
    code, out, _ = run(*engine, *where, "show", first, "--json")
    assert code == 0 and json.loads(out)["id"] == first
    code, _, err = run(*engine, *where, "show", "no-such-id")
    assert code == Exit.NOT_FOUND and "no article with id" in err
    code, out, _ = run(*engine, *where, "compare", first, hits[1]["id"], "--format", "markdown")
    assert code == 0 and out.startswith("# Comparison")
    code, _, err = run(*engine, *where, "export", "--format", "jsonl", "-o", str(index_dir) + ".jl")
    exported = Path(str(index_dir) + ".jl").read_text().splitlines()
    assert code == 0 and len(exported) == 4
    code, out, _ = run(*engine, *where, "index", "update")
    assert code == 0 and "4 files unchanged" in out
    code, _, err = run(*engine, *where, "search", "title:(")
    assert code == Exit.QUERY and err.startswith("broadsheet: bad query: unclosed '('")


@pytest.mark.opensearch
def test_the_installed_command_searches_opensearch(index_dir: Path) -> None:
    env_args = ["--engine", "opensearch", "--corpus", str(SEEDS), "--index-dir", str(index_dir)]
    command = [sys.executable, "-m", "tui", *env_args, "search", "ceasefire", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "no index yet" in done.stderr  # built first, on the node
    assert {hit["id"][:3] for hit in json.loads(done.stdout)} == {"001", "002"}
