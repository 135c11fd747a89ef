"""One connection to a notebook file: WAL, foreign keys, a busy timeout, errors as one line."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from index.notebook.errors import NotebookBusy, NotebookDamaged, NotebookError
from index.notebook.schema import MIGRATIONS, Migration, migrate

NOTEBOOK_FILE = "notebook.sqlite3"
"""The notebook's file name inside a corpus's index folder."""
DEFAULT_TIMEOUT = 10.0
"""Seconds a write waits for another process's write to finish before giving up."""

Clock = Callable[[], datetime]


def notebook_path(index_dir: Path) -> Path:
    """Where the notebook of a corpus lives: beside the index generations, never inside one.

    A rebuild or update only ever replaces ``gen-*`` folders and the ``CURRENT`` pointer
    of the index folder (see ``index.store.generations.prune``), so a file there outlives them all.
    """
    return Path(index_dir) / NOTEBOOK_FILE


def utc_now() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


def _operational(path: Path, error: sqlite3.OperationalError, timeout: float) -> NotebookError:
    message = str(error)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return NotebookBusy(
            f"the notebook is busy: another broadsheet kept it locked for over {timeout:g} s; "
            "try again"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return NotebookError(f"cannot write the notebook {path}: it is read-only")
    if "unable to open" in lowered:
        return NotebookError(f"cannot open the notebook {path}")
    return NotebookError(f"notebook {path}: {message}")


@contextlib.contextmanager
def sqlite_errors(path: Path, timeout: float = DEFAULT_TIMEOUT) -> Iterator[None]:
    """Turn SQLite and file errors into notebook errors with a one-line message."""
    try:
        yield
    except sqlite3.OperationalError as error:
        raise _operational(path, error, timeout) from error
    except sqlite3.IntegrityError as error:
        raise NotebookError(f"the notebook refused the change ({error})") from error
    except sqlite3.DatabaseError as error:
        raise NotebookDamaged(
            f"the notebook {path} is damaged ({error}); move it aside to start a new one"
        ) from error
    except sqlite3.Error as error:
        raise NotebookError(f"notebook {path}: {error}") from error
    except OSError as error:
        raise NotebookError(f"cannot open the notebook {path}: {error.strerror}") from error


def _to_wal(connection: sqlite3.Connection, timeout: float) -> None:
    """Put the file in WAL mode, waiting up to the timeout for other connections.

    SQLite does not call its busy handler while another connection holds the write lock of
    a new file in rollback mode (two threads or processes creating the notebook at once):
    the journal switch fails at once with "database is locked". Retry it until the timeout.
    """
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


class Database:
    """A notebook file opened for reading and writing, safe to share between threads.

    Every write is one ``BEGIN IMMEDIATE`` transaction: it waits (up to the timeout) for
    another process's write to end, and either commits whole or not at all. The file is
    in WAL mode with ``synchronous=FULL``, so a committed write survives the process
    being killed, and readers never wait for writers.
    """

    def __init__(
        self,
        path: Path,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock = utc_now,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._clock = clock
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        with sqlite_errors(self.path, timeout):
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # notes are private: create the file for its owner only (WAL files follow it)
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
            connection = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            try:
                connection.execute("PRAGMA foreign_keys = ON")
                _to_wal(connection, timeout)
                connection.execute("PRAGMA synchronous = FULL")
                migrate(connection, self.now(), migrations)
            except BaseException:
                connection.close()
                raise
        self._connection = connection

    def now(self) -> str:
        """The clock's time as ISO text in UTC, to the second (``2026-11-30T09:15:00Z``)."""
        return self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            raise NotebookError("the notebook is closed")
        return self._connection

    @contextlib.contextmanager
    def _transaction(self, begin: str) -> Iterator[sqlite3.Connection]:
        with self._lock, sqlite_errors(self.path, self.timeout):
            connection = self._open()
            connection.execute(begin)
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    def write(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A write transaction: commits when the block ends, rolls back if it raises.

        Raises:
            NotebookBusy: Another process held the write lock for longer than the timeout.
        """
        return self._transaction("BEGIN IMMEDIATE")

    def read(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A read transaction: every query in the block sees the same snapshot."""
        return self._transaction("BEGIN")

    def check(self) -> list[str]:
        """SQLite's integrity and foreign-key checks: an empty list when the file is sound."""
        with self.read() as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            problems = [str(row[0]) for row in rows if row[0] != "ok"]
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points to a missing {parent}")
        return problems

    def close(self) -> None:
        """Close the connection (the last one to close folds the WAL into the file)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
