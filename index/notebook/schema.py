"""The notebook's SQLite schema: a version table and the ordered migrations that build it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from index.notebook.errors import NotebookDamaged, NotebookTooNew

Migration = Callable[[sqlite3.Connection], None]
"""One schema step: runs inside the migration's transaction, never commits."""

_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
)

_V1 = (
    # one row per article the notebook holds anything on, with a snapshot of its record
    # so that its notes still show (as orphaned) once the article leaves the index
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        source TEXT, date TEXT, url TEXT, byline TEXT,
        pinned TEXT,
        note TEXT,
        orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
        created TEXT NOT NULL,
        updated TEXT NOT NULL)""",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE)",
    """CREATE TABLE article_tags (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article, tag)) WITHOUT ROWID""",
    "CREATE INDEX article_tags_by_tag ON article_tags(tag)",
    """CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
        end_pos INTEGER NOT NULL CHECK (end_pos > start_pos),
        note TEXT,
        state TEXT NOT NULL DEFAULT 'anchored'
            CHECK (state IN ('anchored', 'fuzzy', 'orphaned')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL)""",
    "CREATE INDEX highlights_by_article ON highlights(article, start_pos)",
    """CREATE TABLE highlight_tags (
        highlight INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
        tag INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (highlight, tag)) WITHOUT ROWID""",
    "CREATE INDEX highlight_tags_by_tag ON highlight_tags(tag)",
    """CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        source TEXT, since TEXT, until TEXT, sort TEXT,
        created TEXT NOT NULL,
        last_opened TEXT)""",
    """CREATE TABLE saved_search_seen (
        owner INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        PRIMARY KEY (owner, article)) WITHOUT ROWID""",
    """CREATE TABLE followed_stories (
        id INTEGER PRIMARY KEY,
        story TEXT NOT NULL UNIQUE,
        title TEXT,
        created TEXT NOT NULL,
        last_opened TEXT)""",
    """CREATE TABLE followed_story_seen (
        owner INTEGER NOT NULL REFERENCES followed_stories(id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        PRIMARY KEY (owner, article)) WITHOUT ROWID""",
)


def _version_1(connection: sqlite3.Connection) -> None:
    """Pins, tags, notes, highlights, saved searches and followed stories."""
    for statement in _V1:
        connection.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (_version_1,)
"""The migrations in order: ``MIGRATIONS[n - 1]`` takes a notebook from version n-1 to n."""
SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this broadsheet writes."""


OPTIONAL_COLUMNS = (("highlights", "speaker", "TEXT"),)
"""Columns added to schema 1 without a new version, each ``(table, column, type)``: NULL
on the rows kept before (read as absent), and an older broadsheet, whose statements name
their columns, reads and writes the notebook as before (a version 2 would make it refuse
the file: fs34's was undone for that). ``highlights.speaker``: who said a passage kept
as a quote (fx108, nu47 #9)."""


def _missing_columns(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """The `OPTIONAL_COLUMNS` a notebook lacks (of tables it has)."""
    missing = []
    for table, column, kind in OPTIONAL_COLUMNS:
        have = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        if have and column not in have:
            missing.append((table, column, kind))
    return missing


def _add_columns(connection: sqlite3.Connection) -> None:
    """Add the `OPTIONAL_COLUMNS` a notebook lacks (inside the caller's transaction)."""
    for table, column, kind in _missing_columns(connection):
        connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def schema_version(connection: sqlite3.Connection) -> int:
    """The notebook's schema version: 0 for a database with no version table yet."""
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if found is None:
        return 0
    row = connection.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
    return int(row[0])


def migrate(
    connection: sqlite3.Connection, now: str, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Bring a notebook to the newest schema, each pending migration in order, then the
    `OPTIONAL_COLUMNS` it lacks, atomically.

    All pending migrations run in one ``BEGIN IMMEDIATE`` transaction, so two processes
    opening a new notebook at once apply them once, and a migration that fails leaves the
    notebook at its old version, whole. The connection must be in autocommit mode.

    Args:
        connection: An open connection (``isolation_level=None``).
        now: The time to record against each applied version (ISO UTC).
        migrations: The migrations in order (the tests pass their own).

    Returns:
        The schema version afterwards.

    Raises:
        NotebookTooNew: The notebook has a version this broadsheet does not know.
        NotebookDamaged: The file is a database with other tables and no version table:
            not a notebook.
    """
    target = len(migrations)
    if schema_version(connection) == target and not _missing_columns(connection):
        return target  # the common case, without taking the write lock
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(connection)
        if version > target:
            raise NotebookTooNew(
                f"the notebook has schema version {version}, this broadsheet knows "
                f"{target}: use a newer broadsheet"
            )
        if version == 0 and connection.execute("SELECT 1 FROM sqlite_master").fetchone():
            raise NotebookDamaged("the notebook file is a database of something else")
        connection.execute(_VERSION_TABLE)
        for number in range(version + 1, target + 1):
            migrations[number - 1](connection)
            connection.execute("INSERT INTO schema_version VALUES (?, ?)", (number, now))
        _add_columns(connection)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return target
