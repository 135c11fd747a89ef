"""From raw text and the facts given beside it to an `Article`: cleaned, facts extracted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from index.ingest.files import ReadError, SourceFile
from index.models import Article
from index.text.dateline_case import shown_place
from index.text.extract import extract
from index.text.placeholder_title import only_placeholders


def make_article(
    source: SourceFile,
    article_id: str,
    text: str,
    known: Mapping[str, Any],
    origins: Mapping[str, str],
    *,
    extra: Mapping[str, str] | None = None,
    **how: Any,
) -> Article:
    """Clean ``text`` and make the article; ``how`` goes to `extract` (line numbers...). A
    given dateline in capitals ("HOUSTON, Feb 26" in a wire's record) is shown as the
    text names the place, as a found one is (`dateline_case`, fx127)."""
    found = extract(text, known=known, origins=origins, **how)
    if not found.body.strip():
        if only_placeholders(text):  # "Untitled" alone: no title, no text (rv46)
            raise ReadError("empty body" if how.get("where") == "body line" else "empty file")
        raise ReadError("no article text once boilerplate is removed")
    title = found.title or ""
    more = dict(extra or {})
    if found.updated is not None:
        more["updated"] = found.updated.isoformat()
    return Article(
        id=article_id,
        path=source.location,  # str(source.path), without making a Path per article
        title=title,
        title_derived=found.title_derived,
        source=found.source,
        byline=found.byline,
        dateline=shown_place(found.dateline, found.body) if found.dateline else None,
        date=found.date,
        body=found.body,
        removed=found.removed,
        url=found.url,
        extra=more,
        provenance=found.provenance,
        styles=found.styles,
    )
