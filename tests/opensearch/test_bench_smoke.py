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


@pytest.mark.opensearch
def test_the_reader_bench_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench.opensearch_reader import main as reader_main

    corpus = write_corpus(tmp_path / "news.jsonl", count=60)
    out = tmp_path / "reader.json"
    args = ["--corpus", str(corpus), "--articles", "150", "--words", "3", "--out", str(out)]
    assert reader_main(args) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["articles"] == 150
    assert len(figures["keystroke_ms"]) == 3 and all(ms > 0 for ms in figures["keystroke_ms"])
    assert "keystroke to list p50" in capsys.readouterr().out


def test_a_replicated_corpus_is_parts_of_new_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bench.opensearch_bench as opensearch_bench

    corpus = write_corpus(tmp_path / "news.jsonl", count=5)
    monkeypatch.setattr(opensearch_bench, "PART_ARTICLES", 7)
    out = opensearch_bench.replicate(corpus, 23, tmp_path / "scaled")
    parts = sorted(out.iterdir())
    rows = [json.loads(line) for part in parts for line in part.read_text().splitlines()]
    assert [len(part.read_text().splitlines()) for part in parts] == [7, 7, 7, 2]
    assert len({row["id"] for row in rows}) == 23
    originals = [json.loads(line) for line in corpus.read_text().splitlines()]
    assert [row["body"] for row in rows] == [originals[n % 5]["body"] for n in range(23)]
