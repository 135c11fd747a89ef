"""`python -m bench.quotes_rebuild` runs end to end on a small corpus and prints both ratios."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import quotes_rebuild
from tests.quote_rows import ROWS


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "quoted.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    return corpus


def test_quotes_rebuild_prints_wall_and_cpu(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--corpus", str(_corpus(tmp_path)), "--rounds", "1", "--procs", "1", "--json"]
    quotes_rebuild.main(args)
    out = capsys.readouterr().out
    assert "wall: without quotes" in out and " CPU: without quotes" in out
    # by default both figures of the quotes alone: the other kinds built both ways, or none
    assert "stories: quotes alone" in out and "without = stories only" in out
    assert "bare: quotes alone" in out and "without = no derived data" in out
    assert out.count("CPU, index workers: without") == 2
    found = json.loads(out.strip().splitlines()[-1])
    runs, parts = found["runs"], found["parts"]
    assert list(runs) == ["others", "all", "none", "quotes"]  # each rebuild once a round
    assert all(len(runs[kinds]) == 1 for kinds in runs)
    assert all(wall > 0 and cpu > 0 for kinds in runs for wall, cpu in runs[kinds])
    # one process (--procs 1): no worker, nothing forked, the main process is the whole
    for kinds in runs:
        for (_, cpu), (main, aside, workers) in zip(runs[kinds], parts[kinds], strict=True):
            assert main == pytest.approx(cpu) and aside == workers == 0


@pytest.mark.parametrize(
    ("kinds", "built"),
    [
        ("all", ["casing", "copies", "leans", "quotes", "stories"]),
        ("others", ["casing", "copies", "leans", "stories"]),
        ("quotes", ["quotes"]),
        ("none", []),
    ],
)
def test_each_way_builds_the_kinds_it_names(tmp_path: Path, kinds: str, built: list[str]) -> None:
    # each comparison's two rebuilds differ by the quotes alone (or, plain, by every kind)
    *_, folders = quotes_rebuild.one_rebuild(_corpus(tmp_path), 1, kinds)
    assert folders == built


def test_plain_leaves_every_derived_kind_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--corpus", str(_corpus(tmp_path)), "--rounds", "1", "--procs", "1", "--plain"]
    quotes_rebuild.main([*args, "--code", str(quotes_rebuild.ROOT), "--json"])
    out = capsys.readouterr().out
    assert "plain: quotes and stories together" in out and "without = no derived data" in out
    assert "stories: quotes alone" not in out
    assert list(json.loads(out.strip().splitlines()[-1])["runs"]) == ["none", "all"]


def test_command_times_the_installed_command_cold_and_warm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--corpus", str(_corpus(tmp_path)), "--rounds", "1", "--command", "--json"]
    quotes_rebuild.main(args)
    out = capsys.readouterr().out
    runs = json.loads(out.strip().splitlines()[-1])["runs"]
    assert list(runs) == list(quotes_rebuild.WAYS)  # each once a round, in this order
    assert all(wall > 0 and cpu > 0 for way in runs for wall, cpu in runs[way])
    for warmth in ("cold", "warm"):
        assert f"{warmth} wall: --no-quotes" in out and f"{warmth}  CPU: --no-quotes" in out
