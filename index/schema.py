"""The Whoosh schema of a broadsheet index, and its version."""

from __future__ import annotations

from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, STORED, TEXT, Schema

SCHEMA_VERSION = 3
"""Bump when the schema or what is stored changes: older indexes are rebuilt, not misread."""

TEXT_ANALYZER = StemmingAnalyzer()
"""Lower-cases, drops stop words and stems (Porter), so "peacekeepers" finds "peacekeeping"."""

SEARCH_FIELDS = ("title", "body")
"""Fields a query without a field name searches."""
FIELD_BOOSTS = {"title": 2.0}
"""BM25F weights: a match in the title counts twice."""


def make_schema() -> Schema:
    """Return a new schema object (Whoosh schemas are mutable, so never share one)."""
    names = StandardAnalyzer(stoplist=None)
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        path=STORED(),
        title=TEXT(analyzer=TEXT_ANALYZER, stored=True),
        title_derived=STORED(),
        source=TEXT(analyzer=names, stored=True),
        byline=TEXT(analyzer=names, stored=True),
        dateline=TEXT(analyzer=names, stored=True),
        date=DATETIME(stored=True),
        body=TEXT(analyzer=TEXT_ANALYZER, stored=True),
        removed=STORED(),
        url=STORED(),
        extra=STORED(),
        provenance=STORED(),  # where each fact came from: {"title": 'line 3: "..."'}
        styles=STORED(),  # Markdown styles over the body: [(start, end, "bold"), ...]
    )


def source_key(source: str | None) -> str:
    """The exact-match key of an outlet name, for filters: case- and space-insensitive."""
    return " ".join((source or "").lower().split())
