"""An article over the length limit: one line in the build's skip list and in `index status`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from index.ingest.files import MAX_ARTICLE_CHARS
from tui.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout


def test_a_text_one_character_over_the_limit_is_listed_with_its_length(
    corpus: Path, index_dir: Path
) -> None:
    long = corpus / "long.txt"
    long.write_text("Harbour\n\n" + "é" * (MAX_ARTICLE_CHARS - 8), encoding="utf-8")
    reason = (
        f"article too long: {MAX_ARTICLE_CHARS + 1:,} characters "
        f"(the limit is {MAX_ARTICLE_CHARS:,})"
    )
    code, out = run("index", "rebuild", "--corpus", str(corpus))
    assert code == 0 and "3 articles indexed, 1 file skipped" in out
    assert f"long.txt: {reason}\n" in out  # paths relative to the corpus folder (fx17c)
    code, out = run("index", "status", "--corpus", str(corpus))
    assert code == 0 and "fresh" in out
    assert f"  long.txt: {reason}\n" in out
    code, out = run("index", "status", "--corpus", str(corpus), "--json")
    status = json.loads(out)
    assert status["skipped"] == 1
    assert status["skipped_files"] == [{"path": str(long), "reason": reason}]
    code, out = run("show", "long.txt", "--corpus", str(corpus))
    assert code == 3  # not in the index
