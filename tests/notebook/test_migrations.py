"""The schema version table and its migrations: from nothing to now, in order, atomically."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from index.notebook import Notebook, NotebookDamaged, NotebookError, NotebookTooNew
from index.notebook.db import Database
from index.notebook.schema import MIGRATIONS, SCHEMA_VERSION, Migration
from tests.notebook.conftest import record

TABLES = {
    "schema_version",
    "articles",
    "tags",
    "article_tags",
    "highlights",
    "highlight_tags",
    "saved_searches",
    "saved_search_seen",
    "followed_stories",
    "followed_story_seen",
}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}


def _versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT version FROM schema_version")]


def _step(number: int) -> Migration:
    def migration(connection: sqlite3.Connection) -> None:
        connection.execute(f"CREATE TABLE step{number} (n INTEGER)")
        connection.execute("INSERT INTO log (step) VALUES (?)", (number,))

    return migration


def _first(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE log (step INTEGER)")
    connection.execute("CREATE TABLE data (value TEXT)")
    connection.execute("INSERT INTO log (step) VALUES (1)")


def _log(path: Path) -> list[int]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT step FROM log ORDER BY rowid")]


def test_a_new_file_is_migrated_from_version_0_to_the_current_one(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    with Notebook(path) as notebook:
        assert notebook.check() == []
    assert _tables(path) == TABLES
    assert _versions(path) == list(range(1, SCHEMA_VERSION + 1))
    assert len(MIGRATIONS) == SCHEMA_VERSION


def test_an_empty_database_file_is_version_0_and_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    sqlite3.connect(path).close()  # an empty file, as a crash before the first write leaves
    assert path.exists() and path.stat().st_size == 0
    with Notebook(path) as notebook:
        notebook.pin(record("a1"))
    assert _versions(path) == list(range(1, SCHEMA_VERSION + 1))


def test_the_schema_enforces_foreign_keys_and_wal(tmp_path: Path) -> None:
    db = Database(tmp_path / "notebook.sqlite3")
    with db.read() as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with pytest.raises(NotebookError, match="refused the change"), db.write() as connection:
        connection.execute(
            "INSERT INTO highlights (article, exact, prefix, suffix, start_pos, end_pos,"
            " created, updated) VALUES ('missing', 'x', '', '', 0, 1, 'now', 'now')"
        )
    db.close()


def test_pending_migrations_run_once_each_in_order_and_keep_the_data(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    db = Database(path, migrations=[_first])
    with db.write() as connection:
        connection.execute("INSERT INTO data VALUES ('kept')")
    db.close()
    assert _versions(path) == [1]
    Database(path, migrations=[_first, _step(2), _step(3)]).close()
    Database(path, migrations=[_first, _step(2), _step(3)]).close()  # again: nothing to do
    assert _versions(path) == [1, 2, 3]
    assert _log(path) == [1, 2, 3]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT value FROM data").fetchall() == [("kept",)]


def test_a_failing_migration_leaves_the_previous_version_whole(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    Database(path, migrations=[_first]).close()

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half (n INTEGER)")
        connection.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(NotebookError) as caught:
        Database(path, migrations=[_first, _step(2), broken])
    assert "\n" not in str(caught.value)
    assert _versions(path) == [1]
    assert "step2" not in _tables(path) and "half" not in _tables(path)
    Database(path, migrations=[_first, _step(2)]).close()  # a fixed broadsheet goes on
    assert _versions(path) == [1, 2]


def test_a_notebook_from_a_newer_broadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    Database(path, migrations=[_first, _step(2)]).close()
    with pytest.raises(NotebookTooNew, match="schema version 2, this broadsheet knows 1"):
        Database(path, migrations=[_first])


def test_a_database_of_something_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotebookDamaged, match="database of something else"):
        Notebook(path)
    assert _tables(path) == {"recipes"}


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notebook.sqlite3"
    path.write_bytes(b"these are not the notes you are looking for\n" * 200)
    with pytest.raises(NotebookDamaged, match="damaged") as caught:
        Notebook(path)
    assert "\n" not in str(caught.value)


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(NotebookError, match="cannot open the notebook") as caught:
        Notebook.open(blocker / "index")
    assert "\n" not in str(caught.value)
