"""Outlet and date limits as sets of document numbers (from the listing in memory); orders."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from whoosh.query import And, NumericRange, Query
from whoosh.util.times import datetime_to_long

from index.models import Hit, Sort
from index.store.schema import source_key


class DocSet(set[int]):
    """Allowed document numbers: a filter even when empty.

    Whoosh reads a falsy filter as no filter at all, so an empty set of allowed
    documents (an outlet with no articles, a date range with none) let every match
    through. This set is never falsy; its emptiness is ``len(docs) == 0``.
    """

    def __bool__(self) -> bool:
        return True


class Filters:
    """The limits of one generation: outlets and dates, looked up without Whoosh.

    Args:
        listing: id -> [title, title_derived, source, ISO date or None, file].
        ids: The article id of each document number.
        reader: The generation's Whoosh reader (for deletions).
    """

    def __init__(self, listing: dict[str, list[Any]], ids: Sequence[str], reader: Any) -> None:
        self._listing = listing
        self._ids = ids
        self._reader = reader
        self._dates: tuple[list[int], list[int]] | None = None
        self._by_source: dict[str, set[int]] = {}
        self._in_order: dict[Sort, list[str]] = {}

    def restrict(
        self, query: Query, source: str | None, since: datetime | None, until: datetime | None
    ) -> tuple[Query | None, DocSet | None]:
        """Split off what can run as a set of document numbers: outlet and date limits.

        Whoosh runs a date range as a union over many trie terms, which took a second on
        100k articles for a month's range; the dates of every document are in memory,
        so the range is two bisections instead. Date ranges that are the whole query or
        one of its top-level AND terms are handled so; others are left to Whoosh.

        Returns:
            The rest of the query (None if nothing is left) and the allowed document
            numbers (None if all are allowed; empty, and still a filter, if none are).
        """
        ranges: list[tuple[int | None, int | None]] = []
        parts = list(query.children()) if type(query) is And else [query]
        kept: list[Query] = []
        for part in parts:
            if isinstance(part, NumericRange) and part.fieldname == "date":
                low = None if part.start is None else int(part.start) + bool(part.startexcl)
                high = None if part.end is None else int(part.end) - bool(part.endexcl)
                ranges.append((low, high))
            else:
                kept.append(part)
        if since is not None or until is not None:
            ranges.append(
                (
                    None if since is None else datetime_to_long(since),
                    None if until is None else datetime_to_long(until),
                )
            )
        allowed: DocSet | None = None
        for low, high in ranges:
            docs = self.dated_between(low, high)
            allowed = DocSet(docs if allowed is None else allowed & docs)
        if source and source.strip():
            docs = self.from_source(source)
            allowed = DocSet(docs if allowed is None else allowed & docs)
        if not kept:
            return None, allowed
        rest = kept[0] if len(kept) == 1 else And(kept, boost=query.boost)
        return rest, allowed

    def _live(self) -> Iterable[tuple[int, list[Any]]]:
        reader = self._reader
        deletions = reader.has_deletions()
        listing = self._listing
        for docnum, article_id in enumerate(self._ids):
            row = listing.get(article_id)
            if row is not None and not (deletions and reader.is_deleted(docnum)):
                yield docnum, row

    def from_source(self, source: str) -> set[int]:
        """Live document numbers of one outlet (by `source_key`)."""
        key = source_key(source)
        found = self._by_source.get(key)
        if found is None:
            found = {docnum for docnum, row in self._live() if source_key(row[2]) == key}
            self._by_source[key] = found
        return found

    def dated_between(self, low: int | None, high: int | None) -> set[int]:
        """Live document numbers dated within [low, high] (Whoosh's microsecond longs)."""
        if self._dates is None:
            pairs = sorted(
                (datetime_to_long(datetime.fromisoformat(row[3])), docnum)
                for docnum, row in self._live()
                if row[3]
            )
            self._dates = ([p[0] for p in pairs], [p[1] for p in pairs])
        longs, docnums = self._dates
        start = 0 if low is None else bisect.bisect_left(longs, low)
        end = len(longs) if high is None else bisect.bisect_right(longs, high)
        return set(docnums[start:end])

    def listed_in_order(
        self, sort: Sort, source: str | None, since: datetime | None, until: datetime | None
    ) -> list[str]:
        """`listed`, in the order `order` would give their hits (no hit made).

        The whole listing's order is kept per sort: the empty query (the reader's search
        bar cleared) then costs a pass over the ids, not a hit for every article.
        """
        every = self._in_order.get(sort)
        if every is None:
            listing = self._listing
            dates = {
                article_id: datetime.fromisoformat(row[3]) if row[3] else None
                for article_id, row in listing.items()
            }
            every = ordered(
                list(listing),
                sort,
                lambda article_id: (
                    dates[article_id],
                    listing[article_id][0],
                    listing[article_id][2],
                ),
            )
            self._in_order[sort] = every
        if source is None and since is None and until is None:
            return every
        kept = set(self.listed(source, since, until))
        return [article_id for article_id in every if article_id in kept]

    def listed(
        self, source: str | None, since: datetime | None, until: datetime | None
    ) -> list[str]:
        """The ids of every article within the limits, in the listing's order."""
        key = source_key(source) if source and source.strip() else None
        low = since.isoformat() if since else None
        high = until.isoformat() if until else None
        found = []
        for article_id, row in self._listing.items():
            if key is not None and source_key(row[2]) != key:
                continue
            if low is not None and (row[3] is None or row[3] < low):
                continue
            if high is not None and (row[3] is None or row[3] > high):
                continue
            found.append(article_id)
        return found


T = TypeVar("T")
Facts = tuple[datetime | None, str, str | None]
"""What an order looks at: the date, the title and the outlet."""


def order(hits: list[Hit], sort: Sort) -> list[Hit]:
    """Hits in a result order; unknown dates last (relevance keeps the order given)."""
    return ordered(hits, sort, lambda h: (h.date, h.title, h.source))


def ordered(items: list[T], sort: Sort, facts: Callable[[T], Facts]) -> list[T]:
    """Anything in the order `order` gives hits with the same ``facts``.

    Sorting is stable: the items of a subset keep their order in the whole.
    """
    if sort == "relevance":
        return items
    known = [(facts(item), item) for item in items]
    if sort == "source":
        known.sort(
            key=lambda pair: (
                pair[0][2] is None,
                (pair[0][2] or "").lower(),
                -(pair[0][0].timestamp() if pair[0][0] else float("-inf")),
            )
        )
        return [item for _, item in known]
    dated = [pair for pair in known if pair[0][0] is not None]
    undated = [item for fact, item in known if fact[0] is None]
    dated.sort(key=lambda pair: (pair[0][0], pair[0][1]), reverse=sort != "oldest")
    return [item for _, item in dated] + undated
