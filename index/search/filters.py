"""Outlet and date limits as sets of document numbers (from the listing in memory); orders."""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any, TypeVar

from whoosh.query import And, NumericRange, Query
from whoosh.util.times import datetime_to_long

from index.models import Hit, Sort
from index.store.listing import Listing
from index.store.reader import live_docnums
from index.store.schema import source_key, title_key


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
        listing: id -> [title, title_derived, source, ISO date or None, file], or what
            reads it when a limit first needs it (a search with none never does).
        ids: The article id of each document number.
        reader: The generation's Whoosh reader (for deletions).
    """

    def __init__(
        self,
        listing: Mapping[str, list[Any]] | Callable[[], Mapping[str, list[Any]]],
        ids: Sequence[str],
        reader: Any,
    ) -> None:
        self._given = listing
        self._columns: Listing | None = None
        self._ids = ids
        self._reader = reader
        self._dates: tuple[list[int], list[int]] | None = None
        self._by_source: dict[str, set[int]] = {}
        self._in_order: dict[Sort, list[str]] = {}
        self._pages: dict[tuple[Sort, int], list[str]] = {}
        self._docnums: tuple[frozenset[str], dict[int, str]] | None = None
        self._undated: tuple[frozenset[int], list[int]] | None = None

    @property
    def _listing(self) -> Listing:
        """The listing's columns: passes over every article read them without making a row each."""
        if self._columns is None:
            given = self._given() if callable(self._given) else self._given
            self._columns = given if isinstance(given, Listing) else Listing.from_rows(given)
        return self._columns

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
                    None if since is None else datetime_to_long(utc_naive(since)),
                    None if until is None else datetime_to_long(utc_naive(until)),
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

    def _live(self) -> Iterable[tuple[int, int]]:
        """(document number, place in the listing) of every live listed document."""
        reader = self._reader
        deletions = reader.has_deletions()
        places = self._listing.places
        for docnum, article_id in enumerate(self._ids):
            n = places.get(article_id)
            if n is not None and not (deletions and reader.is_deleted(docnum)):
                yield docnum, n

    def docnums(self, article_ids: Iterable[str]) -> dict[int, str]:
        """The live document numbers of these articles (an unknown id left out), with their
        ids: the id column compared with them (`live_docnums`; a term lookup per id costs
        about 50 µs), the last answer kept (the copies and their originals, asked again at
        each count of a generation)."""
        asked = frozenset(article_ids)
        if self._docnums is not None and self._docnums[0] == asked:
            return dict(self._docnums[1])
        found = live_docnums(self._reader, asked)
        if found is None:  # not Whoosh's usual id column: every id mapped
            reader = self._reader
            deletions = reader.has_deletions()
            found = {
                docnum: article_id
                for docnum, article_id in enumerate(self._ids)
                if article_id in asked and not (deletions and reader.is_deleted(docnum))
            }
        self._docnums = (asked, found)
        return dict(found)

    def from_source(self, source: str) -> set[int]:
        """Live document numbers of one outlet (by `source_key`)."""
        key = source_key(source)
        found = self._by_source.get(key)
        if found is None:
            sources = self._listing.sources()
            found = {docnum for docnum, n in self._live() if source_key(sources[n]) == key}
            self._by_source[key] = found
        return found

    def dated_between(self, low: int | None, high: int | None) -> set[int]:
        """Live document numbers dated within [low, high] (Whoosh's microsecond longs)."""
        if self._dates is None:
            dates = self._listing.dates
            pairs = sorted(
                (datetime_to_long(datetime.fromisoformat(date)), docnum)
                for docnum, n in self._live()
                if (date := dates[n])
            )
            self._dates = ([p[0] for p in pairs], [p[1] for p in pairs])
        longs, docnums = self._dates
        start = 0 if low is None else bisect.bisect_left(longs, low)
        end = len(longs) if high is None else bisect.bisect_right(longs, high)
        return set(docnums[start:end])

    def undated(self) -> frozenset[int]:
        """Live document numbers with no date: what every date filter leaves out (the
        complement of `dated_between`'s whole range), kept for the generation."""
        return self._undated_kept()[0]

    def undated_listed(self, source: str | None) -> list[str]:
        """The ids of the listed articles with no date (of ``source``): `listed` less
        `listed` with a ``since`` every date passes, without the pass over every article."""
        listing = self._listing
        places = self._undated_kept()[1]
        if not source or not source.strip():
            return [listing.ids[n] for n in places]
        key, sources = source_key(source), listing.sources()
        return [listing.ids[n] for n in places if source_key(sources[n]) == key]

    def _undated_kept(self) -> tuple[frozenset[int], list[int]]:
        """The undated live document numbers, and the listing's places with no date."""
        if self._undated is None:
            self.dated_between(None, None)  # the dated document numbers, kept
            assert self._dates is not None
            dated = set(self._dates[1])
            reader = self._reader
            deletions = reader.has_deletions()
            docnums = frozenset(
                n
                for n in range(len(self._ids))
                if n not in dated and not (deletions and reader.is_deleted(n))
            )
            places = [n for n, date in enumerate(self._listing.dates) if date is None]
            self._undated = (docnums, places)
        return self._undated

    def listed_in_order(
        self, sort: Sort, source: str | None, since: datetime | None, until: datetime | None
    ) -> list[str]:
        """`listed`, in the order `order` would give their hits (no hit made).

        The whole listing's order is kept per sort: the empty query (the reader's search
        bar cleared) then costs a pass over the ids, not a hit for every article.
        """
        every = self._in_order.get(sort)
        if every is None:
            every = self._order(sort, None)
            self._in_order[sort] = every
        if source is None and since is None and until is None:
            return every
        kept = set(self.listed(source, since, until))
        return [article_id for article_id in every if article_id in kept]

    def first_listed(
        self,
        sort: Sort,
        limit: int | None,
        source: str | None,
        since: datetime | None,
        until: datetime | None,
    ) -> tuple[list[str], int]:
        """The first ``limit`` of `listed_in_order` and how many there are in all.

        Without limits and before the whole order is kept, the first page is picked
        without sorting the rest (100,000 articles: a heap pass instead of a sort; the
        reader's first screen waits for it).
        """
        plain = source is None and since is None and until is None
        dated = _every_date(since) and source is None and until is None
        if dated and limit is not None and sort in ("oldest", "newest"):
            # every dated article: they come first in a date order, the undated after them
            # (`_order`), so the page is the plain page's dated part (`Library.date_span`)
            dates, places = self._listing.dates, self._listing.places
            total = len(self.listed(None, since, None))
            first = self._in_order.get(sort) or self._order(sort, limit)
            return [i for i in first[:limit] if dates[places[i]]], total
        if not plain or limit is None or sort in self._in_order or sort == "source":
            listed = self.listed_in_order(sort, source, since, until)
            return (listed if limit is None else listed[:limit]), len(listed)
        page = self._pages.get((sort, limit))
        if page is None:
            page = self._pages[(sort, limit)] = self._order(sort, limit)
        return page, len(self._listing)

    def _order(self, sort: Sort, limit: int | None) -> list[str]:
        """The listing's ids in ``sort``'s order (the first ``limit`` of them)."""
        listing = self._listing
        if sort == "relevance":  # as `ordered`: the order given
            return list(listing) if limit is None else list(islice(listing, limit))
        ids, titles, dates = listing.ids, listing.titles, listing.dates
        if sort == "source":
            places, sources = listing.places, listing.sources()
            every = ordered(
                sorted(ids),  # ties by id
                sort,
                lambda article_id: (
                    datetime.fromisoformat(date) if (date := dates[places[article_id]]) else None,
                    titles[places[article_id]],
                    sources[places[article_id]],
                ),
            )
            return every if limit is None else every[:limit]
        # by date, title, id (as `ordered`), on strings that sort as the instants do
        dated = [
            (instant_key(date), title, article_id)
            for article_id, title, date in zip(ids, titles, dates, strict=True)
            if date
        ]
        if sort == "oldest":
            dated = (
                sorted(dated, key=_date_title)
                if limit is None
                else heapq.nsmallest(limit, dated, key=_date_title)
            )
        else:
            dated = _newest_first(dated, limit)
        found = [article_id for _, _, article_id in dated]
        if limit is None or len(found) < limit:
            undated = [
                ("", title, article_id)
                for article_id, title, date in zip(ids, titles, dates, strict=True)
                if not date
            ]
            left = None if limit is None else limit - len(found)
            undated = (
                sorted(undated, key=_title)
                if left is None
                else heapq.nsmallest(left, undated, key=_title)
            )
            found += [article_id for _, _, article_id in undated]
        return found if limit is None else found[:limit]

    def listed(
        self, source: str | None, since: datetime | None, until: datetime | None
    ) -> list[str]:
        """The ids of every article within the limits, in the listing's order."""
        key = source_key(source) if source and source.strip() else None
        if _every_date(since) and until is None:  # any date passes: none read as a date
            dates, places = self._listing.dates, self._listing.places
            return [i for i in self.listed(source, None, None) if dates[places[i]]]
        low = utc_naive(since).isoformat() if since else None
        high = utc_naive(until).isoformat() if until else None
        found = []
        listing = self._listing
        sources = listing.sources() if key is not None else None
        for n, (article_id, date) in enumerate(zip(listing.ids, listing.dates, strict=True)):
            if sources is not None and source_key(sources[n]) != key:
                continue
            if date is not None and (low is not None or high is not None):
                date = _naive_iso(date)
            if low is not None and (date is None or date < low):
                continue
            if high is not None and (date is None or date > high):
                continue
            found.append(article_id)
        return found


