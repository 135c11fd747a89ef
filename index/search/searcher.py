"""Run queries against an open generation: ranked hits within a time budget, filters, counts."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh.collectors import FilterCollector, UnlimitedCollector
from whoosh.query import Or, Query, Term

from index.models import Hit, SearchResult, Sort
from index.search.direct import rank
from index.search.expand import BudgetCollector
from index.search.filters import DocSet, Filters, order
from index.search.limits import SEARCH_BUDGET_SECONDS, Budget, QueryError
from index.search.lost_letters import with_lost_letters
from index.search.prefixes import prefix_stems
from index.search.query import make_parser, parse_query
from index.search.suggest import finding, suggest
from index.search.ties import TiedTopCollector, best_first
from index.search.wildcards import fitted_stems
from index.store.phrase_stops import is_stop
from index.store.reader import DocIds, StoreReader

Limits = tuple[str | None, datetime | None, datetime | None]
"""The outlet and the date bounds a search keeps to."""
FEW_UNDATED = 8
"""Undated articles at most one in this many of the index: each looked up in the query's
matches (`_among`), not every match run through (`undated_matching`)."""


class Searcher:
    """Searches one index through its `StoreReader` (and follows it to newer generations).

    Safe to share between threads: every use of Whoosh holds the reader's lock.
    """

    def __init__(self, reader: StoreReader) -> None:
        self.reader = reader
        self.budget = Budget(SEARCH_BUDGET_SECONDS)
        """The time a search may take before it stops with `QueryTooSlow`."""
        self.now: datetime | None = None
        """The moment relative dates ("last week") count from; None for the current time."""
        self._parser = make_parser(reader.schema, lambda: self.now)
        self._filters: tuple[Path | None, Filters] | None = None
        self._matched: tuple[tuple[Any, ...], set[int]] | None = None
        """The last plain-word query ranked or counted from its postings (its generation,
        query and limits), with every document number it matched: what `matching` asks
        next of the same query (the copies folded out of its total) is then a lookup."""

    @property
    def filters(self) -> Filters:
        """The outlet and date limits of the open generation."""
        reader = self.reader
        with reader.lock:
            if self._filters is None or self._filters[0] != reader.generation:
                # the listing read only if a limit asks for it (hits: `StoreReader.hit`)
                filters = Filters(lambda: reader.listing, reader.ids, reader.searcher.reader())
                self._filters = (reader.generation, filters)
            return self._filters[1]

    def parse(self, text: str) -> Query:
        """Parse a query (the language of the README's Queries section).

        Raises:
            QueryError: The query is malformed or over a limit.
        """
        query = parse_query(text, self._parser, self.reader.lexicon, self.budget)
        with self.reader.lock:  # a word finds its copies that lost a letter to "?" (sx44)
            return with_lost_letters(query, self.reader.searcher.reader())

    def search(
        self,
        text: str,
        *,
        limit: int | None = 50,
        sort: Sort = "relevance",
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        count: bool = True,
    ) -> SearchResult:
        """Search the index; hits come without snippets (see `index.search.snippets`).

        Args:
            text: A query in the language of the README's Queries section ("" lists
                every article).
            limit: Most hits to return (None for all).
            sort: "relevance" (BM25F, title boosted), "newest", "oldest" or "source".
                Unknown dates sort last either way.
            source: Keep only this outlet (its whole name, any case; blank: every one).
            since: Keep only articles dated at or after this instant.
            until: Keep only articles dated at or before this instant (for a whole day,
                pass its last instant: `index.search.query_dates.resolve_date(day).end`).
            count: Count every match for ``total``. Whoosh must then run the query to
                the end, which can double its time; without it, ``total`` is exact only
                when it is cheap, and ``total_exact`` says so (use `count` later).

        Returns:
            The hits, their total, and a suggestion when none matched.

        Raises:
            QueryError: The query is malformed, over a limit, or ran past `budget`.
        """
        if not text.strip():
            page, total = self._listed(sort, limit, (source, since, until))
            return SearchResult(text, tuple(page), total)
        text = unicodedata.normalize("NFC", text)
        query = self.parse(text)
        limits = (source, since, until)
        try:
            hits, total, exact = self._run(query, limits, limit, sort, count)
        except QueryError:
            raise
        except RecursionError:
            raise QueryError("query nested too deeply") from None
        except Exception:
            # a rebuild in another process may have removed the files this generation
            # still needed; move to the live generation and try once more
            if not self.reader.refresh():
                raise
            hits, total, exact = self._run(query, limits, limit, sort, count)
        offered: list[str] = []
        if total == 0:
            with self.reader.lock:
                offered = suggest(text, self.reader.searcher, self.reader.lexicon)
            offered = finding(
                offered, lambda option: self.count(option, source=source, since=since, until=until)
            )
        first = offered[0] if offered else None
        return SearchResult(text, tuple(hits), total, first, exact, tuple(offered))

    def count(
        self,
        text: str,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        """How many articles match a query (run it after a quick `search(count=False)`)."""
        if not text.strip():
            with self.reader.lock:
                return len(self.filters.listed(source, since, until))
        query = self.parse(text)
        with self._searching():
            rest, allowed = self.filters.restrict(query, source, since, until)
            if rest is None:
                return len(allowed) if allowed is not None else len(self.reader.ids)
            matched: set[int] = set()
            direct = rank(self.reader.searcher, rest, 0, allowed, self.budget, matched=matched)
            if direct is not None:  # plain words: their postings joined, none ranked
                self._matched = (self._key(query, (source, since, until)), matched)
                return direct[1]
            found = self.budget.watch(self.reader.searcher.docs_for_query(rest))
            if allowed is None:
                return sum(1 for _ in found)
            return sum(1 for n in found if n in allowed)

    def undated_matching(self, text: str, *, source: str | None = None) -> set[str]:
        """The articles with no date that match ``text`` (of ``source``): the matches
        `count(text)` counts less those `count(text, since=datetime.min)` does, found among
        the undated articles alone (`Filters.undated`, kept for the generation) instead of
        two counts of every match; none, with no question to Whoosh, when every article is
        dated (and so no `QueryError` for a query the search refused already)."""
        with self.reader.lock:
            if not text.strip():
                return set(self.filters.undated_listed(source))
            if not self.filters.undated():
                return set()
        query = self.parse(text)
        with self._searching():
            filters = self.filters
            undated = filters.undated()
            rest, allowed = filters.restrict(query, source, None, None)
            wanted = undated if allowed is None else undated & allowed
            ids, searcher = self.reader.ids, self.reader.searcher
            if rest is None or not wanted:
                return {ids[n] for n in wanted}
            if len(wanted) * FEW_UNDATED < len(ids):  # a skip to each: cheaper than a count
                return {ids[n] for n in self.budget.watch(_among(searcher, rest, sorted(wanted)))}
            matched: set[int] = set()
            if rank(searcher, rest, 0, DocSet(wanted), self.budget, matched=matched) is None:
                found = self.budget.watch(searcher.docs_for_query(rest))
                matched = {n for n in found if n in wanted}
            return {ids[n] for n in matched}

    def matching(
        self,
        text: str,
        article_ids: Collection[str],
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> set[str]:
        """Which of these articles match a query within the limits: their document numbers
        looked for among the matches' (no stored field read; `copies.folded_count`)."""
        if not text.strip():
            with self.reader.lock:
                return set(self.filters.listed(source, since, until)).intersection(article_ids)
        query = self.parse(text)
        with self._searching():
            filters = self.filters
            wanted = filters.docnums(article_ids)
            rest, allowed = filters.restrict(query, source, since, until)
            if allowed is not None:
                wanted = {n: i for n, i in wanted.items() if n in allowed}
            if rest is None or not wanted:
                return set(wanted.values())
            known = self._matched
            if known is not None and known[0] == self._key(query, (source, since, until)):
                return {i for n, i in wanted.items() if n in known[1]}
            found = self.budget.watch(_among(self.reader.searcher, rest, sorted(wanted)))
            return {wanted[n] for n in found}

    def prefix_stems(self, prefix: str) -> frozenset[str]:
        """The stems, not starting with ``prefix``, of the words it begins in the open
        index (`index.search.prefixes.prefix_stems`): what the search of a prefix finds."""
        with self.reader.lock:
            return prefix_stems(self.reader.searcher.reader(), prefix)

    def wildcard_stems(self, pattern: str) -> frozenset[str] | None:
        """The stems of the words ``pattern`` fits in the open index
        (`index.search.wildcards.fitted_stems`): what the search of a wildcard finds."""
        with self.reader.lock:
            return fitted_stems(self.reader.searcher.reader(), pattern)

    def most_similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """Articles most like this one (by its key terms), best first, itself excluded.

        Raises:
            KeyError: No article has this id.
        """
        reader = self.reader
        with reader.lock:
            searcher = reader.searcher
            docnum = searcher.document_number(id=article_id)
            if docnum is None:
                raise KeyError(article_id)
            body = searcher.stored_fields(docnum).get("body", "")
            # `searcher.more_like(docnum, "body", text=body, top=limit, numterms=12)`, with
            # equal scores by article id (`index.search.ties`)
            # (stop words are indexed for phrases since schema 6: they are no key terms)
            if body:
                found = searcher.key_terms_from_text("body", body, numterms=60, normalize=False)
            else:
                found = searcher.key_terms([docnum], "body", numterms=60, normalize=False)
            terms = [(word, weight) for word, weight in found if not is_stop(word)][:12]
            query = Or([Term("body", word, boost=weight) for word, weight in terms])
            collector = FilterCollector(TiedTopCollector(limit), restrict={docnum})
            searcher.search_with_collector(query, collector)
            results = collector.results()
            pairs = [
                (float(results.score(i)), results.docnum(i)) for i in range(results.scored_length())
            ]
            ids = reader.ids
            return [
                reader.hit(ids[n], score, n if reader.stored_for(limit) else None)
                for score, n in best_first(pairs, limit, lambda ns: [ids[n] for n in ns])
                if ids[n] != article_id
            ]

    @contextmanager
    def _searching(self) -> Iterator[None]:
        """Hold the index for one search and count its time budget."""
        with self.reader.lock:
            self.budget.start()
            try:
                yield
            finally:
                self.budget.finish()

    def _run(
        self, query: Query, limits: Limits, limit: int | None, sort: Sort, count: bool
    ) -> tuple[list[Hit], int, bool]:
        with self._searching():
            reader = self.reader
            searcher = reader.searcher
            ids = reader.ids
            rest, allowed = self.filters.restrict(query, *limits)
            if rest is None:
                # only limits: every allowed article matches, and none ranks above another
                chosen = searcher.reader().all_doc_ids() if allowed is None else allowed
                found = [reader.hit(ids[n], 0.0) for n in chosen]
                hits = order(found, "newest" if sort == "relevance" else sort)
                return (hits if limit is None else hits[:limit]), len(found), True
            if sort == "relevance":
                # equal scores by article id (`index.search.ties`): names are looked up
                # for the documents at or above the cut, and kept for the hits
                named: dict[int, str] = {}

                def names(docnums: list[int]) -> list[str]:
                    found = (
                        ids.many(docnums) if isinstance(ids, DocIds) else [ids[n] for n in docnums]
                    )
                    named.update(zip(docnums, found, strict=True))
                    return found

                matched: set[int] = set()
                direct = rank(searcher, rest, limit, allowed, self.budget, names, matched)
                if direct is not None:  # plain words: the postings scored directly
                    self._matched = (self._key(query, limits), matched)
                    ranked, total = direct
                    at = reader.stored_for(len(ranked))  # else the listing's rows
                    hits = [reader.hit(named[n], score, n if at else None) for score, n in ranked]
                    if count or limit is None or total <= limit:
                        return hits, total, True
                    # the total is known, but as Whoosh's top-N search gives it without a
                    # count: a lower bound (the reader counts once the query stays)
                    return hits, len(hits), False
                top = TiedTopCollector(limit) if limit is not None else UnlimitedCollector()
                collector: Any = BudgetCollector(top, self.budget)
                if allowed is not None:
                    collector = FilterCollector(collector, allow=allowed)
                searcher.search_with_collector(rest, collector)
                results = collector.results()
                pairs = [
                    (float(results.score(i)), results.docnum(i))
                    for i in range(results.scored_length())
                ]
                ranked = best_first(pairs, limit, names)
                at = reader.stored_for(len(ranked))
                hits = [reader.hit(named[n], score, n if at else None) for score, n in ranked]
                if count or results.has_exact_length():
                    return hits, len(results), True
                if limit is not None and len(hits) < limit:
                    return hits, len(hits), True  # fewer than asked for: that is all of them
                return hits, len(hits), False
            found = [
                reader.hit(ids[n], 0.0)
                for n in self.budget.watch(searcher.docs_for_query(rest))
                if allowed is None or n in allowed
            ]
            hits = order(found, sort)
            return (hits if limit is None else hits[:limit]), len(found), True

    def _key(self, query: Query, limits: Limits) -> tuple[Any, ...]:
        """What `_matched` is kept under: the generation, the parsed query, the limits."""
        return (self.reader.generation, query, *limits)

    def _listed(self, sort: Sort, limit: int | None, limits: Limits) -> tuple[list[Hit], int]:
        """The listed articles within the limits, in the order asked for: a page, and all."""
        reader = self.reader
        with reader.lock:
            page, total = self.filters.first_listed(
                "newest" if sort == "relevance" else sort, limit, *limits
            )
            return [reader.hit(article_id, 0.0) for article_id in page], total


def _among(searcher: Any, query: Query, docnums: list[int]) -> Iterator[int]:
    """Which of ``docnums`` (ascending) ``query`` matches: its matcher in each segment
    skipped to each number, not run through every match (15,000 for "said")."""
    from whoosh.reading import TermNotFound

    at = 0
    for segment, offset in searcher.subsearchers or [(searcher, 0)]:
        end = offset + segment.doc_count_all()
        try:
            matcher = query.matcher(segment)
        except TermNotFound:
            matcher = None
        while at < len(docnums) and docnums[at] < end:
            local = docnums[at] - offset
            at += 1
            if matcher is None or not matcher.is_active():
                continue
            if matcher.id() < local:
                matcher.skip_to(local)
            if matcher.is_active() and matcher.id() == local:
                yield local + offset
