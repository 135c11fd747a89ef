"""Promise 2: a bad file costs one article, never the build."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from index.ingest import files as ingest_files
from index.ingest.files import ReadError
from index.ingest.readers import read_source, scan
from index.search.engine import open_index
from index.search.highlight import highlighter_for_text
from index.store.build import rebuild


def _build(corpus: Path, index_dir: Path, procs: int | None = None) -> dict[str, str]:
    report = rebuild(corpus, index_dir, procs=procs)
    return {Path(s.path.split(" (")[0]).name: s.reason for s in report.skipped}


@pytest.fixture
def messy(corpus: Path) -> Path:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_bytes(b"   \n\n\t\n")
    (corpus / "nul.txt").write_bytes(b"text\x00with\x00nuls")
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (corpus / "bad.json").write_bytes(b'{"title": "x", "body": ')
    (corpus / "typed.json").write_bytes(b'{"title": ["a list"], "body": "Some body."}')
    (corpus / "lines.jsonl").write_bytes(
        b'{"id": "ok1", "body": "A fine wire story."}\n'
        b"{broken\n"
        b'{"id": "nobody"}\n'
        b'{"id": "wrong", "body": 42}\n'
        b'["not", "an", "object"]\n'
    )
    return corpus


def test_bad_files_are_skipped_and_counted(messy: Path, index_dir: Path) -> None:
    reasons = _build(messy, index_dir)
    assert reasons["empty.txt"] == "empty file"
    assert "whitespace" in reasons["blank.txt"]
    assert "NUL bytes" in reasons["nul.txt"]
    assert reasons["photo.txt"] == "binary file (PNG image)"
    # nu19 #10: was Python's own "invalid JSON: Expecting ',' delimiter: line 1 column ..."
    assert re.fullmatch(r"not valid JSON \(line 1, column \d+\)", reasons["bad.json"])
    assert "'title' should be text" in reasons["typed.json"]
    line_reasons = sorted(r for name, r in reasons.items() if name.startswith("lines.jsonl"))
    assert line_reasons == [
        "line 2: not valid JSON (column 2)",
        "line 3: no 'body' field",
        "line 4: 'body' should be text, not int",
        "line 5: expected a JSON object, got list",
    ]
    assert all("\n" not in r for r in reasons.values())
    with open_index(index_dir) as index:
        # the three good files, the good JSON line, and typed.json without its title (a
        # bad field drops that field, not the record: nu25 #9)
        assert len(index) == 5


def test_file_over_the_cap_is_skipped_without_reading_it(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 64 * 1024)
    (corpus / "huge.txt").write_bytes(b"word " * 100_000)
    reasons = _build(corpus, index_dir, procs=1)  # the lowered cap holds in this process only
    assert reasons["huge.txt"].startswith("file too large (500,000 bytes")


def test_two_megabyte_single_line(corpus: Path, index_dir: Path) -> None:
    # just under the two-million-character limit on an article (`MAX_ARTICLE_CHARS`)
    (corpus / "oneline.txt").write_text("harbour " + "tide and wind, " * 133_000 + "\n")
    assert _build(corpus, index_dir) == {}
    with open_index(index_dir) as index:
        assert index.search("tide").total == 1


def test_giant_token(corpus: Path, index_dir: Path) -> None:
    (corpus / "token.txt").write_text("Headline\n\nA " + "x" * 200_000 + " token and frost.\n")
    reasons = _build(corpus, index_dir)
    assert "token.txt" not in reasons
    with open_index(index_dir) as index:
        assert index.search("frost").total == 2
        highlighter_for_text("frost").spans(index.article("token.txt").body)


def test_file_vanishes_between_scan_and_read(corpus: Path) -> None:
    files, _ = scan(corpus)
    files[0].path.unlink()
    with pytest.raises(ReadError, match="vanished"):
        read_source(files[0])


def test_file_changes_during_scan_is_reindexed_next_update(corpus: Path, index_dir: Path) -> None:
    from index.store.update import update

    rebuild(corpus, index_dir)
    target = corpus / "orchard.txt"
    target.write_text(target.read_text() + "\nLater: snow fell too.\n")
    os.utime(target, ns=(10**18, 10**18))
    report = update(corpus, index_dir)
    assert report.indexed == 1
    with open_index(index_dir) as index:
        assert index.search("snow").total == 1


def test_same_article_twice(corpus: Path, index_dir: Path) -> None:
    (corpus / "copy.txt").write_text((corpus / "orchard.txt").read_text())
    (corpus / "twice.jsonl").write_text(
        '{"id": "dup", "body": "First copy."}\n{"id": "dup", "body": "First copy."}\n'
    )
    reasons = _build(corpus, index_dir)
    assert any("duplicate id 'dup'" in r for r in reasons.values())
    with open_index(index_dir) as index:
        assert index.search("frost").total == 2  # same text, two files: both kept
        assert len(index) == 5


def test_skipped_files_leave_the_index_fresh_and_update_a_no_op(
    messy: Path, index_dir: Path
) -> None:
    from index.skip_count import is_note
    from index.store.generations import current_generation
    from index.store.status import index_status
    from index.store.update import update

    built = rebuild(messy, index_dir).skipped
    skipped = sum(1 for skip in built if not is_note(skip))  # files, not parts left out (sm24)
    status = index_status(messy, index_dir)
    assert status.state == "fresh" and status.new_files == 0
    assert status.skipped == skipped
    generation = current_generation(index_dir)
    report = update(messy, index_dir)
    assert report.indexed == report.deleted == 0
    assert current_generation(index_dir) == generation  # nothing to do, nothing rebuilt
    (messy / "orchard.txt").write_text("Apple growers count the frost.\n")
    update(messy, index_dir)  # another file changed: the skip reasons are carried over
    status = index_status(messy, index_dir)
    assert status.state == "fresh" and status.skipped == skipped
    (messy / "empty.txt").write_text("Now it has words about the harbour.\n")
    assert index_status(messy, index_dir).changed_files == 1
    assert update(messy, index_dir).indexed == 1  # a skipped file that changed is read again
    assert index_status(messy, index_dir).skipped == skipped - 1
