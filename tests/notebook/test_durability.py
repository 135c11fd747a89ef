"""Two writers at once, a writer killed mid-loop, and index rebuilds: no note is lost."""

from __future__ import annotations

import multiprocessing
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from index.notebook import Notebook, NotebookBusy, NotebookError, anchor_quote
from index.notebook.db import notebook_path
from index.notebook.schema import SCHEMA_VERSION
from index.search.engine import open_index
from index.store.build import rebuild
from index.store.generations import TMP_PREFIX, prune
from index.store.update import update
from tests.conftest import ARTICLES, write_corpus
from tests.faults.helpers import ROOT, write_articles
from tests.notebook.conftest import record

BODY = "The harbour board met on Monday and agreed a pay deal with the dock workers."
ROUNDS = 120


def _writer(path: str, name: str, ready: Any, results: Any) -> None:
    """One process writing pins, tags and highlights as fast as it can."""
    errors: list[str] = []
    try:
        with Notebook(Path(path), timeout=60) as notebook:
            ready.set()
            for i in range(ROUNDS):
                article = record(f"{name}-{i}")
                notebook.pin(article, tags=[name, "shared"])
                notebook.highlight(article, anchor_quote(BODY, "pay deal"), note=f"{name} {i}")
                if i % 10 == 0:
                    notebook.saved.add(f"{name}-{i}", "harbour", seen=[article.id])
                    notebook.notes(tag="shared")
    except Exception as error:  # reported to the parent, which asserts there were none
        errors.append(f"{type(error).__name__}: {error}")
    results.put((name, errors))


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    Notebook(path).close()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    ready = {name: context.Event() for name in ("left", "right")}
    writers = [
        context.Process(target=_writer, args=(str(path), name, ready[name], results))
        for name in ready
    ]
    # hold the write lock until both are about to write, so that both start by waiting
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    for process in writers:
        process.start()
    for event in ready.values():
        assert event.wait(timeout=120)
    holder.execute("ROLLBACK")
    holder.close()
    reports = dict(results.get(timeout=300) for _ in writers)
    for process in writers:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert reports == {"left": [], "right": []}
    with Notebook(path) as notebook:
        assert notebook.check() == []
        entries = notebook.notes()
        assert len(entries) == 2 * ROUNDS
        assert all(e.pinned and len(e.highlights) == 1 for e in entries)
        assert {t.name: t.articles for t in notebook.tags()} == {
            "shared": 2 * ROUNDS,
            "left": ROUNDS,
            "right": ROUNDS,
        }
        assert len(notebook.saved.all()) == 2 * (ROUNDS // 10)


def test_a_write_that_waits_too_long_is_a_one_line_busy_error(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    Notebook(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        with Notebook(path, timeout=0.05) as notebook:
            with pytest.raises(NotebookBusy) as caught:
                notebook.pin(record("a1"))
            assert "busy" in str(caught.value) and "\n" not in str(caught.value)
            assert notebook.notes() == []  # reading never waits for a writer
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Notebook(path) as notebook:
        notebook.pin(record("a1"))  # and once the other write ends, writing works


_KILLED_WRITER = """
import sys
from pathlib import Path
from index.notebook import ArticleRecord, Notebook, anchor_quote
body = "The harbour board met on Monday and agreed a pay deal with the dock workers."
with Notebook(Path(sys.argv[1])) as notebook:
    first = int(sys.argv[2])
    for i in range(first, first + 100_000):
        article = ArticleRecord(f"k{i}", title=f"Story {i}")
        notebook.pin(article, tags=["killed"], note="x" * (i % 500))
        notebook.highlight(article, anchor_quote(body, "pay deal"))
        print(i, flush=True)  # after both commits: this write is on disk
"""


def test_a_writer_killed_mid_loop_loses_at_most_its_current_write(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    rng = random.Random(20261130)
    known: set[str] = set()
    next_id = 0
    for _ in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", _KILLED_WRITER, str(path), str(next_id)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        reported = [int(child.stdout.readline()) for _ in range(rng.randint(20, 120))]
        child.send_signal(signal.SIGKILL)
        child.wait()
        # the child ran on while we read: what it printed before it died is on disk too
        reported += [int(line) for line in child.stdout.read().split()]
        child.stdout.close()
        with Notebook(path) as notebook:
            assert notebook.check() == []
            kept = {e.article.id: e for e in notebook.notes()}
        committed = {f"k{i}" for i in reported}
        assert committed - set(kept) == set()  # every reported write is there...
        assert all(len(kept[key].highlights) == 1 for key in committed)
        assert known - set(kept) == set()  # ...and so is everything from earlier rounds
        # beyond the reported writes, at most the one in flight got in
        assert len(set(kept) - known - committed) <= 1
        known = set(kept)
        next_id = reported[-1] + 2


def test_rebuilds_updates_and_a_killed_build_never_touch_the_notebook(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    with Notebook.open(index_dir) as notebook:
        notebook.pin(record("harbour.txt"), tags=["ports"], note="before the rebuilds")
    rebuild(corpus, index_dir)
    (corpus / "new.txt").write_text("A new article about the harbour.\n", encoding="utf-8")
    update(corpus, index_dir)
    rebuild(corpus, index_dir)
    prune(index_dir, keep=None)  # even removing every generation leaves it alone
    big = write_articles(tmp_path / "big", 600)
    script = (
        "import sys; from pathlib import Path; from index.store.build import rebuild; "
        "rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=1)"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(big), str(index_dir)], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not any(p.name.startswith(TMP_PREFIX) for p in index_dir.iterdir()):
        assert child.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)  # waiting for the build to start writing its generation
    with Notebook.open(index_dir) as notebook:  # written while the build runs
        notebook.highlight(record("harbour.txt"), anchor_quote(BODY, "pay deal"))
    child.send_signal(signal.SIGKILL)
    child.wait()
    rebuild(corpus, index_dir)
    with open_index(index_dir) as index:
        assert len(index) >= 3
    assert notebook_path(index_dir).exists()
    with Notebook.open(index_dir) as notebook:
        assert notebook.check() == []
        entry = notebook.entry("harbour.txt")
        assert entry is not None and entry.note == "before the rebuilds"
        assert entry.tags == ("ports",) and len(entry.highlights) == 1


def _first_opener(path: str, name: str, go: Any, results: Any) -> None:
    go.wait()
    try:
        with Notebook(Path(path), timeout=60) as notebook:
            notebook.pin(record(name))
        results.put((name, ""))
    except Exception as error:  # reported to the parent, which asserts there were none
        results.put((name, f"{type(error).__name__}: {error}"))


def test_processes_creating_the_notebook_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "index" / "notebook.sqlite3"
    context = multiprocessing.get_context("spawn")
    go, results = context.Event(), context.Queue()
    names = ["one", "two", "three"]
    openers = [
        context.Process(target=_first_opener, args=(str(path), name, go, results)) for name in names
    ]
    for process in openers:
        process.start()
    go.set()
    reports = dict(results.get(timeout=300) for _ in openers)
    for process in openers:
        process.join(timeout=60)
    assert reports == dict.fromkeys(names, "")
    with sqlite3.connect(path) as connection:
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_version")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))  # each step once
    with Notebook(path) as notebook:
        assert sorted(e.article.id for e in notebook.notes()) == sorted(names)


def test_opening_a_new_notebook_waits_while_another_creates_it(tmp_path: Path) -> None:
    # Two readers' threads opening a notebook that does not exist yet: while one holds the
    # new file's write lock (rollback mode, before its switch to WAL), SQLite fails the
    # other's switch at once, without its busy handler. Opening must wait, not fail.
    path = tmp_path / "notebook.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: holder.execute("ROLLBACK"))
    release.start()
    try:
        with Notebook(path) as notebook:
            notebook.pin(record("a1"))
            assert [entry.article.id for entry in notebook.notes()] == ["a1"]
    finally:
        release.join()
        holder.close()


def test_threads_creating_the_notebook_at_once_all_open_it(tmp_path: Path) -> None:
    failures: list[str] = []
    for round_ in range(20):
        path = tmp_path / str(round_) / "notebook.sqlite3"
        start = threading.Barrier(3)

        def open_and_pin(name: str, path: Path = path, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                with Notebook(path) as notebook:
                    notebook.pin(record(name))
            except NotebookError as error:
                failures.append(str(error))

        threads = [threading.Thread(target=open_and_pin, args=(n,)) for n in ("a", "b", "c")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with Notebook(path) as notebook:
            assert sorted(entry.article.id for entry in notebook.notes()) == ["a", "b", "c"]
    assert failures == []
