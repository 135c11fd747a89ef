"""A rebuild holds off Python's cyclic collector while it works and resumes it after, also
when it fails or is interrupted; its worker processes run with the collector off."""

from __future__ import annotations

import gc
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.store import build as store_build
from index.store import segment_worker
from index.store import update as store_update
from index.store.build import rebuild
from index.store.update import update


@pytest.fixture(autouse=True)
def _collector_running() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def _spy_build(monkeypatch: pytest.MonkeyPatch, during: list[bool]) -> None:
    real = store_build._build_into

    def spy(*args: object, **kwargs: object) -> int:
        during.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_build, "_build_into", spy)


def test_a_rebuild_works_with_the_collector_paused(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    during: list[bool] = []
    _spy_build(monkeypatch, during)
    report = rebuild(corpus, index_dir)
    assert report.total > 0
    assert during == [False]
    assert gc.isenabled()


def test_a_rebuild_with_a_collector_off_before_leaves_it_off(corpus: Path, index_dir: Path) -> None:
    gc.disable()
    rebuild(corpus, index_dir)
    assert not gc.isenabled()


@pytest.mark.parametrize("error", [ValueError("went wrong"), KeyboardInterrupt()])
def test_a_failing_or_interrupted_rebuild_resumes_the_collector(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        assert not gc.isenabled()
        raise error

    monkeypatch.setattr(store_build, "publish", fail)
    with pytest.raises(type(error)):
        rebuild(corpus, index_dir)
    assert gc.isenabled()
    assert not index_dir.exists() or not any(index_dir.glob("gen-*"))


def test_a_first_update_is_a_rebuild_with_the_collector_paused(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    during: list[bool] = []
    _spy_build(monkeypatch, during)
    update(corpus, index_dir)
    assert during == [False]
    assert gc.isenabled()
    assert store_update.rebuild is rebuild


def test_a_worker_runs_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def serve(*args: object) -> int:
        seen.append(gc.isenabled())
        return segment_worker.EXIT_OK

    monkeypatch.setattr(segment_worker, "die_with_parent", lambda parent: None)
    monkeypatch.setattr(segment_worker, "serve", serve)
    monkeypatch.setattr(signal, "signal", lambda *args: None)  # main ignores SIGINT
    jobs_read, jobs_write = os.pipe()
    results_read, results_write = os.pipe()
    try:  # main's connections own (and close) jobs_read and results_write
        args = ["folder", "16", str(jobs_read), str(results_write), str(os.getpid())]
        assert segment_worker.main(args) == segment_worker.EXIT_OK
    finally:
        os.close(jobs_write)
        os.close(results_read)
    assert seen == [False]
