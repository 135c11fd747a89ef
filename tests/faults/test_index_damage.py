"""Damaged, missing, outdated and unsafe indexes are detected, never misread."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index import search as search_module
from index.build import rebuild
from index.search import open_index
from index.store import (
    CURRENT,
    MANIFEST,
    IndexDamaged,
    IndexMissing,
    IndexUnsafe,
    current_generation,
    read_json,
    write_json,
)
from tui.cli import Exit, app

DAMAGED = "index damaged, run `broadsheet index rebuild`"


def _segment(index_dir: Path) -> Path:
    """The largest file of the index's segments (its postings or stored fields)."""
    generation = current_generation(index_dir)
    assert generation is not None
    parts = [p for p in generation.glob("MAIN_*") if p.suffix in (".seg", ".pst", ".col")]
    return max(parts, key=lambda p: p.stat().st_size)


def test_flipped_bit_is_detected(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    segment = _segment(index_dir)
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0x01
    segment.write_bytes(bytes(data))
    with pytest.raises(IndexDamaged, match="index damaged"):
        open_index(index_dir)
    result = CliRunner().invoke(app, ["search", "frost", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX
    assert result.stderr.strip() == f"broadsheet: {DAMAGED}"


def test_truncated_and_missing_files_are_detected(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    segment = _segment(index_dir)
    segment.write_bytes(segment.read_bytes()[:100])
    with pytest.raises(IndexDamaged):
        open_index(index_dir)
    segment.unlink()
    with pytest.raises(IndexDamaged):
        open_index(index_dir)


def test_damaged_manifest_and_pointer(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    generation = current_generation(index_dir)
    assert generation is not None
    (generation / MANIFEST).write_text("{not json")
    with pytest.raises(IndexDamaged, match="damaged"):
        open_index(index_dir)
    (index_dir / CURRENT).write_text("../../etc\n")
    with pytest.raises(IndexDamaged, match="pointer"):
        open_index(index_dir)


def test_rebuild_repairs_a_damaged_index(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    _segment(index_dir).write_bytes(b"garbage")
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == 0
    with open_index(index_dir) as index:
        assert len(index) == 3


def test_no_index(index_dir: Path) -> None:
    with pytest.raises(IndexMissing, match="broadsheet index rebuild"):
        open_index(index_dir)


def test_older_schema_version_is_rebuilt_with_a_message(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    generation = current_generation(index_dir)
    assert generation is not None
    manifest = read_json(generation / MANIFEST)
    manifest["schema_version"] = 0
    write_json(generation / MANIFEST, manifest)
    result = CliRunner().invoke(app, ["search", "frost", "--json", "--corpus", str(corpus)])
    assert result.exit_code == 0
    assert "schema version 0" in result.stderr and "rebuilding" in result.stderr
    assert '"orchard.txt"' in result.stdout


def test_world_writable_index_is_refused_before_unpickling(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    os.chmod(index_dir, 0o777)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("Whoosh must not open an unsafe index")

    monkeypatch.setattr(search_module, "open_dir", never)
    with pytest.raises(IndexUnsafe, match="writable by other users"):
        open_index(index_dir)
    result = CliRunner().invoke(app, ["search", "frost", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX and "writable by other users" in result.stderr


def test_world_writable_generation_is_refused(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    generation = current_generation(index_dir)
    assert generation is not None
    os.chmod(generation, 0o777)
    with pytest.raises(IndexUnsafe):
        open_index(index_dir)
