"""The date part of `index.library.Library`: what a date filter leaves out, the matches that
have no date (nu42 #5).

A date filter (``--since``, ``--until``, a ``date:`` clause that the query needs) means dated
articles, so an article with no date in its text never passes it; that stays. But it left
them out without a word ("7 articles" with the filter, 8 without, 30% of a folder of saved
pages undated), so the CLI and the reader say how many: the undated matches of the query
with its date filter taken away whose text the filtered list does not show (fx140), an
article and its exact copies counted once, as the list folds them (`copies.fold_hits`).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from index.search.limits import QueryError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from contextlib import AbstractContextManager

    from whoosh.query import Query

    from index.engine import Engine

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
        engine: Engine
        count: Callable[..., int]
        copies: Callable[[], Mapping[str, str]]
        one_search: Callable[[], AbstractContextManager[None]]

        @property
        def generation(self) -> str | None: ...

    _span: tuple[str, tuple[datetime, datetime] | None] | None = None
    """The dated span of a generation (`date_span`), kept: a generation never changes."""

    def undated_left_out(
        self, text: str, *, source: str | None = None, since: Moment = None, until: Moment = None
    ) -> int:
        """How many matches of ``text`` (in ``source``) a date filter (``since``, ``until``,
        the query's own ``date:`` clauses: `without_dates`) left out for having no date; 0
        with no date filter, or one `without_dates` cannot take away (in an OR).

        They are the undated articles that match the query without its filter and whose
        text the filtered list does not show: neither a hit nor a copy folded into one, and
        no exact copy of theirs (`copies`: same outlet, title and body) a hit either; an
        article and its copies count once, as the list folds them. (Before fx140 it was every
        match less the dated, never below 0: an undated original with two dated copies, each
        its own hit with the filter, beside an unrelated undated match the list left out,
        said 0, where 1 was left out.)

        Found among the undated articles alone (`undated_matching`: the reader asks it
        after every search, and the two counts of every match cost 1 to 3 times the search
        itself, sx40), then the filtered query asked of those articles' copies and
        originals only; an engine without it (OpenSearch) counts the undated matches as
        every match less the dated (two counts) and lists the undated among the copies and
        originals alone (`Engine.matching`).

        Raises:
            QueryError: The query is malformed or took too long.
        """
        free = without_dates(text)
        if free is None:
            if since is None and until is None:
                return 0
            free = text
        undated = getattr(self.engine, "undated_matching", None)
        limits = {"source": source, "since": since, "until": until}
        with self.one_search():  # every count below, one budget (fx101)
            if undated is not None:
                found: set[str] = undated(free, source=source)
                return self._texts_left(text, limits, found, self.copies()) if found else 0
            # an engine without it: the undated matches counted, those among copies listed
            engine = self.engine  # the dated first: Whoosh keeps the last count's matches
            lone = -engine.count(free, source=source, since=EVERY_DATE)
            lone += engine.count(free, source=source)  # for `matching` to read
            same = self.copies()
            if lone <= 0 or not same:
                return max(lone, 0)
            grouped = engine.matching(free, set(same).union(same.values()), source=source)
            # which are dated asks no query (Reuters, `said`: 20 ms, the query's 140 ms)
            grouped -= engine.matching("", grouped, since=EVERY_DATE)
            return lone - len(grouped) + self._texts_left(text, limits, grouped, same)

    def _texts_left(
        self, text: str, limits: dict[str, Any], found: set[str], same: Mapping[str, str]
    ) -> int:
        """How many texts of the undated matches ``found`` the filtered query (``text`` in
        ``limits``) shows no article of: an article and its exact copies (``same``: each
        copy's original) are one text. Only the other articles of the texts that have
        copies are asked (`Engine.matching`): an undated article never passes the filter."""
        if not found or not same:
            return len(found)
        texts = {same.get(article_id, article_id) for article_id in found}
        others = {copy for copy, original in same.items() if original in texts}
        others = (others | texts) - found
        if not others:
            return len(texts)
        shown = self.engine.matching(text, others, **limits)
        return len(texts - {same.get(article_id, article_id) for article_id in shown})

    def date_span(self) -> tuple[datetime, datetime] | None:
        """The first and the last article date of the corpus (None when none is dated):
        two one-hit searches in date order, each a pass over a kept listing, once for each
        generation (a search of a date outside the corpus asks it every time: `date_miss`).

        Every dated article counts, an exact copy too (fx107): a copy folds into its
        original only where both match (`copies.fold_hits`), so a ``date:`` search of the
        copy's own date lists it; the span is the dates a search can find. (Folded, a copy
        dated a month after its original made "no article is dated in April (this corpus
        runs 02-12 to 02-13)" while ``date:2021-03`` found it.)"""
        generation = self.generation
        if generation is not None and self._span is not None and self._span[0] == generation:
            return self._span[1]
        with self.one_search():  # the engine's, unfolded: a copy's date is its own
            first, last = (
                self.engine.search("", limit=1, sort=order, since=EVERY_DATE, count=False).hits
                for order in ("oldest", "newest")
            )
        span = None
        if first and last and first[0].date is not None and last[0].date is not None:
            span = first[0].date, last[0].date
        if generation is not None:
            self._span = (generation, span)
        return span

    @staticmethod
    def phrase_marks(text: str) -> str | None:
        """The other reason a query found nothing said beside `date_miss`: a phrase's "?"
        ending a word read as a question mark (`index.search.phrase_marks`), or None."""
        from index.search.phrase_marks import question_marks

        return question_marks(text)

    @staticmethod
    def lone_minus(text: str) -> str | None:
        """What to say of a minus standing alone, ``dam - frost``: read as nothing, as plain
        Whoosh reads it, and how to write NOT (`index.search.lone_minus`); else None."""
        from index.search.lone_minus import lone_minus

        return lone_minus(text)

    def date_miss(
        self, text: str, *, since: Moment = None, until: Moment = None, now: Moment = None
    ) -> str | None:
        """What to say when ``text`` found nothing because its date filter lies wholly
        outside the corpus's dated span (`index.search.date_miss.date_miss`), else None."""
        from index.search.date_miss import date_miss, day_alone

        if without_dates(text) is None and since is None and until is None:
            return None  # no date filter: no search for the span

        def holds(first: datetime, last: datetime) -> bool:
            return self.count("", since=first, until=last) > 0

        span = self.date_span()
        said = date_miss(text, span, since=since, until=until, now=now, holds=holds)
        return said or day_alone(
            text, lambda widened: self.count(widened, since=since, until=until), now
        )


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
    ``timed`` field; a clause naming a time within one day flattens into the query's AND as
    its range and a ``timed`` term, which no user can type: sx51), never a negation."""
    from whoosh.query import Not

    from index.search.query import walk

    if isinstance(part, Not):
        return False
    fields = {node.field() for node in walk(part) if node.is_leaf()}
    return bool(fields) and fields <= {"date", "timed"}
