"""An update reads the CRC-32s of the generation it builds on in a thread while it works:
damage found there fails the update (as damage, whatever else went wrong) before the new
generation is published."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.store import base_check
from index.store import update as store_update
from index.store.build import rebuild
from index.store.generations import IndexDamaged, current_generation
from index.store.update import update

DAMAGED = "index damaged, run `broadsheet index rebuild`"


def _flip_a_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _unread(index_dir: Path) -> Path:
    """A file of the live generation that an update hard-links but never reads: the
    stored fields of its segment (an update of a new file reads no stored field)."""
    generation = current_generation(index_dir)
    assert generation is not None
    return max(generation.glob("MAIN_*._stored.col"), key=lambda p: p.stat().st_size)


def test_damage_the_update_does_not_read_fails_it_before_publishing(
    corpus: Path, index_dir: Path
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    _flip_a_bit(_unread(index_dir))
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")
    with pytest.raises(IndexDamaged, match="index damaged"):
        update(corpus, index_dir)
    assert current_generation(index_dir) == before
    assert sorted(p.name for p in index_dir.iterdir() if p.name.startswith("tmp-")) == []


@pytest.mark.parametrize("damaged", [True, False])
def test_an_update_failing_on_a_damaged_base_says_damaged(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch, damaged: bool
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    if damaged:
        _flip_a_bit(_unread(index_dir))
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the work failed")

    monkeypatch.setattr(store_update, "_update_into", broken)
    expected = IndexDamaged if damaged else RuntimeError
    with pytest.raises(expected) as raised:
        update(corpus, index_dir)
    if damaged:
        assert str(raised.value) == DAMAGED
        assert isinstance(raised.value.__cause__, RuntimeError)
    assert current_generation(index_dir) == before


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (OSError(5, "Input/output error"), "cannot read the index"),
        (KeyboardInterrupt(), "check ended early"),  # the thread ends with no answer
    ],
)
def test_a_check_that_cannot_read_or_ends_early_is_damage(
    corpus: Path,
    index_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: BaseException,
    message: str,
) -> None:
    """Review findings: a read error of the live index was reported as a failed write
    ("cannot write the index"), and a check thread that ended without an answer let the
    update publish (it failed open)."""
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")
    real = base_check.sound_base

    def reading(generation: Path, *, crc: bool, read: object = None) -> object:
        if crc:  # the thread's full read
            raise fault
        return real(generation, crc=crc, read=read)  # type: ignore[arg-type]

    monkeypatch.setattr(base_check, "sound_base", reading)
    monkeypatch.setattr("threading.excepthook", lambda args: None)  # the interrupt's report
    with pytest.raises(IndexDamaged, match=message):
        update(corpus, index_dir)
    assert current_generation(index_dir) == before
