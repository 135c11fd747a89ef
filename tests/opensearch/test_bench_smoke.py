"""The OpenSearch benchmark runs end to end (a smoke run on a small made-up corpus)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from bench.opensearch_bench import main
from tests.opensearch.generated import write_corpus


@pytest.mark.opensearch
def test_the_bench_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=120)
    out = tmp_path / "opensearch.json"
    name = f"bs-test-bench-{uuid.uuid4().hex[:8]}"
    assert main(["--quick", "--corpus", str(corpus), "--out", str(out), "--index", name]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["articles"] == 120
    assert len(figures["search_ms"]["opensearch"]) == 50
    assert figures["disagreeing"] == []  # as many hits for every query on both engines
    assert "| search p95 |" in capsys.readouterr().out
