"""`index status --json` had `left_out_parts` (and `skipped_files`) only when something was
left out (nu35 #10), though README lists them: a script reading them on a clean corpus hit
KeyError. They are always there, empty lists when nothing was."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import write_corpus
from tui.cli import app


def test_a_clean_corpus_has_empty_lists(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", {"a.txt": "Dam holds\n\nThe dam held.\n"})
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
    shown = runner.invoke(app, [*where, "index", "status", "--json"])
    assert shown.exit_code == 0, shown.output
    status = json.loads(shown.output)
    assert (status["skipped"], status["skipped_files"]) == (0, [])
    assert (status["left_out"], status["left_out_parts"]) == (0, [])