def utc_naive(moment: datetime) -> datetime:
    """A date limit as the index holds dates: naive, in UTC (an aware one is converted;
    Whoosh's `datetime_to_long` would drop its zone without converting)."""
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


def _every_date(since: datetime | None) -> bool:
    """Whether ``since`` is `datetime.min`, which every date passes: the dated articles."""
    return since is not None and since.tzinfo is None and since == datetime.min


def _naive_iso(iso: str) -> str:
    """A listing date as a naive UTC ISO string, to compare with a limit's as strings: an
    article dated "2021-02-13" is within ``since=2021-02-13 00:00 UTC``, as the numeric
    date field finds it (a "+00:00" string sorted after the naive one and left it out)."""
    if iso.endswith("+00:00"):
        return iso[:-6]
    if len(iso) > 19 and iso[-6] in "+-":
        return utc_naive(datetime.fromisoformat(iso)).isoformat()
    return iso


def _newest_first(
    rows: list[tuple[str, str, str]], limit: int | None
) -> list[tuple[str, str, str]]:
    """Rows of (date, title, id), the newest first and those of a date by title A-Z, then
    id (as `ordered`); the first ``limit`` of them picked without sorting the rest."""
    if limit and rows:
        page = heapq.nlargest(limit, rows, key=_date)
        boundary = page[-1][0]  # the page may end inside a date: take every row of it
        rows = [row for row in page if row[0] != boundary] + heapq.nsmallest(
            limit, (row for row in rows if row[0] == boundary), key=_title
        )
    rows = sorted(rows, key=_title)  # stable: a date's rows stay by title
    rows.sort(key=_date, reverse=True)
    return rows if limit is None else rows[:limit]


