"""Skipped files as they are said: a JSON line's number once, and a toast that names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.models import Skipped
from tests.conftest import write_corpus
from tests.tui.conftest import settle, wait_until
from tui.app import BroadsheetApp
from tui.skips import skip_line, skipped_note


def test_a_json_lines_number_is_said_once() -> None:
    # was "nu14na.jsonl:277: line 277: invalid JSON: ..."
    assert skip_line("na.jsonl:277", "line 277: invalid JSON") == "na.jsonl:277: invalid JSON"
    assert skip_line("na.jsonl:27", "line 277: x") == "na.jsonl:27: line 277: x"  # not its own
    assert skip_line("a.txt", "empty file") == "a.txt: empty file"


def test_a_reason_that_repeats_the_files_name_says_it_once() -> None:
    """nu15 read "bodyless.json: bodyless.json: no 'body' field"."""
    said = "bodyless.json: no 'body' field"
    assert skip_line("bodyless.json", said) == said
    assert skip_line("/news/x/bodyless.json", said) == f"/news/x/{said}"


def test_the_note_names_three_files_with_why_and_counts_the_rest() -> None:
    """The reader lists no skips: the toast says them, not a shell command to run."""
    corpus = Path("/news")
    assert skipped_note([], corpus) == ""
    one = skipped_note([Skipped("/news/a/b.txt", "empty file")], corpus)
    assert one == "\nSkipped a/b.txt: empty file"
    six = skipped_note([Skipped(f"/news/{n}.txt", "empty file") for n in "abcdef"], corpus)
    assert six == "\nSkipped a.txt: empty file\nb.txt: empty file\nc.txt: empty file\nand 3 more"
    lines = skipped_note(
        [Skipped("/data/feed.jsonl:27", "line 27: invalid JSON")], Path("/data/feed.jsonl")
    )
    assert lines == "\nSkipped feed.jsonl:27: invalid JSON"


async def test_the_build_toast_names_what_it_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The toast said "6 files skipped", not which, nor where to see why."""
    files = {"good.txt": "Harbour strike ends.\n\nDock workers return.\n"}
    files |= {f"bad{n}.txt": "" for n in range(3)}
    corpus = write_corpus(tmp_path / "corpus", files)
    app = BroadsheetApp(corpus, tmp_path / "index")  # built as the reader opens
    notes: list[str] = []
    notify = app.notify
    monkeypatch.setattr(app, "notify", lambda m, **kw: notes.append(m) or notify(m, **kw))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: any(n.startswith("Built the index") for n in notes))
        await settle(pilot)
    built = next(n for n in notes if n.startswith("Built the index"))
    assert "3 files skipped" in built
    assert built.endswith(
        "\nSkipped bad0.txt: empty file\nbad1.txt: empty file\nbad2.txt: empty file"
    )
    assert "broadsheet" not in built


def test_parts_left_out_are_listed_apart_from_skipped_files() -> None:
    # rv24 #7: "Skipped f.json: JSON field ignored" read as a file skipped
    corpus = Path("/news")
    note = Skipped("/news/f.json", "JSON field ignored: date (not a date)")
    assert skipped_note([note], corpus) == (
        "\nLeft out of files indexed all the same: f.json: JSON field ignored: date (not a date)"
    )
    both = skipped_note([note, Skipped("/news/a.txt", "empty file")], corpus)
    assert both.startswith("\nSkipped a.txt: empty file\nLeft out of files indexed")
