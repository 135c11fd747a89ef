"""A child forked before its values are known (`index.store.aside.start_later`): it gets
them whole however large, the parent never blocks sending them, a child's pipes are not
held open by a sibling forked after it, and a child that fails before reading its values
fails `wait`, not `send`."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from index.errors import BuildFailed
from index.store import aside
from index.store.aside import Later


def _pipes(pid: int) -> set[str]:
    """The pipes a process holds open, as ``pipe:[inode]``."""
    held = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("pipe:"):
            held.add(target)
    return held


def _read_values(later: Later) -> None:
    list(later.added())


def _pipe(fd: int) -> str:
    return f"pipe:[{os.fstat(fd).st_ino}]"


def test_values_larger_than_a_pipe_arrive_whole_and_the_parent_goes_on(tmp_path: Path) -> None:
    flag, out = tmp_path / "sent", tmp_path / "got.txt"
    added = [f"value {n} " * 40 for n in range(3000)]  # about 1.3 MB, 20 pipes' worth
    removed = [f"gone-{n}" for n in range(500)]

    def work(later: Later) -> None:
        for _ in range(1200):  # opens its state until the parent has gone on
            if flag.exists():
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("the parent did not go on after sending")
        got = list(later.added())
        digest = hashlib.sha256("\n".join(got).encode()).hexdigest()
        out.write_text(f"{len(got)} {digest} {len(later.removed())} {'gone-7' in later.removed()}")

    child = aside.start_later("big", work)
    assert child.waiting
    child.send(added, removed)
    assert not child.waiting
    flag.touch()  # reached only if `send` did not wait for the child to read
    child.wait()
    digest = hashlib.sha256("\n".join(added).encode()).hexdigest()
    assert out.read_text() == f"3000 {digest} 500 True"


def test_a_child_holds_no_pipe_of_a_sibling_forked_before_it(tmp_path: Path) -> None:
    started = tmp_path / "started"

    def second_work(later: Later) -> None:
        started.touch()  # past its start: the pipes it was not to keep are closed
        _read_values(later)

    first = aside.start_later("first", _read_values)
    second = aside.start_later("second", second_work)
    try:
        while not started.exists():  # (or it ended: then the check below tells)
            if os.waitid(os.P_PID, second.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
                break
            time.sleep(0.01)
        mine = {_pipe(fd) for fd in (first._errors, first._values)}
        assert not mine & _pipes(second.pid)  # else `first.wait` would wait for `second`
        first.send([], [])
        first.wait()  # while the second still waits for its values
        second.send([1], [])
        second.wait()
    finally:
        first.kill()
        second.kill()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_a_child_that_fails_before_its_values_fails_wait_not_send() -> None:
    def work(later: Later) -> None:
        raise ValueError("cannot open the previous state")

    child = aside.start_later("broken", work)
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # it has ended, not yet reaped
    child.send(["x" * 200_000], [])  # into a pipe nobody reads
    with pytest.raises(BuildFailed, match="building the broken failed: ValueError"):
        child.wait()


def test_a_child_killed_while_it_waits_for_its_values_is_reaped() -> None:
    child = aside.start_later("waiting", _read_values)
    child.kill()
    assert not child.waiting
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)
