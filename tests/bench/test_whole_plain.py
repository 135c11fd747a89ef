"""The whole bench's plain rebuild rows (no stories, no quotes) beside raw Whoosh's script."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import whole
from bench.common import Recorder


def _runs(seconds: list[float]) -> list[dict[str, Any]]:
    return [{"seconds": s, "cpu_s": s / 2} for s in seconds]


def test_rows_and_ratios_from_given_runs(tmp_path: Path) -> None:
    rec = Recorder(tmp_path / "c.jsonl", tmp_path, quick=False)
    runs = {"raw": _runs([2.0, 4.0, 3.0]), "plain": _runs([3.0, 6.0, 3.3]), "broadsheet": []}
    figures: dict[str, Any] = {}
    whole.plain_rows(rec, 2, runs, figures)
    assert figures["plain"] == {"min": 3.0, "median": 3.3, "max": 6.0, "n": 3}
    assert figures["plain_ratio"] == pytest.approx({"median": 1.1, "min": 1.5})
    assert figures["cpu_plain"]["median"] == pytest.approx(1.65)
    name, ours, theirs, ratio, target = rec.rows[0]
    assert name == "whole rebuild without stories and quotes, procs=2, 3 runs"
    assert (ours, theirs) == ("3.30 s (3.00-6.00)", "3.00 s (2.00-4.00)")
    assert ratio == "1.10x (min 1.50x)" and target == "<=1.2x: met"
    assert rec.rows[1][0] == "  CPU seconds without stories and quotes, procs=2"
    assert rec.rows[1][3] == "1.10x (min 1.50x)"  # CPU beside raw's CPU


def test_a_command_without_the_options_gets_a_note(tmp_path: Path) -> None:
    rec = Recorder(tmp_path / "c.jsonl", tmp_path, quick=False)
    figures: dict[str, Any] = {}
    whole.plain_rows(rec, 1, {"raw": _runs([1.0]), "plain": [], "broadsheet": []}, figures)
    assert figures == {}
    assert rec.rows == [
        (
            "whole rebuild without stories and quotes, procs=1",
            "not measured: `index rebuild` has no --no-stories and --no-quotes",
            "",
            "",
            "",
        )
    ]


def test_whole_build_on_a_tiny_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": f"a{n}", "title": f"Wheat {n}", "date": "1987-03-02", "body": f"Oil rose {n}."}
        for n in range(12)
    ]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    monkeypatch.setattr(whole, "proc_counts", lambda: [1])
    rec = Recorder(corpus, tmp_path, quick=False)
    rec.whole_rounds = 2
    whole.build(rec)
    figures = rec.figures["whole"]["build"]["procs1"]
    assert len(figures["runs"]["plain"]) == len(figures["runs"]["raw"]) == 2
    assert figures["plain"]["n"] == 2 and figures["plain"]["min"] > 0
    ratio = figures["plain"]["median"] / figures["raw"]["median"]
    assert figures["plain_ratio"]["median"] == pytest.approx(ratio)
    names = [row[0] for row in rec.rows]
    assert "whole rebuild, procs=1, 2 runs" in names  # the existing row, unchanged
    assert "whole rebuild without stories and quotes, procs=1, 2 runs" in names
