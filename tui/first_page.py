"""The reader's first screen of hits, kept beside the index so that the next start shows it
before the index is open (at 100,000 articles opening it and listing takes most of a second).

The file holds the first rows the reader listed for one search (query, sort, outlet) of
one generation of the index, and how many hits there were. It is only ever a preview: the
reader shows it while the real search runs, which then replaces it. It is used only when
the index's live generation is still the one it was taken from and the reader opens with
the same search.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from index.library import read_state
from index.models import Hit
from tui.reader_state import StateDamaged, load_state, state_path

PAGE_FILE = "first-page.json"
"""The file's name in the corpus's index folder (beside the generations and reader.json)."""
ROWS = 40
"""Hits kept: more than a tall terminal shows."""
VERSION = 1
PageKey = tuple[str, str, str | None]
"""The search a page is of: query, sort, outlet (None: every outlet)."""
DEFAULT_KEY: PageKey = ("", "relevance", None)
"""The search a reader that does not restore its state opens with."""


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The first hits of one search of one generation, and how many there were."""

    generation: str
    key: PageKey
    hits: tuple[Hit, ...]
    total: int

    def rows(self) -> tuple[object, ...]:
        """What the file keeps of the page (scores are not kept: the rows are a preview)."""
        rows = tuple(tuple(_row(hit)) for hit in self.hits[:ROWS])
        return (self.generation, self.key, rows, self.total)


def page_path(index_dir: Path) -> Path:
    """Where the first page of the index in ``index_dir`` is kept."""
    return Path(index_dir) / PAGE_FILE


def live_generation(index_dir: Path) -> str | None:
    """The name of the live generation (what the index folder's pointer says), if any."""
    try:
        name = read_state(Path(index_dir) / "CURRENT").strip()  # never a FIFO (fx166)
    except (OSError, UnicodeDecodeError):
        return None
    return name or None


def _row(hit: Hit) -> list[Any]:
    date = hit.date.isoformat() if hit.date else None
    return [hit.id, hit.title, hit.title_derived, hit.source, date, hit.path]


def _hit(row: Any) -> Hit:
    article_id, title, derived, source, date, path = row
    if not (isinstance(article_id, str) and isinstance(title, str) and isinstance(path, str)):
        raise ValueError("not a row")
    if source is not None and not isinstance(source, str):
        raise ValueError("not a row")
    when = datetime.fromisoformat(date) if date is not None else None
    return Hit(article_id, title, bool(derived), source, when, 0.0, path=path)


def save_page(index_dir: Path, page: FirstPage) -> None:
    """Write ``page`` (its first `ROWS` hits) atomically.

    Raises:
        OSError: The folder cannot be written.
    """
    data = {
        "version": VERSION,
        "generation": page.generation,
        "key": list(page.key),
        "rows": [_row(hit) for hit in page.hits[:ROWS]],
        "total": page.total,
    }
    path = page_path(index_dir)
    handle, temporary = tempfile.mkstemp(prefix=".first-page.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_page(index_dir: Path, key: PageKey) -> FirstPage | None:
    """The page kept for search ``key`` of the live generation; None when there is none,
    it is of another search or an older generation, or it cannot be read."""
    generation = live_generation(index_dir)
    if generation is None:
        return None
    try:
        data = json.loads(read_state(page_path(index_dir)))  # a FIFO: refused, not waited on
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return None
        if data.get("generation") != generation or tuple(data.get("key") or ()) != key:
            return None
        total = data.get("total")
        if not isinstance(total, int) or isinstance(total, bool):
            return None
        hits = tuple(_hit(row) for row in data.get("rows") or ())
    except (OSError, ValueError, TypeError, RecursionError):  # unreadable: lists as ever
        return None
    return FirstPage(generation, key, hits, total)


def opening_page(index_dir: Path, remembers: bool) -> tuple[PageKey | None, FirstPage | None]:
    """The search the reader opens with and its kept page (None: none usable); the search
    is None when it opens on the story list (``remembers``: it restores its last state)."""
    key = DEFAULT_KEY
    if remembers:
        try:
            state = load_state(state_path(index_dir))
        except (StateDamaged, OSError):
            state = None
        if state is not None and state.stories:
            return None, None
        if state is not None:
            key = (state.query, state.sort, state.source)
    return key, load_page(index_dir, key)


class PageAhead:
    """`opening_page`, read in a thread of its own as soon as the command knows the index
    (while the reader's modules are still importing), so that the first frame has rows."""

    def __init__(self, index_dir: Path, remembers: bool) -> None:
        self._read: tuple[PageKey | None, FirstPage | None] | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(index_dir, remembers), name="first page ahead", daemon=True
        )
        self._thread.start()

    def _run(self, index_dir: Path, remembers: bool) -> None:
        try:
            self._read = opening_page(index_dir, remembers)
        finally:  # an unexpected error: the reader reads the page again in its worker
            self._done.set()

    def wait(self, seconds: float | None = None) -> bool:
        """Wait until it is read (at most ``seconds``); whether it is."""
        return self._done.wait(seconds)

    def take(self) -> tuple[PageKey | None, FirstPage | None] | None:
        """What was read, once, if it is read by now (None: not yet, it failed, or it
        was taken: the reader then reads it in a worker, as without this)."""
        if not self._done.is_set():
            return None
        read, self._read = self._read, None
        return read