def _date_title(row: tuple[str, str, str]) -> tuple[str, str, str]:
    return row[0], title_key(row[1]), row[2]


def _date(row: tuple[str, str, str]) -> str:
    return row[0]


def _title(row: tuple[str, str, str]) -> tuple[str, str]:
    return title_key(row[1]), row[2]


def instant_key(iso: str) -> str:
    """A string that sorts (and ties) as the instant an ISO 8601 date names.

    The listing keeps dates as `datetime.isoformat` wrote them; in UTC (or all without
    a zone) those strings already sort as their instants, and are returned as they are
    (no parse: 100,000 of them in a few milliseconds). Others are brought to UTC first.
    Dates with and without a zone do not compare, as the datetimes do not.
    """
    size = len(iso)
    if (
        (size in (19, 26) or (size in (25, 32) and iso.endswith("+00:00")))
        and iso[4] == "-"
        and iso[10] == "T"
        and iso[19:26] != ".000000"
    ):
        return iso
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.isoformat()


T = TypeVar("T")
Facts = tuple[datetime | None, str, str | None]
"""What an order looks at: the date, the title and the outlet."""


def order(hits: list[Hit], sort: Sort) -> list[Hit]:
    """Hits in a result order; unknown dates last (relevance keeps the order given).

    Titles A-Z are by `title_key` (case-folded, leading quote marks ignored); what still
    ties goes by article id, so one corpus lists alike however its index was built.
    """
    if sort == "relevance":
        return hits
    by_id = sorted(hits, key=_hit_id)
    return ordered(by_id, sort, lambda h: (h.date, h.title, h.source))


def _hit_id(hit: Hit) -> str:
    return hit.id


def ordered(items: list[T], sort: Sort, facts: Callable[[T], Facts]) -> list[T]:
    """Anything in the order `order` gives hits with the same ``facts``.

    Sorting is stable: what ties keeps the order given (`order` gives hits by id), and
    the items of a subset keep their order in the whole.
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
    keyed = [(fact[0], title_key(fact[1]), item) for fact, item in known]
    dated = [row for row in keyed if row[0] is not None]
    undated = sorted((row for row in keyed if row[0] is None), key=_second)
    if sort == "oldest":
        dated.sort(key=lambda row: (row[0], row[1]))
    else:  # the newest first, and one instant's titles A-Z (stable sorts)
        dated.sort(key=_second)
        dated.sort(key=lambda row: (row[0],), reverse=True)
    return [row[2] for row in dated] + [row[2] for row in undated]


def _second(row: tuple[Any, str, Any]) -> str:
    return row[1]
