"""`bench.quotes_same` compares two dumps of quotes line by line (its extraction passes run
the corpora: too long for a test; the comparison is what decides 'same')."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.quotes_same import compare


def test_equal_dumps_differ_nowhere(tmp_path: Path) -> None:
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text('["a", [], []]\n["b", [], []]\n', encoding="utf-8")
    new.write_text('["a", [], []]\n["b", [], []]\n', encoding="utf-8")
    assert compare(old, new) == 0


def test_a_changed_and_a_missing_article_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text('["a", [], []]\n["b", [1], []]\n["c", [], []]\n', encoding="utf-8")
    new.write_text('["a", [], []]\n["b", [2], []]\n', encoding="utf-8")
    assert compare(old, new) == 2
    out = capsys.readouterr().out
    assert "line 1 differs" in out and "line 2 differs" in out and "new None" in out
