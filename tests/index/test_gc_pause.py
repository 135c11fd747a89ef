"""An update holds off Python's cyclic collector while it works, and resumes it after:
nested pauses resume it once, only if it ran before, also on failure; a pause on
another thread than the main one (the reader's workers) leaves it alone."""

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
    if was:  # a test that turned it off must not leave it off for the next (same worker)
        gc.enable()
    else:
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


def test_a_pause_on_another_thread_leaves_the_collector_alone() -> None:
    # the reader updates in a thread worker: its event loop keeps its collector
    seen: list[bool] = []

    def work() -> None:
        with collector_paused():
            seen.append(gc.isenabled())

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert seen == [True]
    assert gc.isenabled()


def collector_during_updates(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> list[bool]:
    """Build an index, add a file, and record (into the list returned) whether the
    collector runs while each later update scans the corpus."""
    rebuild(corpus, index_dir)
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")
    during: list[bool] = []
    real_scan = store_update.scan

    def scan(corpus: Path) -> object:
        during.append(gc.isenabled())
        return real_scan(corpus)

    monkeypatch.setattr(store_update, "scan", scan)
    return during


def test_an_update_in_a_thread_leaves_the_collector_alone(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    during = collector_during_updates(corpus, index_dir, monkeypatch)
    thread = threading.Thread(target=update, args=(corpus, index_dir))
    thread.start()
    thread.join(60)
    assert during == [True]


def test_an_update_works_with_the_collector_paused(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    during = collector_during_updates(corpus, index_dir, monkeypatch)
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
