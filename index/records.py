"""Articles and hits as plain JSON data, and dates as a user types them (CLI and exports)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from index.models import Article, Hit
from index.search.query_dates import resolve_date


def read_date(text: str, *, end: bool = False) -> datetime:
    """The first instant (with ``end``, the last) of the period a date names.

    Any date a ``date:`` clause takes: "2014-03", "20 march 2014", "last week".

    Raises:
        DateUnreadable: The text is no date dateparser can read.
    """
    period = resolve_date(text)
    return period.end if end else period.start


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def hit_record(hit: Hit) -> dict[str, Any]:
    """A hit as plain JSON-serialisable data (`broadsheet search --json`)."""
    return {
        "id": hit.id,
        "title": hit.title,
        "title_derived": hit.title_derived,
        "source": hit.source,
        "date": _iso(hit.date),
        "score": round(hit.score, 4),
        "snippet": hit.snippet,
        "path": hit.path,
        "copies": list(hit.copies),  # its outlet's same text, folded into it (`index.copies`)
    }


def article_record(article: Article) -> dict[str, Any]:
    """An article as plain JSON-serialisable data (`show --json`, `export`)."""
    return {
        "id": article.id,
        "title": article.title,
        "title_derived": article.title_derived,
        "source": article.source,
        "byline": article.byline,
        "dateline": article.dateline,
        "date": _iso(article.date),
        "url": article.url,
        "path": article.path,
        "body": article.body,
        "removed": list(article.removed),
        "extra": article.extra,
        "provenance": article.provenance,
    }
