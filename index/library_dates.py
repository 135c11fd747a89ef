"""The date part of `index.library.Library`: what a date filter leaves out, the matches that
have no date (nu42 #5).

A date filter (``--since``, ``--until``, a ``date:`` clause that the query needs) means dated
articles, so an article with no date in its text never passes it; that stays. But it left
them out without a word ("7 articles" with the filter, 8 without, 30% of a folder of saved
pages undated), so the CLI and the reader say how many: the matches of the query with its
date filter taken away, less those of the same query with a filter every dated article
passes. Copies are folded as in every count (`Library.count`).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from index.search.limits import QueryError

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from whoosh.query import Query

    from index.models import SearchResult

Moment = datetime | None
"""A date limit, or none."""

EVERY_DATE = datetime.min
"""A ``since`` every dated article is on or after: its count is of the dated matches."""

_AND_BEFORE = re.compile(r"(?:^|\s)AND\s*$")
_AND_AFTER = re.compile(r"^\s*AND(?:\s|$)")
"""An AND left dangling where a clause was taken out ("dam AND date:2017")."""


class DateMethods:
    """How many undated matches a date filter left out."""

    if TYPE_CHECKING:  # provided by `index.library.Library`
        count: Callable[..., int]
        search: Callable[..., SearchResult]
        one_search: Callable[[], AbstractContextManager[None]]

    def undated_left_out(
        self, text: str, *, source: str | None = None, since: Moment = None, until: Moment = None
    ) -> int:
        """How many matches of ``text`` (in ``source``) a date filter (``since``, ``until``,
        the query's own ``date:`` clauses: `without_dates`) left out for having no date; 0
        with no date filter, or one `without_dates` cannot take away (in an OR).

        Raises:
            QueryError: The query is malformed or took too long.
        """
        free = without_dates(text)
        if free is None:
            if since is None and until is None:
                return 0
            free = text
        with self.one_search():  # two counts, one budget
            every = self.count(free, source=source)
            dated = self.count(free, source=source, since=EVERY_DATE)
        return max(every - dated, 0)

    def date_span(self) -> tuple[datetime, datetime] | None:
        """The first and the last article date of the corpus (None when none is dated):
        two one-hit searches in date order, each a pass over a kept listing."""
        first = self.search("", limit=1, sort="oldest", since=EVERY_DATE, count=False).hits
        last = self.search("", limit=1, sort="newest", since=EVERY_DATE, count=False).hits
        if not first or not last or first[0].date is None or last[0].date is None:
            return None
        return first[0].date, last[0].date

    def date_miss(
        self, text: str, *, since: Moment = None, until: Moment = None, now: Moment = None
    ) -> str | None:
        """What to say when ``text`` found nothing because its date filter lies wholly
        outside the corpus's dated span (`index.search.date_miss.date_miss`), else None."""
        from index.search.date_miss import date_miss

        if without_dates(text) is None and since is None and until is None:
            return None  # no date filter: no search for the span

        def holds(first: datetime, last: datetime) -> bool:
            return self.count("", since=first, until=last) > 0

        span = self.date_span()
        return date_miss(text, span, since=since, until=until, now=now, holds=holds)


def without_dates(text: str) -> str | None:
    """``text`` without its date filter: the ``date:`` clauses that are the query or one of
    its top-level AND terms, taken out with the AND that joined them ("dam AND date:2017"
    -> "dam"); None when it has none, or when taking them out would change anything else
    (a ``date:`` in an OR, negated, or in a phrase: `_date_terms`). The query module (and
    Whoosh with it) is imported here, not at the top: the reader's first frame needs neither."""
    from index.search.query import DATE_CLAUSE, parse_unbound

    try:
        query = parse_unbound(text)
    except QueryError:
        return None
    kept = [part for part in _terms(query) if not _is_date(part)]
    if len(kept) == len(_terms(query)):
        return None
    free = text
    for found in reversed(list(DATE_CLAUSE.finditer(text))):
        before, after = free[: found.start()], free[found.end() :]
        if _AND_BEFORE.search(before):
            before = _AND_BEFORE.sub("", before)
        else:
            after = _AND_AFTER.sub("", after)
        free = f"{before} {after}".strip()
    try:
        same = _terms(parse_unbound(free)) == kept if free else not kept
    except QueryError:
        return None
    return free if same else None


def _terms(query: Query) -> list[Query]:
    """The query's top-level AND terms (itself when it is no AND)."""
    from whoosh.query import And

    return list(query.children()) if type(query) is And else [query]


def _is_date(part: Query) -> bool:
    """Whether a top-level term is a date filter: a date range (with a time: a range and the
    ``timed`` field), never a negation."""
    from whoosh.query import Not

    from index.search.query import walk

    if isinstance(part, Not):
        return False
    fields = {node.field() for node in walk(part) if node.is_leaf()}
    return bool(fields) and fields <= {"date", "timed"} and "date" in fields
