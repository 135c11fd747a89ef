"""Damaged, missing, outdated and unsafe indexes are detected, never misread."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.search.engine import open_index
from index.store import reader as store_reader
from index.store.build import rebuild
from index.store.generations import (
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


def _flip_a_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_flipped_bit_is_detected(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    _flip_a_bit(_segment(index_dir))
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

    monkeypatch.setattr(store_reader, "open_dir", never)
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


def _status(corpus: Path, *extra: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["index", "status", "--json", "--corpus", str(corpus), *extra])
    assert result.exit_code == 0, result.output
    status: dict[str, object] = json.loads(result.stdout)
    return status


def test_status_reports_a_truncated_segment_as_damaged(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    assert _status(corpus)["state"] == "fresh"
    segment = _segment(index_dir)
    segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])
    assert _status(corpus)["state"] == "damaged (run `broadsheet index rebuild`)"
    result = CliRunner().invoke(app, ["index", "status", "--corpus", str(corpus)])
    assert "damaged (run `broadsheet index rebuild`)" in result.stdout


def test_status_finds_a_flipped_bit_as_a_search_does(corpus: Path, index_dir: Path) -> None:
    """nu28 #10: the plain status said "fresh" over a corrupt segment (it checked sizes
    alone) while every search said "index damaged"; it checks the files as opening does."""
    rebuild(corpus, index_dir)
    assert _status(corpus)["verified"] == "as opened"
    _flip_a_bit(_segment(index_dir))
    quick = _status(corpus)
    assert quick["state"] == "damaged (run `broadsheet index rebuild`)"
    assert quick["verified"] == "as opened"
    thorough = _status(corpus, "--verify")
    assert thorough["state"] == "damaged (run `broadsheet index rebuild`)"
    assert thorough["verified"] == "checksums"


@pytest.mark.parametrize("damage", ["truncated", "flipped bit", "manifest"])
def test_update_refuses_a_damaged_base(corpus: Path, index_dir: Path, damage: str) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    assert before is not None
    segment = _segment(index_dir)
    if damage == "truncated":
        segment.write_bytes(segment.read_bytes()[:-100])
    elif damage == "flipped bit":
        _flip_a_bit(segment)
    else:
        (before / MANIFEST).write_text("{not json")
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")
    result = CliRunner().invoke(app, ["index", "update", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX
    assert result.stderr.strip() == f"broadsheet: {DAMAGED}"
    assert current_generation(index_dir) == before  # nothing was built on it
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == 0
    with open_index(index_dir) as index:
        assert len(index) == 4


@pytest.mark.parametrize(
    ("field", "value"),
    [("derived", 5), ("derived", [5]), ("files", []), ("articles", "4"), ("rules", 1)],
)
def test_a_manifest_field_of_another_type_is_damage(
    corpus: Path, index_dir: Path, field: str, value: object
) -> None:
    # a hand-edited manifest: the damaged-index message, as for one that is not JSON
    rebuild(corpus, index_dir)
    generation = current_generation(index_dir)
    assert generation is not None
    manifest = read_json(generation / MANIFEST)
    write_json(generation / MANIFEST, {**manifest, field: value})
    result = CliRunner().invoke(app, ["index", "status", "--corpus", str(corpus)])
    assert result.exit_code == 0 and "TypeError" not in result.output
    assert f"index file {MANIFEST} is damaged" in result.stdout
    with pytest.raises(IndexDamaged, match="damaged"):
        open_index(index_dir)
    result = CliRunner().invoke(app, ["index", "update", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX
    assert result.stderr.strip() == f"broadsheet: {DAMAGED}"
