"""`index status` prints the corpus and index paths whole, never cropped at the
terminal's width (nu36 #10: the index path ended in "…" at 80 columns)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import write_corpus
from tui.cli import app


def test_long_paths_are_printed_whole(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*(f"a-long-folder-name-number-{n}" for n in range(4)))
    corpus = write_corpus(deep / "corpus", {"a.txt": "Dam holds\n\nThe dam held.\n"})
    index_dir = deep / "index"
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    runner = CliRunner()
    assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
    shown = runner.invoke(app, [*where, "index", "status"], env={"COLUMNS": "60"})
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert any(line.split() == ["corpus", str(corpus)] for line in lines), lines[:3]
    assert any(line.split() == ["index", str(index_dir)] for line in lines), lines[:3]
    assert "…" not in shown.stdout and any(line.startswith("state") for line in lines)
