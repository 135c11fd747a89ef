"""`python -m bench.quotes_rebuild` runs end to end on a small corpus and prints both ratios."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import quotes_rebuild
from tests.quote_rows import ROWS


def test_quotes_rebuild_prints_wall_and_cpu(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "quoted.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    quotes_rebuild.main(["--corpus", str(corpus), "--rounds", "1", "--procs", "1", "--json"])
    out = capsys.readouterr().out
    assert "wall: without quotes" in out and " CPU: without quotes" in out
    assert "without = stories only" in out  # `--no-quotes`: the stories still built
    runs = json.loads(out.strip().splitlines()[-1])
    assert len(runs["without"]) == len(runs["with"]) == 1
    assert all(wall > 0 and cpu > 0 for wall, cpu in runs["without"] + runs["with"])
    assert "CPU, index workers: without" in out
    # one process (--procs 1): no worker, nothing forked, the main process is the whole
    for (_, cpu), (main, aside, workers) in zip(
        runs["without"] + runs["with"],
        runs["parts"]["without"] + runs["parts"]["with"],
        strict=True,
    ):
        assert main == pytest.approx(cpu) and aside == workers == 0


def test_plain_leaves_every_derived_kind_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "quoted.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    args = ["--corpus", str(corpus), "--rounds", "1", "--procs", "1", "--plain"]
    quotes_rebuild.main([*args, "--code", str(quotes_rebuild.ROOT)])
    assert "without = no derived data" in capsys.readouterr().out
