"""The notebook's row-level writes, each inside a caller's transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from index.notebook import values
from index.notebook.anchor import Anchor
from index.notebook.errors import InvalidValue
from index.notebook.models import ArticleRecord


def touch(connection: sqlite3.Connection, record: ArticleRecord, now: str) -> None:
    """Make sure the article has a row, with its record as the fresh snapshot.

    Raises:
        InvalidValue: The article id is empty.
    """
    if not record.id:
        raise InvalidValue("the article id is empty")
    connection.execute(
        "INSERT INTO articles (id, title, source, date, url, byline, created, updated)"
        " VALUES (:id, :title, :source, :date, :url, :byline, :now, :now)"
        " ON CONFLICT (id) DO UPDATE SET title = excluded.title, source = excluded.source,"
        " date = excluded.date, url = excluded.url, byline = excluded.byline, orphaned = 0,"
        " updated = excluded.updated",
        {
            "id": record.id,
            "title": record.title,
            "source": record.source,
            "date": record.date,
            "url": record.url,
            "byline": record.byline,
            "now": now,
        },
    )


def tag_ids(connection: sqlite3.Connection, names: Iterable[str]) -> list[int]:
    """The ids of these tags, made when new (case-insensitively; the first spelling kept).

    Raises:
        InvalidValue: A tag is empty, too long, or contains ``;``.
    """
    ids = []
    for name in values.tags(names):
        connection.execute(
            "INSERT INTO tags (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            (name, name.casefold()),
        )
        row = connection.execute("SELECT id FROM tags WHERE key = ?", (name.casefold(),))
        ids.append(int(row.fetchone()[0]))
    return ids


def link_tags(
    connection: sqlite3.Connection, table: str, owner: str | int, tags: Iterable[int]
) -> None:
    """Put tags on an article (``article_tags``) or a highlight (``highlight_tags``)."""
    assert table in ("article_tags", "highlight_tags")  # constants, never input
    connection.executemany(
        f"INSERT OR IGNORE INTO {table} VALUES (?, ?)", [(owner, tag) for tag in tags]
    )


def changed(connection: sqlite3.Connection, now: str, *, highlight: int) -> str | None:
    """Mark a highlight and its article as changed now.

    Returns:
        The highlight's article id, or None when there is no such highlight.
    """
    row = connection.execute(
        "UPDATE highlights SET updated = ? WHERE id = ? RETURNING article", (now, highlight)
    ).fetchone()
    if row is None:
        return None
    connection.execute("UPDATE articles SET updated = ? WHERE id = ?", (now, row[0]))
    return str(row[0])


def tidy(connection: sqlite3.Connection, article_id: str) -> None:
    """Drop the article's row once nothing is kept on it, and tags nothing carries."""
    connection.execute(
        "DELETE FROM articles AS a WHERE a.id = ? AND a.pinned IS NULL AND a.note IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM article_tags x WHERE x.article = a.id)"
        " AND NOT EXISTS (SELECT 1 FROM highlights h WHERE h.article = a.id)",
        (article_id,),
    )
    connection.execute(
        "DELETE FROM tags WHERE id NOT IN (SELECT tag FROM article_tags)"
        " AND id NOT IN (SELECT tag FROM highlight_tags)"
    )


def keep_highlight(
    connection: sqlite3.Connection,
    article_id: str,
    anchor: Anchor,
    note: str | None,
    now: str,
    speaker: str | None = None,
) -> int:
    """Insert a highlight, or when the same passage is already kept, add the note to its
    note (`values.added_note`: the one it had is kept) and set its speaker, when one is
    given (a passage highlighted, then kept as a quote).

    Raises:
        InvalidValue: The notes together are too long.

    Returns:
        The highlight's id.
    """
    row = connection.execute(
        "SELECT id, note FROM highlights WHERE article = ? AND start_pos = ? AND exact = ?",
        (article_id, anchor.start, anchor.exact),
    ).fetchone()
    if row is not None:
        joined = values.added_note(row[1], note)
        if joined != row[1]:
            connection.execute(
                "UPDATE highlights SET note = ?, updated = ? WHERE id = ?", (joined, now, row[0])
            )
        if speaker is not None:
            connection.execute(
                "UPDATE highlights SET speaker = ?, updated = ? WHERE id = ?",
                (speaker, now, row[0]),
            )
        return int(row[0])
    cursor = connection.execute(
        "INSERT INTO highlights (article, exact, prefix, suffix, start_pos, end_pos, note,"
        " speaker, created, updated) VALUES (:article, :exact, :prefix, :suffix, :start, :end,"
        " :note, :speaker, :now, :now)",
        {
            "article": article_id,
            "exact": anchor.exact,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
            "start": anchor.start,
            "end": anchor.end,
            "note": note,
            "speaker": speaker,
            "now": now,
        },
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid
