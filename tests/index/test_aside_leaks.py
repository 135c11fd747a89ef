"""rv10: a child forked for a kind (`index.store.aside`) is never left behind by an interrupt
between its fork and its record, nor a pipe by values that cannot be sent; the articles sent
to every child are packed once (a batch at a time); a rebuild forks no child from a thread
other than the main."""

from __future__ import annotations

import os
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from index.models import Article
from index.store import aside, derive
from index.store.aside import Later
from index.store.build import rebuild
from tests.index.test_derive_aside import Ids, Last
from tests.quote_rows import ROWS, write_rows


def _read_values(later: Later) -> None:
    list(later.added())


class _Interrupted(set[int]):
    """`aside._HELD`, where recording a child's pipes meets a Ctrl-C."""

    def update(self, *args: Any) -> None:
        raise KeyboardInterrupt


def test_an_interrupt_before_a_child_is_recorded_leaves_no_child_and_no_pipe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forked: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    monkeypatch.setattr(aside, "_HELD", _Interrupted())
    before = set(os.listdir("/proc/self/fd"))
    try:
        with pytest.raises(KeyboardInterrupt):
            aside.start_later("interrupted", _read_values)
        assert len(forked) == 1
        with pytest.raises(ChildProcessError):
            os.waitpid(forked[0], os.WNOHANG)  # killed and reaped, not left waiting
        assert set(os.listdir("/proc/self/fd")) <= before
    finally:
        for pid in forked:  # before the mend: the child waits for values never sent
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def test_values_that_cannot_be_sent_leave_no_pipe_open() -> None:
    child = aside.start_later("unpicklable", _read_values)
    values = child._values
    try:
        with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
            child.send([lambda: None], [])
    finally:
        child.kill()
    with pytest.raises(OSError):
        os.fstat(values)  # closed with the child's other pipe, not leaked


def test_the_articles_are_packed_once_for_every_child(monkeypatch: pytest.MonkeyPatch) -> None:
    packed: list[int] = []
    real_dumps = pickle.dumps

    def dumps(value: Any, *args: Any, **kwargs: Any) -> bytes:
        data = real_dumps(value, *args, **kwargs)
        packed.append(len(data))
        return data

    articles = {
        f"a{n}": Article(f"a{n}", f"/a{n}", f"Title {n}", False, "s", None, None, None, "x" * 900)
        for n in range(20)
    }
    children = [aside.start_later(name, _read_values) for name in ("one", "two")]
    try:
        monkeypatch.setattr(pickle, "dumps", dumps)
        streamed = derive.Streamed(children)
        for article in articles.values():
            streamed.add(article)
        streamed.end(list(articles), ["gone"])
        monkeypatch.undo()
        for child in children:
            child.wait()
    finally:
        for child in children:
            child.kill()
    # each batch of articles once, and the ids once, whatever the number of children
    assert len(packed) == -(-len(articles) // derive.Streamed.BATCH) + 1


def test_a_rebuild_from_a_thread_builds_its_kinds_in_its_own_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index.store import build as build_module

    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(5) for row in ROWS]
    corpus = write_rows(tmp_path / "corpus", rows)
    with ThreadPoolExecutor(1) as pool:  # as the reader rebuilds: no fork beside its threads
        pool.submit(rebuild, corpus, tmp_path / "index", procs=2, derived=[Ids(), Last()]).result()
    from index.store.generations import current_generation

    after = current_generation(tmp_path / "index")
    assert after is not None
    for name in ("ids", "last"):
        assert int((after / name / "pid.txt").read_text()) == os.getpid()
