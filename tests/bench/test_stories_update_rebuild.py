"""`bench.stories_update_rebuild`: its measures against hand-counted cases, and a run on a
small labelled corpus written here (no shared corpora needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import stories_update_rebuild as bench
from tests.story_corpus import CORPUS, record


def test_bcubed_pairs_and_what_a_follower_keeps() -> None:
    found = {"a": "x", "b": "x", "c": "y"}
    truth = {"a": "1", "b": "2", "c": "2"}
    scores = bench.bcubed(found, truth)
    assert scores["precision"] == pytest.approx((0.5 + 0.5 + 1) / 3)
    assert scores["recall"] == pytest.approx((1 + 0.5 + 0.5) / 3)
    assert bench.pairs(found) == {("a", "b")}
    assert bench.bcubed(found, found)["F1"] == 1.0
    kept = bench.kept({"x": ["a", "b", "d"], "y": ["c"]}, {"a": "x", "b": "z", "c": "y"})
    assert kept == {
        "stories": 1, "ids_kept": 1, "articles": 3, "still_in": 1, "moved": 1, "gone": 1
    }  # fmt: skip


def test_batches_cover_every_record_once() -> None:
    rows = [{"id": str(k)} for k in range(10)]
    parts = bench.batches(rows, 0.6, 3, seed=4)
    assert [len(p) for p in parts] == [6, 2, 2]
    assert sorted(r["id"] for p in parts for r in p) == sorted(r["id"] for r in rows)
    assert parts[0] == rows[:6]


def test_a_run_on_a_small_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpora = tmp_path / "corpora"
    corpora.mkdir()
    labelled = [{**record(a), "story": a.id.split("-")[0], "url": None} for a in CORPUS]
    lines = "".join(json.dumps(r) + "\n" for r in labelled)
    (corpora / "allsides_stories.jsonl").write_text(lines, encoding="utf-8")
    argv = ["--corpora", str(corpora), "--distractors", "0", "--batches", "2"]
    assert bench.main([*argv, "--keep", str(tmp_path / "work")]) == 0
    out = capsys.readouterr().out
    assert f"{len(CORPUS)} records ({len(CORPUS)} labelled)" in out
    assert "BCubed grown vs rebuilt" in out and "ids_kept" in out
