"""An update with worker processes updates each extracting kind its previous generation
holds in a forked child (`index.store.aside.start_later`), started before the changed files
are read and sent the values once they are extracted (here before the index is committed,
by the writer's workers at the commit). The same files, or its failure, and the previous
generation kept whole when it fails or the update is killed, with no child left."""

from __future__ import annotations

import os
import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from index.errors import BuildFailed, CorpusEmpty
from index.library import DERIVED
from index.models import Article
from index.store import build as build_module
from index.store.build import rebuild
from index.store.generations import checksums, current_generation, load_manifest, verify
from index.store.update import update
from tests.faults.helpers import gone, leftovers, start_paused_build, wait_for
from tests.index.test_derive_aside import DiskFull, Ids, Killed, Last, Raises
from tests.quote_rows import ROWS, write_rows


def _corpus(folder: Path, copies: int) -> Path:
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(copies) for row in ROWS]
    return write_rows(folder, rows)


@pytest.mark.parametrize("workers", [False, True])
def test_a_kind_updated_aside_writes_what_it_would_write_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: bool
) -> None:
    if workers:  # the update's values are extracted by the writer's workers
        monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)
    corpus = _corpus(tmp_path / "corpus", 3)
    for name in ("one", "two"):
        rebuild(corpus, tmp_path / name, procs=1, derived=[Ids(), Last()])
    _corpus(tmp_path / "corpus", 5)  # two copies more
    update(corpus, tmp_path / "one", procs=1, derived=[Ids(), Last()])
    update(corpus, tmp_path / "two", procs=2, derived=[Ids(), Last()])
    one, two = current_generation(tmp_path / "one"), current_generation(tmp_path / "two")
    assert one is not None and two is not None
    verify(two, load_manifest(two))  # its files are checksummed with the rest
    # in the order of one pass over the folder (the index's files were checksummed first)
    assert list(load_manifest(two)["checksums"].items()) == list(checksums(two).items())
    for name in ("ids", "last"):
        assert (two / name / "ids.txt").read_text() == (one / name / "ids.txt").read_text()
        assert int((one / name / "pid.txt").read_text()) == os.getpid()
        assert int((two / name / "pid.txt").read_text()) != os.getpid()  # in a child
    # one child (`start_early`), which forks a grandchild for the first kind once it has
    # imported what they need (`index.store.aside.fork_aside`): NumPy and the analysis
    # modules are imported once, and two cores work on the kinds
    child = (two / "last" / "pid.txt").read_text()
    assert (two / "ids" / "ppid.txt").read_text() == child
    assert (two / "ids" / "pid.txt").read_text() != child


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (Raises(), "building the raises failed: ValueError: cannot group these"),
        # one child updates both kinds (`start_early`): a death cannot say which
        (Killed(), r"the process building the ids and killed ended \(exit status -9\)"),
        (DiskFull(), "No space left on device"),
    ],
)
def test_a_kind_that_fails_aside_fails_the_update_and_keeps_the_index(
    tmp_path: Path, kind: Ids, message: str
) -> None:
    fails_and_keeps(tmp_path, kind, message, first=False)  # the kind aside


class FailsOpening(Ids):
    """Fails before it takes its values (as a store it cannot read would)."""

    name = "failsopening"

    def update(self, *args: object, **kwargs: object) -> None:
        raise ValueError("cannot open the previous state")


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (Raises(), "building the raises failed: ValueError: cannot group these"),
        (Killed(), r"the process building the killed ended \(exit status -9\)"),
        (DiskFull(), "No space left on device"),
        (FailsOpening(), "building the failsopening failed: ValueError: cannot open"),
    ],
)
def test_a_kind_that_fails_in_the_derive_childs_grandchild_fails_the_update_cleanly(
    tmp_path: Path, kind: Ids, message: str
) -> None:
    """The first of two kinds is updated in a grandchild (`index.store.aside.fork_aside`):
    its failure, or its death, fails the update with its reason, the index kept whole and
    no process left (nor a wait that never ends: the test would hang)."""
    fails_and_keeps(tmp_path, kind, message, first=True)


