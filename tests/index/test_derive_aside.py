"""A kind built in a process of its own (`index.store.aside`): its files, or its failure.

With worker processes, every extracting kind but the last is built in a forked child
while the main process builds the last. What it writes is kept and checksummed like any
kind's files; when it fails, dies or cannot write, the build fails and the previous
generation stays, with nothing left running.
"""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Collection, Iterable
from pathlib import Path

import pytest

from index.errors import BuildFailed
from index.models import Article, ProgressCallback
from index.store import build as build_module
from index.store.build import rebuild
from index.store.generations import current_generation, load_manifest, verify
from tests.faults.helpers import leftovers
from tests.quote_rows import ROWS, write_rows


class Ids:
    """Writes the ids it was given, and the pid of the process that built it (and of its
    parent: an update's derive child forks a grandchild for each kind but the last)."""

    name = "ids"

    def extract(self, article: Article) -> str:
        return article.id

    def build(
        self, articles: Iterable[str], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        self.fail()
        (folder / "ids.txt").write_text("\n".join(articles), encoding="utf-8")
        (folder / "pid.txt").write_text(str(os.getpid()), encoding="utf-8")
        (folder / "ppid.txt").write_text(str(os.getppid()), encoding="utf-8")

    def update(
        self,
        previous: Path,
        added: Iterable[str],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.build(added, folder, on_progress)

    def fail(self) -> None:
        """How a broken kind fails (not at all here)."""


class Last(Ids):
    name = "last"


class Raises(Ids):
    name = "raises"

    def fail(self) -> None:
        raise ValueError("cannot group these")


class Killed(Ids):
    name = "killed"

    def fail(self) -> None:
        os.kill(os.getpid(), signal.SIGKILL)


class DiskFull(Ids):
    name = "diskfull"

    def fail(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "groups.json")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(5) for row in ROWS]
    return write_rows(tmp_path / "corpus", rows)


def test_a_kind_built_aside_writes_what_it_would_write_here(corpus: Path, tmp_path: Path) -> None:
    rebuild(corpus, tmp_path / "one", procs=1, derived=[Ids(), Last()])
    rebuild(corpus, tmp_path / "two", procs=2, derived=[Ids(), Last()])
    one, two = current_generation(tmp_path / "one"), current_generation(tmp_path / "two")
    assert one is not None and two is not None
    verify(two, load_manifest(two))  # its files are checksummed with the rest
    for name in ("ids", "last"):
        assert (two / name / "ids.txt").read_text() == (one / name / "ids.txt").read_text()
    assert int((one / "ids" / "pid.txt").read_text()) == os.getpid()
    assert int((two / "ids" / "pid.txt").read_text()) != os.getpid()  # built aside
    assert int((two / "last" / "pid.txt").read_text()) == os.getpid()


@pytest.mark.parametrize(
    ("kind", "error", "message"),
    [
        (Raises(), BuildFailed, "building the raises failed: ValueError: cannot group these"),
        (Killed(), BuildFailed, r"the process building the killed ended \(exit status -9\)"),
        (DiskFull(), BuildFailed, "No space left on device"),
    ],
)
def test_a_kind_that_fails_aside_fails_the_build_and_keeps_the_index(
    corpus: Path, tmp_path: Path, kind: Ids, error: type[Exception], message: str
) -> None:
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[Ids(), Last()])
    before = current_generation(index_dir)
    with pytest.raises(error, match=message):
        rebuild(corpus, index_dir, procs=2, derived=[kind, Last()])
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left: workers and the aside were reaped
