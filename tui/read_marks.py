"""Which articles of a corpus the reader has read: a small JSON file beside its index.

An article counts as read once the reading pane has shown it; `U` toggles one and `A`
marks the whole list read. The ids are kept in the order they were read, and only the
latest `MAX_READ`, so the file stays small however long the corpus is followed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from index.library import read_state
from tui.reader_state import StateDamaged, write_json

READ_FILE = "read.json"
"""The file's name in the corpus's index folder (beside the reader's `reader.json`)."""
VERSION = 1
MAX_READ = 50_000
"""The most ids kept: marking one more forgets the one read longest ago."""


class ReadMarks:
    """The ids of the articles read, oldest read first, at most ``limit`` of them."""

    def __init__(self, ids: Iterable[str] = (), limit: int = MAX_READ) -> None:
        self.limit = limit
        # as marking each in turn: each where it was last read, the latest ``limit`` kept
        latest = list(dict.fromkeys(reversed(list(ids))))[:limit]
        self._ids: dict[str, None] = dict.fromkeys(reversed(latest))

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._ids))

    def __len__(self) -> int:
        return len(self._ids)

    def mark(self, article_id: str) -> bool:
        """Mark ``article_id`` read (the latest read); True if it was unread."""
        was_unread = article_id not in self._ids
        self._ids.pop(article_id, None)
        self._ids[article_id] = None
        while len(self._ids) > self.limit:
            del self._ids[next(iter(self._ids))]
        return was_unread

    def unmark(self, article_id: str) -> bool:
        """Mark ``article_id`` unread again; True if it was read."""
        if article_id not in self._ids:
            return False
        del self._ids[article_id]
        return True

    def unread(self, ids: Iterable[str]) -> int:
        """How many of ``ids`` are unread."""
        return sum(1 for article_id in ids if article_id not in self._ids)

    def to_json(self) -> dict[str, object]:
        """The marks as the file holds them."""
        return {"version": VERSION, "read": list(self._ids)}

    @classmethod
    def from_json(cls, data: object, limit: int = MAX_READ) -> ReadMarks:
        """The marks a file held.

        Raises:
            StateDamaged: ``data`` is not the object `to_json` writes.
        """
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise StateDamaged("not a list of articles read of this version")
        ids = data.get("read")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise StateDamaged("its ids are not a list of text")
        return cls(ids, limit)


def read_path(index_dir: Path) -> Path:
    """Where the marks for the corpus indexed in ``index_dir`` are kept."""
    return Path(index_dir) / READ_FILE


def load_read(path: Path, limit: int = MAX_READ) -> ReadMarks:
    """The marks saved at ``path`` (none read when there is no file).

    Raises:
        StateDamaged: The file cannot be read or is not a list of marks.
    """
    try:
        text = read_state(path)  # a FIFO is refused, never waited on (fx166)
    except FileNotFoundError:
        return ReadMarks(limit=limit)
    except (OSError, UnicodeDecodeError) as error:  # its path said once (a FIFO: fx166)
        why = getattr(error, "strerror", None) or error
        raise StateDamaged(f"cannot read {path}: {why}") from error
    try:
        return ReadMarks.from_json(json.loads(text), limit)
    except (ValueError, RecursionError) as error:  # JSONDecodeError is a ValueError
        raise StateDamaged(f"{path} is damaged ({error})") from error


def save_read(path: Path, ids: list[str]) -> None:
    """Write the marks ``ids`` (oldest read first) to ``path`` atomically.

    Raises:
        OSError: The folder cannot be written.
    """
    write_json(path, {"version": VERSION, "read": ids})