def fails_and_keeps(tmp_path: Path, kind: Ids, message: str, *, first: bool) -> None:
    """An update with ``kind`` held (updated, not built whole), ``first`` of two kinds or
    after the other, fails with ``message``; the index is kept whole, no process left."""
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[Ids()])
    _corpus(tmp_path / "corpus", 3)
    before = current_generation(index_dir)
    assert before is not None
    (before / kind.name).mkdir()  # as if the kind were held: it is updated, not built whole
    with pytest.raises((BuildFailed, OSError), match=message):
        update(corpus, index_dir, procs=2, derived=[kind, Ids()] if first else [Ids(), kind])
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left


def test_an_update_killed_while_a_kind_is_updated_aside_leaves_the_old_index(
    tmp_path: Path,
) -> None:
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=DERIVED)
    before = current_generation(index_dir)
    _corpus(tmp_path / "corpus", 3)
    process, pids = start_paused_build("update-aside", corpus, index_dir, tmp_path / "pids", 2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    wait_for("the aside child to exit", lambda: gone(pids[1:]), seconds=10)
    assert current_generation(index_dir) == before
    (left,) = leftovers(index_dir)  # killed with the kinds' folders made (`derive_early`)
    assert sorted(p.name for p in (index_dir / left).iterdir() if p.is_dir()) == sorted(
        kind.name for kind in DERIVED
    )
    update(corpus, index_dir, procs=1, derived=DERIVED)  # tidies, and updates from there
    assert leftovers(index_dir) == []


def test_stories_and_quotes_updated_aside_are_those_updated_here(tmp_path: Path) -> None:
    """(In the child forked before the scan, `index.store.derive_early`.)"""
    corpus = _corpus(tmp_path / "corpus", 2)
    for name in ("one", "two"):
        rebuild(corpus, tmp_path / name, procs=1, derived=DERIVED)
    for copies in (3, 1, 1):  # articles added, then removed, then nothing changed
        _corpus(tmp_path / "corpus", copies)
        if copies == 1:
            for extra in (tmp_path / "corpus").glob("*-2.json"):
                extra.unlink()
        update(corpus, tmp_path / "one", procs=1, derived=DERIVED)
        update(corpus, tmp_path / "two", procs=2, derived=DERIVED)
        with pytest.raises(ChildProcessError):
            os.waitpid(-1, os.WNOHANG)  # no child left
        one, two = current_generation(tmp_path / "one"), current_generation(tmp_path / "two")
        assert one is not None and two is not None
        for kind in DERIVED:
            files = sorted(p.name for p in (one / kind.name).iterdir())
            assert files == sorted(p.name for p in (two / kind.name).iterdir())
            for file in files:
                here, aside = (gen / kind.name / file for gen in (one, two))
                assert here.read_bytes() == aside.read_bytes(), file


def test_an_update_that_fails_before_sending_the_values_leaves_no_child(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[Ids(), Last()])
    before = current_generation(index_dir)
    for file in corpus.iterdir():
        file.unlink()  # nothing left to index: the update fails after forking its children
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(CorpusEmpty):
        update(corpus, index_dir, procs=2, derived=[Ids(), Last()])
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # the children waiting for their values were killed


def test_an_update_from_a_thread_updates_its_kinds_in_its_own_process(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[Ids(), Last()])
    _corpus(tmp_path / "corpus", 3)
    with ThreadPoolExecutor(1) as pool:  # as the reader updates: no fork beside its threads
        pool.submit(update, corpus, index_dir, procs=2, derived=[Ids(), Last()]).result()
    after = current_generation(index_dir)
    assert after is not None
    for name in ("ids", "last"):
        assert int((after / name / "pid.txt").read_text()) == os.getpid()


class ExtractedWhere(Ids):
    """Writes, per article, the pid of the process that extracted its value."""

    name = "where"

    def extract(self, article: Article) -> str:
        return f"{article.id} {os.getpid()}"


def test_a_kind_updated_aside_extracts_its_values_in_its_child(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[ExtractedWhere()])
    _corpus(tmp_path / "corpus", 3)
    update(corpus, index_dir, procs=2, derived=[ExtractedWhere()])  # the writer here
    after = current_generation(index_dir)
    assert after is not None
    child = int((after / "where" / "pid.txt").read_text())
    lines = (after / "where" / "ids.txt").read_text().splitlines()
    assert len(lines) == 3 * len(ROWS)  # every file was written again: all re-read
    assert {int(line.split()[1]) for line in lines} == {child} != {os.getpid()}


@pytest.mark.parametrize("idle_pool", [False, True])
def test_no_other_thread_runs_while_an_update_forks_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, idle_pool: bool
) -> None:
    """The base check's thread starts once the children are forked (a fork copies only the
    forking thread: a lock another holds would stay held in the child for good)."""
    corpus = _corpus(tmp_path / "corpus", 2)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, derived=[Ids(), Last()])
    write_rows(corpus, [{**ROWS[0], "id": "fresh", "body": "Fresh snow on the pass."}])
    threads_at_fork: list[list[str]] = []
    real = os.fork

    def fork() -> int:
        threads_at_fork.append([t.name for t in threading.enumerate()])
        return real()

    monkeypatch.setattr(os, "fork", fork)
    pool = ThreadPoolExecutor(1)  # an idle thread an earlier test left (ci68's failure)
    if idle_pool:
        pool.submit(int).result()
    before = [t.name for t in threading.enumerate()]
    update(corpus, index_dir, procs=2, derived=[Ids(), Last()])
    # the prefetch child and the derive child (forked before the scan: `derive_early`)
    assert len(threads_at_fork) == 2
    # none the update started (its base check's): those alive before it may run on or end
    assert all(set(names) <= set(before) for names in threads_at_fork), (before, threads_at_fork)
    pool.shutdown()


