"""What fetching remembers between runs: feeds' validators, robots.txt files, URL aliases.

Kept in ``.broadsheet/fetch-state.json`` in the corpus. Losing it costs one ordinary
request per feed and host, never an article: the saved pages and their sidecars are
the record of what the corpus holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.fetch.files import STATE_DIR, atomic_write
from index.ingest.files import read_state

STATE_FILE = "fetch-state.json"
STATE_VERSION = 1


@dataclass(slots=True)
class FeedState:
    """A feed's validators from its last complete fetch (for a conditional request), and
    the title it gave when last read (what `feeds export` calls a feed it has no name for)."""

    etag: str | None = None
    last_modified: str | None = None
    checked_at: str | None = None
    title: str | None = None


@dataclass(slots=True)
class RobotsCopy:
    """A host's robots.txt as fetched: its status, text and when (epoch seconds)."""

    status: int
    text: str
    fetched_at: float


@dataclass(slots=True)
class FetchState:
    """The mutable memory of one corpus's fetches; `load_state` and `save_state` it."""

    feeds: dict[str, FeedState] = field(default_factory=dict)
    robots: dict[str, RobotsCopy] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    """`url_key` of a URL whose page was a duplicate -> the article it duplicated."""


def _state_path(root: Path) -> Path:
    return root / STATE_DIR / STATE_FILE


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def load_state(root: Path) -> FetchState:
    """The corpus's fetch state; an empty one when the file is missing or unreadable, and
    without the rows not of the written shape (the file comes with a corpus someone hands
    over: one nested too deeply, or with "feeds" a list, ended `feeds list` and `fetch`
    with "unexpected error": rv69)."""
    try:
        table = json.loads(read_state(_state_path(root)))  # never a FIFO (fx166)
    except (OSError, ValueError, RecursionError):  # RecursionError: nested too deeply
        return FetchState()
    if not isinstance(table, dict) or table.get("version") != STATE_VERSION:
        return FetchState()
    state = FetchState()
    for url, row in _rows(table, "feeds"):
        state.feeds[url] = FeedState(
            _text(row.get("etag")),
            _text(row.get("last_modified")),
            _text(row.get("checked_at")),
            _text(row.get("title")),
        )
    for origin, row in _rows(table, "robots"):
        status, text, when = row.get("status"), row.get("text"), _seconds(row.get("fetched_at"))
        if type(status) is int and isinstance(text, str) and when is not None:
            state.robots[origin] = RobotsCopy(status, text, when)
    aliases = table.get("aliases") or {}
    if isinstance(aliases, dict):
        state.aliases = {k: v for k, v in aliases.items() if isinstance(v, str)}
    return state


def _rows(table: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
    """The rows (tables) under ``key``, a table of them; none when it is anything else."""
    rows = table.get(key)
    if not isinstance(rows, dict):
        return []
    return [(name, row) for name, row in rows.items() if isinstance(row, dict)]


def _seconds(value: Any) -> float | None:
    """A time in epoch seconds as written (a number a float holds), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:  # an int past a float's range
        return None


def save_state(root: Path, state: FetchState) -> None:
    """Write the fetch state atomically."""
    table = {
        "version": STATE_VERSION,
        "feeds": {
            url: {
                "etag": f.etag,
                "last_modified": f.last_modified,
                "checked_at": f.checked_at,
                "title": f.title,
            }
            for url, f in sorted(state.feeds.items())
        },
        "robots": {
            origin: {"status": r.status, "text": r.text, "fetched_at": r.fetched_at}
            for origin, r in sorted(state.robots.items())
        },
        "aliases": dict(sorted(state.aliases.items())),
    }
    data = json.dumps(table, indent=1, ensure_ascii=False) + "\n"
    # private: its feed addresses may carry tokens, and no one edits it (rv32 #7)
    atomic_write(_state_path(root), data.encode("utf-8"), private=True)
