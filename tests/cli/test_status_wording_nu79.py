"""nu79 #6: `index status` said `copies 278 (the same text as another file of its outlet ...)`
of a corpus that is one JSON Lines file (the copies are its records), and `articles 18765`
where the reader says 18,765. The oracle for the counts: Python's own `f"{n:,}"`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.library import Library
from index.models import IndexStatus
from tui.cli import app

COUNTS = ("articles", "files", "skipped", "new_files", "changed_files", "deleted_files")


def test_copies_in_one_jsonl_file_are_not_called_files(tmp_path: Path) -> None:
    records = [
        {"id": f"r{n}", "title": f"Harbour ferry {n}", "source": "Reuters", "body": f"Text {n}."}
        for n in range(3)
    ]
    records.append({**records[0], "id": "r0-again"})  # the same outlet, title and body
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
    table = runner.invoke(app, [*where, "index", "status"]).stdout
    said = re.search(r"^copies +(.*)$", table, re.M)
    assert said is not None, table
    assert said.group(1).startswith("1 (the same text as another article of its outlet")
    assert "file" not in said.group(1)
    assert re.search(r"^articles +3 *$", table, re.M), table


FIXTURES = [HealthCheck.function_scoped_fixture]  # tmp_path and monkeypatch: the same each time


@settings(max_examples=10, deadline=None, suppress_health_check=FIXTURES)
@given(counts=st.tuples(*(st.integers(0, 10**7) for _ in COUNTS)), copies=st.integers(1, 10**6))
def test_counts_have_the_readers_thousands_separator(
    counts: tuple[int, ...], copies: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every count in the table as the reader writes it; JSON keeps plain numbers."""
    values = dict(zip(COUNTS, counts, strict=True))
    report = IndexStatus(str(tmp_path), str(tmp_path / "index"), "fresh", copies=copies, **values)
    monkeypatch.setattr(Library, "status", lambda self, verify=False: report)
    where = ["--corpus", str(tmp_path), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    table = runner.invoke(app, [*where, "index", "status"]).stdout
    for key, value in values.items():
        assert re.search(rf"^{key.replace('_', ' ')} +{re.escape(f'{value:,}')} *$", table, re.M), (
            key,
            table,
        )
    assert re.search(rf"^copies +{re.escape(f'{copies:,}')} \(", table, re.M), table
    status = json.loads(runner.invoke(app, [*where, "index", "status", "--json"]).stdout)
    assert {key: status[key] for key in COUNTS} == values and status["copies"] == copies
