"""Carrying what the notebook keeps on an article to its new id: a file moved or renamed
inside the corpus (the same text) keeps its pins, tags, notes, highlights and its place in
followed stories and saved searches (nu36 #4)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from index.notebook.db import Database

_SEEN = ("followed_story_seen", "saved_search_seen")
"""The tables of ids seen by an owner (a followed story, a saved search)."""


def known_ids(db: Database) -> set[str]:
    """Every article id the notebook refers to: its entries and the ids seen by followed
    stories and saved searches."""
    with db.read() as connection:
        rows = connection.execute(
            "SELECT id FROM articles UNION SELECT article FROM followed_story_seen"
            " UNION SELECT article FROM saved_search_seen"
        ).fetchall()
    return {row[0] for row in rows}


def move(db: Database, moves: Mapping[str, str]) -> list[str]:
    """Give what is kept under each old id of ``moves`` to its new id, in one transaction.

    An entry whose new id has one already is merged into it: tags and highlights joined,
    the earlier pin kept, the notes joined (the new id's first). Seen ids move too, so a
    followed story neither counts the moved article as new nor as gone.

    Returns:
        The old ids whose entry (pins, tags, notes, highlights) moved, sorted.
    """
    moved: list[str] = []
    with db.write() as connection:
        for old, new in sorted(moves.items()):
            if old == new:
                continue
            _carry_seen(connection, old, new)
            if _move_entry(connection, old, new, db.now()):
                moved.append(old)
    return moved


def carry_seen(db: Database, carries: Mapping[str, str]) -> None:
    """Count each old id of ``carries`` as its new id in the followed stories and saved
    searches that saw it, in one transaction; its entry (pins, notes) stays where it is.

    For an exact copy deleted while another article of its text stays (`index.copies`): the
    text was seen, so the one now standing for it is neither new nor is the deleted one told
    as gone (fx39 #4c, rv35 #10: derived from the index's copies at the build, not stored).
    """
    with db.write() as connection:
        for old, new in sorted(carries.items()):
            if old != new:
                _carry_seen(connection, old, new)


def _carry_seen(connection: sqlite3.Connection, old: str, new: str) -> None:
    for table in _SEEN:
        connection.execute(
            f"UPDATE OR IGNORE {table} SET article = ? WHERE article = ?", (new, old)
        )
        connection.execute(f"DELETE FROM {table} WHERE article = ?", (old,))


def _move_entry(connection: sqlite3.Connection, old: str, new: str, now: str) -> bool:
    """Move (or merge) the entry of ``old`` to ``new``; False when there is none."""
    row = connection.execute("SELECT pinned, note FROM articles WHERE id = ?", (old,)).fetchone()
    if row is None:
        return False
    pinned, note = row
    there = connection.execute("SELECT pinned, note FROM articles WHERE id = ?", (new,)).fetchone()
    if there is None:
        connection.execute(
            "INSERT INTO articles (id, title, source, date, url, byline, pinned, note,"
            " orphaned, created, updated) SELECT ?, title, source, date, url, byline, pinned,"
            " note, 0, created, ? FROM articles WHERE id = ?",
            (new, now, old),
        )
    else:
        pins = [p for p in (pinned, there[0]) if p]
        notes = [n for n in dict.fromkeys((there[1], note)) if n]
        connection.execute(
            "UPDATE articles SET pinned = ?, note = ?, orphaned = 0, updated = ? WHERE id = ?",
            (min(pins) if pins else None, "\n\n".join(notes) or None, now, new),
        )
    connection.execute(
        "INSERT OR IGNORE INTO article_tags (article, tag)"
        " SELECT ?, tag FROM article_tags WHERE article = ?",
        (new, old),
    )
    connection.execute("UPDATE highlights SET article = ? WHERE article = ?", (new, old))
    connection.execute("DELETE FROM articles WHERE id = ?", (old,))  # its tags cascade
    return True