class Light(Ids):
    name = "light"
    light = True  # as the copies: never forked in a rebuild


class LightRaises(Raises):
    light = True


class LightKilled(Killed):
    light = True


def test_a_light_kind_is_updated_in_a_grandchild_too(tmp_path: Path) -> None:
    """up31: the copies (light) no longer share the derive child's GIL with the stories
    (the last kind that is not light, which the child updates itself)."""
    corpus = _corpus(tmp_path / "corpus", 3)
    kinds = [Ids(), Last(), Light()]
    for name in ("one", "two"):
        rebuild(corpus, tmp_path / name, procs=1, derived=kinds)
    _corpus(tmp_path / "corpus", 5)
    update(corpus, tmp_path / "one", procs=1, derived=kinds)
    update(corpus, tmp_path / "two", procs=2, derived=kinds)
    one, two = current_generation(tmp_path / "one"), current_generation(tmp_path / "two")
    assert one is not None and two is not None
    verify(two, load_manifest(two))
    child = (two / "last" / "pid.txt").read_text()
    assert int(child) != os.getpid()
    for name in ("ids", "light"):
        assert (two / name / "ids.txt").read_text() == (one / name / "ids.txt").read_text()
        assert (two / name / "ppid.txt").read_text() == child  # a grandchild
    assert (two / "ids" / "pid.txt").read_text() != (two / "light" / "pid.txt").read_text()


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (LightRaises(), "building the raises failed: ValueError: cannot group these"),
        (LightKilled(), r"the process building the killed ended \(exit status -9\)"),
    ],
)
def test_a_light_kind_that_fails_in_a_grandchild_fails_the_update_cleanly(
    tmp_path: Path, kind: Ids, message: str
) -> None:
    fails_and_keeps(tmp_path, kind, message, first=False)  # after the last heavy kind


def test_the_kinds_aside_are_all_but_the_last_heavy_one() -> None:
    from index.store.aside import aside_kinds

    heavy, light = Ids(), Light()
    assert aside_kinds([heavy, Last(), light]) == [0, 2]
    assert aside_kinds([heavy, light, Last()]) == [0, 1]
    assert aside_kinds([heavy]) == []
    assert aside_kinds([light, Light()]) == []  # no heavy kind: all in the child
    assert aside_kinds([light, heavy]) == [0]
