"""`python -m bench.stories_wired` runs end to end on a small corpus and reports every figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.stories_wired import main
from tests.story_corpus import write_corpus


def test_stories_wired_reports_its_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl")
    assert main([str(corpus)]) == 0
    printed = capsys.readouterr().out
    figures = json.loads(printed[: printed.rindex("}") + 1])
    assert figures["articles"] == 8 and figures["stories"] == 3
    assert {"rebuild_with_cpu_s", "update_with_cpu_s", "related_p95_ms"} <= set(figures)
    assert "stories add" in printed


def test_stories_wired_says_when_the_corpus_is_missing(tmp_path: Path) -> None:
    assert main([str(tmp_path / "nothing.jsonl")]) == 2
