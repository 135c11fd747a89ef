"""Articles and hits as plain JSON data, and dates as a user types them (CLI and exports)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from index.models import Article, Hit
from index.search.query_dates import resolve_date
from index.when import iso_when, iso_when_text


def read_date(text: str, *, end: bool = False) -> datetime:
    """The first instant (with ``end``, the last) of the period a date names.

    Any date a ``date:`` clause takes: "2014-03", "20 march 2014", "last week".

    Raises:
        DateUnreadable: The text is no date dateparser can read.
    """
    period = resolve_date(text)
    return period.end if end else period.start


def hit_record(hit: Hit) -> dict[str, Any]:
    """A hit as plain JSON-serialisable data (`broadsheet search --json`)."""
    return {
        "id": hit.id,
        "title": hit.title,
        "title_derived": hit.title_derived,
        "source": hit.source,
        "date": iso_when(hit.date),
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
        "date": iso_when(article.date),
        "url": article.url,
        "path": article.path,
        "body": article.body,
        "removed": list(article.removed),
        "extra": _extra(article.extra),
        "provenance": article.provenance,
    }


def _extra(extra: dict[str, str]) -> dict[str, Any]:
    """The extra fields, an "updated" date written as the other dates are (nu34 #1)."""
    if "updated" not in extra:
        return extra
    return {**extra, "updated": iso_when_text(extra["updated"])}
