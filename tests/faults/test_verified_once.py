"""Checksums read once per generation (`index.store.verified`): damage found all the same.

The oracle is `verify(crc=True)`, which reads every file: after any change to a file of a
generation whose record was written, opening the index must fail exactly when it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.store import verified
from index.store.build import rebuild
from index.store.generations import (
    VERIFIED,
    IndexDamaged,
    checksums,
    current_generation,
    load_manifest,
    verify,
)
from index.store.status import index_status
from index.store.update import update


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the record be written at once: its clock reads a minute on."""
    monkeypatch.setattr(verified, "time_ns", lambda: time.time_ns() + 60 * 10**9)


def _generation(index_dir: Path) -> Path:
    generation = current_generation(index_dir)
    assert generation is not None
    return generation


def _recorded(corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Build, open once with the record written, and return the generation."""
    rebuild(corpus, index_dir)
    _settled(monkeypatch)
    open_index(index_dir).close()
    generation = _generation(index_dir)
    assert (generation / VERIFIED).exists()
    return generation


def _next_tick(path: Path, scratch: Path) -> None:
    """Wait until a file written now gets a later change time than ``path`` has.

    File times come from a coarse clock: a change in the same tick as the file's last
    one could keep its times, which the record's settling time is there to rule out.
    """
    last = path.stat().st_ctime_ns
    while True:
        scratch.write_bytes(b"")
        if scratch.stat().st_ctime_ns > last:
            return


def _open_reads_crcs(index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Open the index; True if it read the files' CRCs to do so."""
    read = []

    def counted(folder: Path, *args: object) -> dict[str, list[int]]:
        read.append(folder)
        return checksums(folder)

    with monkeypatch.context() as patch:
        patch.setattr(verified, "checksums", counted)
        open_index(index_dir).close()
    return bool(read)


def test_first_open_reads_crcs_and_later_opens_do_not(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    assert _open_reads_crcs(index_dir, monkeypatch)  # too fresh to record
    assert not (_generation(index_dir) / VERIFIED).exists()
    _settled(monkeypatch)
    assert _open_reads_crcs(index_dir, monkeypatch)
    record = json.loads((_generation(index_dir) / VERIFIED).read_text())
    manifest = load_manifest(_generation(index_dir))
    assert record["generation"] == _generation(index_dir).name
    assert record["files"].keys() == manifest["checksums"].keys()
    assert not _open_reads_crcs(index_dir, monkeypatch)
    verify(_generation(index_dir), manifest)  # the record itself is not checksummed


def _flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :]


CHANGES = {
    "flipped bit": _flip,
    "truncated": lambda data: data[:-1],
    "appended": lambda data: data + b"\0",
    "rewritten as it was": lambda data: data,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("which", ["segment", "smallest"])
def test_a_change_after_the_record_is_judged_as_a_full_check_judges_it(
    corpus: Path,
    index_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: str,
    which: str,
) -> None:
    generation = _recorded(corpus, index_dir, monkeypatch)
    names = sorted(load_manifest(generation)["checksums"])
    sizes = {name: size for name in names if (size := (generation / name).stat().st_size)}
    ranked = sorted(sizes, key=sizes.__getitem__)
    name = ranked[-1] if which == "segment" else ranked[0]  # largest, or smallest not empty
    path = generation / name
    _next_tick(path, tmp_path / "scratch")
    path.write_bytes(CHANGES[change](path.read_bytes()))
    try:
        verify(generation, load_manifest(generation))
    except IndexDamaged:
        with pytest.raises(IndexDamaged, match="index damaged"):
            open_index(index_dir)
    else:
        assert _open_reads_crcs(index_dir, monkeypatch)  # changed: read again, then trusted
        assert not _open_reads_crcs(index_dir, monkeypatch)


def test_a_file_replaced_by_a_copy_is_read_again(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generation = _recorded(corpus, index_dir, monkeypatch)
    name = max(
        load_manifest(generation)["checksums"], key=lambda n: (generation / n).stat().st_size
    )
    shutil.copy2(generation / name, generation / "copy")
    os.replace(generation / "copy", generation / name)  # same bytes and times, new inode
    assert _open_reads_crcs(index_dir, monkeypatch)


@pytest.mark.parametrize(
    "record",
    ["{not json", '{"generation": "gen-0", "files": {}}', '{"files": []}', "[]"],
)
def test_a_record_that_does_not_vouch_means_a_full_check(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch, record: str
) -> None:
    rebuild(corpus, index_dir)
    (_generation(index_dir) / VERIFIED).write_text(record)
    assert _open_reads_crcs(index_dir, monkeypatch)


def test_an_update_does_not_inherit_the_record(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _recorded(corpus, index_dir, monkeypatch)
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")
    update(corpus, index_dir)
    after = _generation(index_dir)
    assert after != before
    verify(after, load_manifest(after))
    assert _open_reads_crcs(index_dir, monkeypatch)  # a new generation: read once
    assert not _open_reads_crcs(index_dir, monkeypatch)
    with open_index(index_dir) as index:
        assert len(index) == 4


_DAMAGE = st.sampled_from(["flip", "truncate", "rewrite same", "none"])


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(damage=_DAMAGE, which=st.integers(0, 10**6), where=st.floats(0, 1), recorded=st.booleans())
def test_status_says_damaged_exactly_when_opening_fails(
    corpus: Path,
    index_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
    which: int,
    where: float,
    recorded: bool,
) -> None:
    """nu28 #10: the plain `index status` said "fresh" while every search said "index
    damaged". The oracle: opening the index (what a search does), after the same damage."""
    if not (index_dir / "pristine").exists():
        rebuild(corpus, index_dir / "pristine")
    folder = tmp_path_factory.mktemp("copy") / "index"
    shutil.copytree(index_dir / "pristine", folder)
    generation = _generation(folder)
    if recorded:  # opened once: the record vouches for the files as they are
        with monkeypatch.context() as patch:
            _settled(patch)
            open_index(folder).close()
    names = sorted(load_manifest(generation)["checksums"])
    path = generation / names[which % len(names)]
    data = bytearray(path.read_bytes())
    at = min(int(where * len(data)), max(len(data) - 1, 0))
    if damage == "flip" and data:
        _next_tick(path, folder / "scratch")
        data[at] ^= 0x10
        path.write_bytes(bytes(data))
    elif damage == "truncate":
        path.write_bytes(bytes(data[:at]))
    elif damage == "rewrite same":
        _next_tick(path, folder / "scratch")
        path.write_bytes(bytes(data))
    status = index_status(corpus, folder)  # first: opening may write the record
    try:
        open_index(folder).close()
        opened = True
    except IndexDamaged:
        opened = False
    assert status.state.startswith("damaged") == (not opened), (damage, path.name, status.state)
    assert status.verified == "as opened"
