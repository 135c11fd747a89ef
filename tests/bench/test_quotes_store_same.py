"""`bench.quotes_store_same` compares two quote stores file by file (its builds run the
corpora: too long for a test; the comparison is what decides 'same')."""

from __future__ import annotations

from pathlib import Path

from bench.quotes_store_same import compare


def test_equal_folders_differ_nowhere(tmp_path: Path) -> None:
    for side in ("old", "new"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "groups.jsonl").write_bytes(b'1\t"a"\tq1\t{}\n')
    assert compare(tmp_path / "old", tmp_path / "new") == []


def test_a_changed_and_a_missing_file_are_named(tmp_path: Path) -> None:
    for side, text in (("old", b"x\n"), ("new", b"y\n")):
        (tmp_path / side).mkdir()
        (tmp_path / side / "members.tsv").write_bytes(text)
    (tmp_path / "old" / "toc.json").write_bytes(b"{}\n")
    assert compare(tmp_path / "old", tmp_path / "new") == ["members.tsv", "toc.json"]
