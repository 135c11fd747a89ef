"""A build cancelled through its progress callback (issue 15): the old index serves on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from index.errors import BuildCancelled
from index.library import Library
from index.models import Progress
from index.store import build as build_module
from index.store.generations import current_generation

PHASES = ["indexing", "saving", "quotes", "stories", "stories: grouping"]
"""Phases a full build of the test corpus reports, with its derived data (all of them)."""


def cancel_at(phase: str) -> tuple[list[str], object]:
    seen: list[str] = []

    def progress(step: Progress) -> None:
        seen.append(step.phase)
        if step.phase == phase:
            raise BuildCancelled

    return seen, progress


def leftovers(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.iterdir() if p.name.startswith("tmp-"))


def same_index(library: Library, ids: set[str]) -> None:
    library.refresh()
    assert {hit.id for hit in library.search("", limit=None).hits} == ids


@pytest.mark.parametrize("procs", [1, 2])
@pytest.mark.parametrize("phase", PHASES)
def test_a_cancelled_rebuild_leaves_the_old_generation(
    corpus: Path, index_dir: Path, phase: str, procs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)  # the pool, when 2
    library = Library(corpus, index_dir, procs=procs)
    library.open_or_build()
    before = current_generation(index_dir)
    ids = {hit.id for hit in library.search("", limit=None).hits}
    (corpus / "late.txt").write_text("Late news\n\nA late story about tides.\n")
    seen, progress = cancel_at(phase)
    with pytest.raises(BuildCancelled, match="cancelled; the index is as it was"):
        library.rebuild(progress)  # type: ignore[arg-type]
    assert seen[-1] == phase
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    same_index(library, ids)
    assert library.rebuild().total == len(ids) + 1  # the lock was let go


@pytest.mark.parametrize("phase", ["indexing", "saving", "quotes", "stories"])
def test_a_cancelled_update_leaves_the_old_generation(
    corpus: Path, index_dir: Path, phase: str
) -> None:
    library = Library(corpus, index_dir, procs=1)
    library.open_or_build()
    before = current_generation(index_dir)
    ids = {hit.id for hit in library.search("", limit=None).hits}
    (corpus / "late.txt").write_text("Late news\n\nA late story about tides.\n")
    seen, progress = cancel_at(phase)
    with pytest.raises(BuildCancelled):
        library.update(progress)  # type: ignore[arg-type]
    assert phase in seen
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    same_index(library, ids)
    assert library.update().added == 1


def test_another_thread_cancels_a_running_rebuild(corpus: Path, index_dir: Path) -> None:
    library = Library(corpus, index_dir, procs=1)
    library.open_or_build()
    before = current_generation(index_dir)
    started, cancel = threading.Event(), threading.Event()
    raised: list[BaseException] = []

    def progress(step: Progress) -> None:
        started.set()
        if cancel.wait(timeout=30):
            raise BuildCancelled

    def build() -> None:
        try:
            library.rebuild(progress)
        except BaseException as error:  # handed to the test's thread
            raised.append(error)

    worker = threading.Thread(target=build)
    worker.start()
    assert started.wait(timeout=30)
    cancel.set()  # what the reader does on Esc
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert [type(e) for e in raised] == [BuildCancelled]
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
