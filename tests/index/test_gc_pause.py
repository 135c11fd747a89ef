"""An update holds off Python's cyclic collector while it works, and resumes it after:
nested and concurrent pauses resume it once, only if it ran before, also on failure."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.store import update as store_update
from index.store.build import rebuild
from index.store.gc_pause import collector_paused
from index.store.update import update


@pytest.fixture(autouse=True)
def _collector_running() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_resumed_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_once_at_the_last() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_resumed_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_overlapping_pauses_in_threads_resume_when_the_last_ends() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first ended: still paused for this one

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_an_update_works_with_the_collector_paused(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")
    during: list[bool] = []
    real_scan = store_update.scan

    def scan(corpus: Path) -> object:
        during.append(gc.isenabled())
        return real_scan(corpus)

    monkeypatch.setattr(store_update, "scan", scan)
    report = update(corpus, index_dir)
    assert report.added == 1
    assert during == [False]
    assert gc.isenabled()


def test_a_failing_update_resumes_the_collector(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")

    def fail(*args: object, **kwargs: object) -> None:
        raise ValueError("went wrong")

    monkeypatch.setattr(store_update, "_update_into", fail)
    with pytest.raises(ValueError, match="went wrong"):
        update(corpus, index_dir)
    assert gc.isenabled()
