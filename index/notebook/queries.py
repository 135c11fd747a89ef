"""Reading the notebook: entries with their tags and highlights, filters, counts, marks."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from index.analysis.spelling_fold import alike
from index.notebook import values
from index.notebook.db import Database
from index.notebook.models import AnchorState, ArticleRecord, Entry, Highlight, TagCount

_ARTICLE = (
    "a.id, a.title, a.source, a.date, a.url, a.byline, a.pinned, a.note, a.orphaned,"
    " a.created, a.updated"
)
_HIGHLIGHT = (
    "h.id, h.article, h.exact, h.prefix, h.suffix, h.start_pos, h.end_pos, h.note,"
    " h.state, h.created, h.updated, h.speaker"
)
_TAGGED = (
    "(EXISTS (SELECT 1 FROM article_tags x JOIN tags t ON t.id = x.tag"
    " WHERE x.article = a.id AND t.key = ?)"
    " OR EXISTS (SELECT 1 FROM highlights y JOIN highlight_tags z ON z.highlight = y.id"
    " JOIN tags t ON t.id = z.tag WHERE y.article = a.id AND t.key = ?))"
)


@dataclass(frozen=True, slots=True)
class Marks:
    """What the article list shows beside an article: pinned, and how much is noted on it."""

    pinned: bool
    tags: int
    note: bool
    highlights: int


def where(
    *,
    tag: str | None = None,
    pinned: bool | None = None,
    orphaned: bool | None = None,
    articles: Iterable[str] | None = None,
) -> tuple[str, list[Any]]:
    """The SQL condition on articles ``a`` (and its parameters) for the notes filters."""
    clauses: list[str] = ["1"]
    params: list[Any] = []
    if tag is not None:
        key = values.tag(tag).casefold()
        clauses.append(_TAGGED)
        params += [key, key]
    if pinned is not None:
        clauses.append("a.pinned IS NOT NULL" if pinned else "a.pinned IS NULL")
    if orphaned is not None:
        clauses.append("a.orphaned = ?")
        params.append(int(orphaned))
    if articles is not None:
        clauses.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(articles)))
    return " AND ".join(clauses), params


def _highlight(row: Sequence[Any], tags: tuple[str, ...]) -> Highlight:
    hid, article, exact, prefix, suffix, start, end, note, state, created, updated, speaker = row
    return Highlight(
        id=hid,
        article=article,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end,
        note=note,
        tags=tags,
        state=AnchorState(state),
        created=created,
        updated=updated,
        speaker=speaker,
    )


def entries(db: Database, condition: str, params: Sequence[Any]) -> list[Entry]:
    """The entries of the articles matching ``condition``, most recently changed first.

    All four queries run in one read transaction, so the entries are one snapshot.
    """
    with db.read() as connection:
        rows = connection.execute(
            f"SELECT {_ARTICLE} FROM articles a WHERE {condition} ORDER BY a.updated DESC, a.id",
            params,
        ).fetchall()
        tags: dict[str, list[str]] = {}
        for article, name in connection.execute(
            "SELECT x.article, t.name FROM article_tags x JOIN tags t ON t.id = x.tag"
            f" JOIN articles a ON a.id = x.article WHERE {condition} ORDER BY t.key",
            params,
        ):
            tags.setdefault(article, []).append(name)
        marks: dict[int, list[str]] = {}
        for hid, name in connection.execute(
            "SELECT z.highlight, t.name FROM highlight_tags z JOIN tags t ON t.id = z.tag"
            " JOIN highlights h ON h.id = z.highlight JOIN articles a ON a.id = h.article"
            f" WHERE {condition} ORDER BY t.key",
            params,
        ):
            marks.setdefault(hid, []).append(name)
        highlights: dict[str, list[Highlight]] = {}
        for row in connection.execute(
            f"SELECT {_HIGHLIGHT} FROM highlights h JOIN articles a ON a.id = h.article"
            f" WHERE {condition} ORDER BY h.start_pos, h.id",
            params,
        ):
            found = _highlight(row, tuple(marks.get(row[0], ())))
            highlights.setdefault(found.article, []).append(found)
    return [
        Entry(
            article=ArticleRecord(aid, title, source, date, url, byline),
            pinned=pinned is not None,
            tags=tuple(tags.get(aid, ())),
            note=note,
            highlights=tuple(
                replace(h, state=AnchorState.GONE) if orphaned else h
                for h in highlights.get(aid, ())
            ),
            orphaned=bool(orphaned),
            created=created,
            updated=updated,
        )
        for aid, title, source, date, url, byline, pinned, note, orphaned, created, updated in rows
    ]


def folded(text: str) -> str:
    """``text`` as a notebook filter compares it: lower case, no accents, "ae" as "a" (the
    main search's and the speakers' fold, sp55): "schauble" finds "Schäuble" (sx45)."""
    return alike(text)


def haystack(text: str) -> str:
    """``text`` as a filter looks in it: `folded`, then as typed in lower case. The fold
    alone lost substrings the old casefold found: "el" in "Israel" (folded "isral"), "es"
    in "Tuesday", "een" in "Queen" (rv67); with both, what matched before still does."""
    return folded(text) + "\n" + text.casefold()


def needles(typed: str) -> tuple[str, str]:
    """What a filter looks for in a `haystack`: ``typed`` `folded`, and in lower case."""
    return folded(typed), typed.casefold()


def holds(hay: str, looked: tuple[str, str]) -> bool:
    """A `haystack` holds one of the `needles` (folded once per filter, not per row)."""
    return looked[0] in hay or looked[1] in hay


def searchable(entry: Entry) -> str:
    """The entry's text a notes search looks in, `folded`."""
    record = entry.article
    parts = [record.title, record.source or "", entry.note or "", *entry.tags]
    for highlight in entry.highlights:
        parts += [highlight.exact, highlight.note or "", *highlight.tags]
    return haystack("\n".join(parts))


def tag_counts(db: Database) -> list[TagCount]:
    """Every tag in use with its counts, most used first."""
    with db.read() as connection:
        rows = connection.execute(
            "SELECT t.name,"
            " (SELECT COUNT(*) FROM article_tags x WHERE x.tag = t.id),"
            " (SELECT COUNT(*) FROM highlight_tags z WHERE z.tag = t.id)"
            " FROM tags t"
        ).fetchall()
    counts = [TagCount(name, articles, marked) for name, articles, marked in rows]
    return sorted(counts, key=lambda c: (-(c.articles + c.highlights), c.name.casefold()))


def marks(db: Database) -> dict[str, Marks]:
    """For every article the notebook holds: pinned, tag and highlight counts, note."""
    with db.read() as connection:
        rows = connection.execute(
            "SELECT a.id, a.pinned IS NOT NULL, a.note IS NOT NULL,"
            " (SELECT COUNT(*) FROM article_tags x WHERE x.article = a.id),"
            " (SELECT COUNT(*) FROM highlights h WHERE h.article = a.id)"
            " FROM articles a"
        ).fetchall()
    return {aid: Marks(bool(p), count, bool(n), marked) for aid, p, n, count, marked in rows}
