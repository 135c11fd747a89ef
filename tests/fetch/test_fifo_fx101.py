"""A FIFO named like a sidecar or a saved page under fetched/ never hangs a fetch (fx101).

rv45: a FIFO called ``*.meta.toml`` hung `fetch` (the old-form sidecars' move, then
`known_urls` and `read_sidecar`, opened it and waited for a writer). Every read of a
sidecar or a saved page now skips what is no regular file, and the fetch says so in one
line, as ingestion does for odd files. Here the FIFOs lie beside a real fetched page, for
a fetch, a ``--refetch``, ``feeds list`` and ``index update``.

A step that hangs is let go by a guard (it opens the FIFOs for writing, so the reader
reads an empty file), and the test fails: never a wait that a slow machine could miss.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from index.fetch.feedlist import add_feed
from index.fetch.files import known_urls, read_sidecar
from index.fetch.run import fetch
from index.store.build import rebuild
from index.store.update import update
from tests.fetch.conftest import QUICK, article_html, no_robots, rss
from tui.cli import app

_T = TypeVar("_T")
GRACE = 120.0
"""Seconds a step may run before the guard lets a hung read go (a hang, not a speed)."""
FIFOS = ("fetched/odd/pipe.meta.toml", "fetched/odd/pipe.html", "fetched/odd/lone.meta.toml")


def unhung(fifos: list[Path], step: Callable[[], _T]) -> _T:
    """``step``'s answer; fails if it still runs after `GRACE` (blocked on a FIFO),
    after letting it go by opening every FIFO for writing."""
    answer: list[_T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            answer.append(step())
        except BaseException as error:  # raised again below
            failure.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(GRACE)
    hung = worker.is_alive()
    while worker.is_alive():
        for fifo in fifos:
            with contextlib.suppress(OSError):  # no reader waits on this one
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # its reader reads EOF
        worker.join(0.1)
    assert not hung, "blocked on a FIFO"
    if failure:
        raise failure[0]
    return answer[0]


@pytest.fixture
def fetched(server: HTTPServer, corpus_dir: Path) -> Iterator[tuple[Path, list[Path]]]:
    """A corpus with one fetched page, and FIFOs named as sidecars and pages beside it."""
    no_robots(server)
    page = article_html("Bridge reopens", "The bridge reopened.", site="Wire")
    server.expect_request("/p/1").respond_with_data(page, content_type="text/html")
    feed = rss([("Bridge reopens", server.url_for("/p/1"), None)])
    server.expect_request("/feed").respond_with_data(feed, content_type="application/xml")
    add_feed(corpus_dir, server.url_for("/feed"), name="Wire")
    first = fetch(corpus_dir, settings=QUICK)
    assert len(first.new) == 1
    fifos = [corpus_dir / rel for rel in FIFOS]
    fifos[0].parent.mkdir()
    for fifo in fifos:
        os.mkfifo(fifo)
    # the fetched page's own sidecar too, swapped for a FIFO (its page stays)
    saved = (corpus_dir / first.new[0].path).with_suffix(".meta.toml")
    saved.unlink()
    os.mkfifo(saved)
    fifos.append(saved)
    yield corpus_dir, fifos


def test_fetch_skips_fifos_and_says_so(fetched: tuple[Path, list[Path]]) -> None:
    corpus, fifos = fetched
    report = unhung(fifos, lambda: fetch(corpus, settings=QUICK))
    odd = sorted(p.url for p in report.skipped if p.reason == "not a regular file")
    assert odd == sorted(f.relative_to(corpus).as_posix() for f in fifos if f.suffix == ".toml")
    assert not report.failed
    again = unhung(fifos, lambda: fetch(corpus, settings=QUICK, refetch=True))
    assert not again.failed


def test_sidecar_readers_skip_fifos(fetched: tuple[Path, list[Path]]) -> None:
    corpus, fifos = fetched
    for fifo in fifos:
        assert unhung(fifos, lambda fifo=fifo: read_sidecar(fifo)) == {}  # type: ignore[misc]
    odd: list[str] = []
    unhung(fifos, lambda: known_urls(corpus, odd))
    assert len(odd) == 3


def test_feeds_list_and_index_update_finish(
    fetched: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    corpus, fifos = fetched
    done = unhung(fifos, lambda: CliRunner().invoke(app, ["feeds", "list", "-c", str(corpus)]))
    assert done.exit_code == 0 and "Wire" in done.stdout
    index_dir = tmp_path / "index"
    built = unhung(fifos, lambda: rebuild(corpus, index_dir, procs=1))
    assert built.total == 1
    unhung(fifos, lambda: update(corpus, index_dir, procs=1))
