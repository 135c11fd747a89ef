"""nu27 #7: what `index update` says it skipped, in the build's words. A named pipe and a
symlink out of the corpus, listed by the rebuild, are not listed again by each update ("0
skipped" now, counted "by earlier builds"); and the count in all says files and records as
the rebuild did ("3 files and 2 records"), where it said "5 files"."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import app

GOOD = "Harbour strike\n\nDockers walked out on Monday over pay, the union said.\n"
RECORD = json.dumps({"id": "r0", "title": "Ferry resumes", "body": "The ferry ran again."})


def said(n: int, one: str) -> str:
    return f"{n} {one}" if n == 1 else f"{n} {one}s"


def words(files: int, records: int) -> str:
    return " and ".join(said(n, one) for n, one in ((files, "file"), (records, "record")) if n)


@pytest.mark.parametrize(("empty", "bad_lines"), [(0, 2), (1, 2), (2, 0), (0, 1)])
def test_an_update_says_files_and_records_as_the_rebuild_did(
    tmp_path: Path, empty: int, bad_lines: int
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "anchor.txt").write_text(GOOD)
    os.mkfifo(corpus / "pipe.txt")
    (tmp_path / "outside.txt").write_text(GOOD)
    (corpus / "out.txt").symlink_to(tmp_path / "outside.txt")
    for n in range(empty):
        (corpus / f"empty{n}.txt").write_text("")
    (corpus / "feed.jsonl").write_text(RECORD + "\n" + "{not json\n" * bad_lines)
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    built = runner.invoke(app, ["index", "rebuild", *where])
    assert built.exit_code == 0, built.output
    skipped = words(2 + empty, bad_lines)
    assert f", {skipped} skipped in " in built.output

    nothing = runner.invoke(app, ["index", "update", *where])
    assert nothing.exit_code == 0, nothing.output
    assert "pipe.txt" not in nothing.output and "out.txt" not in nothing.output
    assert f"  {skipped} skipped by earlier builds" in nothing.output

    (corpus / "late.txt").write_text("")  # one file more, and one record
    (corpus / "feed.jsonl").write_text(RECORD + "\n" + "{not json\n" * (bad_lines + 1))
    more = runner.invoke(app, ["index", "update", *where])
    assert more.exit_code == 0, more.output
    assert "pipe.txt" not in more.output and "out.txt" not in more.output
    now = words(1, bad_lines + 1)  # the feed is read again: all its bad lines are now
    earlier = words(2 + empty, 0)
    assert (
        f"  {words(3 + empty, bad_lines + 1)} skipped in all: {now} now, {earlier} by earlier"
        in more.output
    ), more.output


def test_a_pipe_that_appears_alone_is_said_now_once(tmp_path: Path) -> None:
    """rv26 #4: a named pipe appearing while nothing else changed was "now" at each update
    (the fast path of an update that reads nothing wrote no manifest to remember it)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "anchor.txt").write_text(GOOD)
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    assert runner.invoke(app, ["index", "rebuild", *where]).exit_code == 0
    os.mkfifo(corpus / "pipe2.txt")
    first = runner.invoke(app, ["index", "update", *where])
    assert first.exit_code == 0, first.output
    assert "pipe2.txt" in first.output
    for _ in range(2):
        again = runner.invoke(app, ["index", "update", *where])
        assert again.exit_code == 0, again.output
        assert "pipe2.txt" not in again.output
        assert "1 file skipped by earlier builds" in again.output
