"""An update with worker processes forks the child that updates its derived kinds before it
scans the corpus (`index.store.derive_early`): that child writes what one forked later (or
this process) writes; a no-op update, and one whose live generation another build replaced
before the lock, kill it unused, and nothing is left behind."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from index.library import DERIVED
from index.store import update as store_update
from index.store.build import rebuild
from index.store.generations import current_generation
from index.store.update import update
from tests.faults.helpers import leftovers
from tests.index.test_derive_aside import Ids, Last
from tests.index.test_update_aside import _corpus


def _scans(
    monkeypatch: pytest.MonkeyPatch, then: Callable[[], None] = lambda: None
) -> tuple[list[int], list[int]]:
    """The pids of the children forked from now on (in this process), and how many were
    forked when each scan began (``then`` runs before it)."""
    pids: list[int] = []
    at: list[int] = []
    fork, scan = os.fork, store_update.scan

    def forked() -> int:
        pid = fork()
        if pid:
            pids.append(pid)
        return pid

    def scanned(corpus: Path) -> Any:
        at.append(len(pids))
        then()
        return scan(corpus)

    monkeypatch.setattr(os, "fork", forked)
    monkeypatch.setattr(store_update, "scan", scanned)
    return pids, at


def _no_child_left() -> None:
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_the_kinds_child_is_forked_before_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[Ids(), Last()])
    _corpus(tmp_path / "corpus", 3)
    pids, at = _scans(monkeypatch)
    update(corpus, index_dir, procs=2, derived=[Ids(), Last()])
    assert at == [2] and len(pids) == 2  # the prefetch child, then the kinds' child
    after = current_generation(index_dir)
    assert after is not None
    # both updated by the child forked before the scan: the last kind there, the other in
    # a grandchild it forked (`index.store.aside.fork_aside`)
    assert int((after / "last" / "pid.txt").read_text()) == pids[1]
    assert int((after / "ids" / "ppid.txt").read_text()) == pids[1]
    assert leftovers(index_dir) == []
    _no_child_left()


def test_a_no_op_update_kills_the_early_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=DERIVED)
    before = current_generation(index_dir)
    _, at = _scans(monkeypatch)
    report = update(corpus, index_dir, procs=2, derived=DERIVED)
    assert at == [2] and report.indexed == 0 and report.files == (0, 0, 0)
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    _no_child_left()


def test_a_generation_swapped_in_before_the_lock_is_updated_by_a_child_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The early child opened the generation live when the update began; another build
    published a newer one before this update took the lock: that child is killed, and one
    forked for the newer generation updates the kinds (the same as this process would)."""
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[Ids(), Last()])
    _corpus(tmp_path / "corpus", 3)
    swapped: list[Path | None] = []

    def another_build() -> None:  # once, and in this process: it comes first for sure
        if not swapped:
            swapped.append(None)  # its own scan comes here too
            update(corpus, index_dir, procs=1, derived=[Ids(), Last()])
            swapped[0] = current_generation(index_dir)

    pids, _ = _scans(monkeypatch, another_build)
    _corpus(tmp_path / "corpus", 4)  # what this update finds beyond the other build's
    update(corpus, index_dir, procs=2, derived=[Ids(), Last()])
    after = current_generation(index_dir)
    assert after is not None and after != swapped[0]
    assert len(pids) == 3  # prefetch, the early child (killed), the newer generation's
    assert int((after / "last" / "pid.txt").read_text()) == pids[2]
    assert int((after / "ids" / "ppid.txt").read_text()) == pids[2]  # its grandchild
    # the other build read the fourth copies before this one read anything: none is new
    assert (after / "ids" / "ids.txt").read_text() == ""
    assert leftovers(index_dir) == []
    _no_child_left()
