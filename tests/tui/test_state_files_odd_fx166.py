"""A state file the reader or the CLI reads that is a FIFO, a device or a folder is refused
with one line (or read as none), never waited on (fx166; fx160 found that read_text on a
FIFO named first-page.json would block its worker for good).

Oracle: for every state file and every odd kind, the read ends within seconds and gives
what that reader gives for a file it cannot read; a regular file reads as `Path.read_bytes`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.errors import IndexDamaged, StoreError
from index.fetch.feedcheck import feed_file_notes
from index.fetch.feedlist import FEEDS_FILE, read_feeds
from index.fetch.models import FetchError
from index.fetch.state import _state_path
from index.fetch.state import load_state as load_fetch_state
from index.ingest.files import NotRegular, read_state, read_state_bytes
from index.store.generations import CURRENT, current_generation, read_json
from tui.first_page import PAGE_FILE, live_generation, load_page
from tui.keymap_file import read_keymap
from tui.news_told import _read as read_told
from tui.outlet_leans import leans_path, read_map
from tui.read_marks import READ_FILE, load_read
from tui.reader_state import STATE_FILE, StateDamaged, load_state

KINDS = ["fifo", "device", "folder"]


def make_odd(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")  # read_text of it never ended
    else:
        path.mkdir()


def refused(error: BaseException) -> bool:
    """One line that says what is in the way."""
    said = str(error)
    return "\n" not in said and ("not a regular file" in said or "Is a directory" in said)


def within(path: Path, call: Callable[[], Any], seconds: float = 10) -> Any:
    """``call()``'s result (or what it raised) in a thread, failing if it blocks."""
    result: list[Any] = []

    def run() -> None:
        try:
            result.append(call())
        except Exception as error:  # what the reader raises is checked by the caller
            result.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():  # blocked on a FIFO: a writer end lets it go, then fail
        with suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(seconds)
        pytest.fail(f"reading {path.name} blocked")
    return result[0]


def case(tmp: Path, name: str) -> tuple[Path, Callable[[], Any], Callable[[Any], bool]]:
    """The state file ``name`` under ``tmp``, its reader, and what the reader must give."""
    (tmp / "index").mkdir(exist_ok=True)
    index, config = tmp / "index", tmp / "config"
    cases: dict[str, tuple[Path, Callable[[], Any], Callable[[Any], bool]]] = {
        "CURRENT (reader)": (index / CURRENT, lambda: live_generation(index), lambda r: r is None),
        "CURRENT (store)": (
            index / CURRENT,
            lambda: current_generation(index),
            lambda r: isinstance(r, StoreError) and refused(r),
        ),
        "manifest": (
            index / "gen-1" / "manifest.json",
            lambda: read_json(index / "gen-1" / "manifest.json"),
            lambda r: isinstance(r, IndexDamaged) and refused(r),
        ),
        "first page": (index / PAGE_FILE, lambda: load_page(index, ("", "")), lambda r: r is None),
        "reader.json": (
            index / STATE_FILE,
            lambda: load_state(index / STATE_FILE),
            lambda r: isinstance(r, StateDamaged) and refused(r),
        ),
        "read.json": (
            index / READ_FILE,
            lambda: load_read(index / READ_FILE),
            lambda r: isinstance(r, StateDamaged) and refused(r),
        ),
        "keymap": (
            config / "keymap.toml",
            lambda: read_keymap(config / "keymap.toml"),
            lambda r: isinstance(r, ValueError) and refused(r),
        ),
        "leans": (
            leans_path(config),
            lambda: read_map(config),
            lambda r: isinstance(r, ValueError) and refused(r),
        ),
        "followed told": (index / "told.json", lambda: read_told(index / "told.json"), {}.__eq__),
        "fetch state": (
            _state_path(tmp / "news"),
            lambda: load_fetch_state(tmp / "news"),
            lambda r: not isinstance(r, Exception) and not r.feeds,
        ),
        "feeds": (
            tmp / "news" / FEEDS_FILE,
            lambda: read_feeds(tmp / "news"),
            lambda r: isinstance(r, FetchError) and refused(r),
        ),
        "feed notes": (
            tmp / "news" / FEEDS_FILE,
            lambda: feed_file_notes(tmp / "news" / FEEDS_FILE),
            [].__eq__,
        ),
    }
    if name == "first page":  # read only for the live generation
        (index / CURRENT).write_text("gen-1\n", encoding="utf-8")
    return cases[name]


NAMES = [
    "CURRENT (reader)",
    "CURRENT (store)",
    "manifest",
    "first page",
    "reader.json",
    "read.json",
    "keymap",
    "leans",
    "followed told",
    "fetch state",
    "feeds",
    "feed notes",
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", NAMES)
def test_an_odd_state_file_is_refused_never_waited_on(tmp_path: Path, name: str, kind: str) -> None:
    path, call, expected = case(tmp_path, name)
    make_odd(path, kind)
    result = within(path, call)
    assert expected(result), (name, kind, result)


@pytest.mark.parametrize("kind", KINDS)
def test_read_state_says_what_is_in_the_way(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "state.json"
    make_odd(path, kind)
    error = within(path, lambda: read_state(path))
    assert isinstance(error, NotRegular) and isinstance(error, OSError)
    word = {"fifo": "a FIFO", "device": "a device", "folder": "a folder"}[kind]
    assert error.strerror == f"not a regular file ({word})" and str(path) in str(error)


@given(st.binary(max_size=2000))
def test_a_regular_file_reads_as_it_is(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "state"
        path.write_bytes(data)
        assert read_state_bytes(path) == path.read_bytes()


def test_none_there_is_none() -> None:
    with pytest.raises(FileNotFoundError):
        read_state(Path("/nonexistent/fx166/state.json"))


async def test_the_reader_starts_past_fifos_and_says_so_once(built: tuple[Path, Path]) -> None:
    """first-page.json, reader.json and read.json FIFOs: the reader lists the articles,
    each refused file said in one line, none waited on."""
    from tests.tui.conftest import reader
    from tests.tui.test_worker_bugs import settle
    from tui.app import BroadsheetApp

    corpus, index = built
    fifos = [index / name for name in (PAGE_FILE, STATE_FILE, READ_FILE)]
    for fifo in fifos:
        os.mkfifo(fifo)
    app = BroadsheetApp(corpus, index, restore=True)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert len(reader(app).articles.hits) == 4
            said = [str(n.message) for n in app._notifications]
            for name in (STATE_FILE, READ_FILE):
                [line] = [s for s in said if name in s]
                assert "not a regular file (a FIFO)" in line and "\n" not in line, said
            await pilot.press("ctrl+q")
            await pilot.pause()
    finally:
        for fifo in fifos:  # a reader left waiting on one goes
            with suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert app.return_code == 0
