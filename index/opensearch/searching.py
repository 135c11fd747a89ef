"""Searching a corpus's index on OpenSearch: a query in broadsheet's language translated, its
hits ranked and paged within the search budget (the search half of `engine.OpenSearchIndex`)."""

from __future__ import annotations

import math
from contextlib import AbstractContextManager
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from whoosh.query import Query
from whoosh.util.times import datetime_to_long

from index.models import Hit, Sort
from index.opensearch import writer
from index.opensearch.client import EngineMissing
from index.opensearch.lost import held_terms, worth_asking
from index.opensearch.prefixes import begun_stems, other_stems, starred_stems, words_stems
from index.opensearch.ranking import Ranking, hit_from, total_of
from index.opensearch.translate import Dsl, UnsupportedQuery, lost_asked, translate
from index.search.limits import Budget, QueryError, QueryTooSlow
from index.search.query import parse_unbound
from index.store.schema import source_key

WINDOW = 10_000
"""The most hits one OpenSearch request returns (``index.max_result_window``)."""
PAGE = 5_000
"""Hits per request when more than a window is asked for."""
_ORDERS: dict[str, list[Dsl]] = {
    # as broadsheet orders hits: unknown dates last, then title A-Z, then (here) the id
    "newest": [
        {"date": {"order": "desc", "missing": "_last"}},
        {"title_sort": {"order": "asc"}},
        {"id": {"order": "asc"}},
    ],
    "oldest": [
        {"date": {"order": "asc", "missing": "_last"}},
        {"title_sort": {"order": "asc"}},
        {"id": {"order": "asc"}},
    ],
    "source": [
        {"source_sort": {"order": "asc", "missing": "_last"}},
        {"date": {"order": "desc", "missing": "_last"}},
        {"id": {"order": "asc"}},
    ],
    "relevance": [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}],
}


def parse(text: str) -> Query:
    """Parse broadsheet's query language into the tree the Whoosh engine runs.

    The shared parser (`index.search.query.parse_unbound`): the same checks, dates and
    stop words; its fuzzy and prefix terms are left for OpenSearch to expand.

    Raises:
        QueryError: The query is malformed.
    """
    return parse_unbound(text)


class SearchMethods:
    """`OpenSearchIndex`'s searches, its base: `engine.OpenSearchIndex` names
    the index, connects the client, keeps the budget and turns the client's errors into ours."""

    name: str
    url: str
    budget: Budget

    if TYPE_CHECKING:

        @property
        def client(self) -> Any: ...

        def errors(self) -> AbstractContextManager[None]: ...

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
    ) -> Ranking:
        """Search the index with a query in broadsheet's language.

        Args:
            text: The query ("" lists every article, newest first).
            limit: Most hits to return (None for all).
            sort: "relevance" (BM25, title boosted), "newest", "oldest" or "source".
            source: Keep only this outlet (case- and space-insensitive).
            since: Keep only articles dated on or after this.
            until: Keep only articles dated on or before this.
            count: Count every match for ``total`` (else exact only up to 10,000).

        Raises:
            QueryError: The query is malformed, or has a form OpenSearch cannot match the
                same way.
        """
        dsl = self.query(text, source=source, since=since, until=until)
        if not text.strip() and sort == "relevance":
            sort = "newest"
        with self.errors():
            return self.ranked(dsl, sort, limit, count)

    def count(
        self,
        text: str,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        """How many articles match a query (and the limits)."""
        dsl = self.query(text, source=source, since=since, until=until)
        with self.errors():
            return int(self.client.count(index=self.name, body={"query": dsl})["count"])

    def query(
        self,
        text: str,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Dsl:
        """The OpenSearch query for a query string and the outlet and date limits."""
        try:
            # a prefix asked of two fields, or in a phrase too: one aggregation
            asked = cache(self.words_stems)
            tree = parse(text) if text.strip() else None
            held = self.held_terms(lost_asked(tree)) if tree is not None else frozenset()
            dsl = (
                translate(
                    tree,
                    lambda prefix: other_stems(asked(prefix), prefix),
                    lambda prefix: starred_stems(asked(prefix), prefix),
                    lambda pattern: begun_stems(asked(pattern, pattern=True)),
                    lambda field, term: (field, term) in held,
                )
                if tree is not None
                else {"match_all": {}}
            )
        except UnsupportedQuery as error:
            raise QueryError(str(error)) from None
        filters: list[Dsl] = []
        if source and source.strip():
            filters.append({"term": {"source_key": source_key(source)}})
        if since is not None or until is not None:
            bounds: Dsl = {}
            if since is not None:
                bounds["gte"] = datetime_to_long(since)
            if until is not None:
                bounds["lte"] = datetime_to_long(until)
            filters.append({"range": {"date": bounds}})
        return {"bool": {"must": [dsl], "filter": filters}} if filters else dsl

    def prefix_stems(self, prefix: str) -> frozenset[str]:
        """The stems, not starting with ``prefix``, of the words it begins in the index's
        articles (`index.opensearch.prefixes.other_stems`), as the Whoosh engine reads them."""
        return other_stems(self.words_stems(prefix), prefix)

    def wildcard_stems(self, pattern: str) -> frozenset[str] | None:
        """The stems of the words a wildcard fits in the index's articles, as the Whoosh
        engine reads them (`index.search.wildcards`); None past `MAX_WORDS` words."""
        return begun_stems(self.words_stems(pattern, pattern=True))

    def words_stems(self, prefix: str, *, pattern: bool = False) -> tuple[frozenset[str], bool]:
        """The stems of the words ``prefix`` begins (or fits, a ``pattern``) in the index's
        articles, and whether they are all (`index.opensearch.prefixes.words_stems`)."""
        with self.errors():
            found = words_stems(self.client, self.name, prefix, self._left(), pattern=pattern)
        if found is None:  # the shards stopped: the words would be partial
            raise self._too_slow()
        return found

    def held_terms(self, asked: list[tuple[str, str]]) -> frozenset[tuple[str, str]]:
        """Which of these (field, term) pairs (`index.opensearch.lost`) the index holds."""
        if not asked:  # nothing to ask: no client is imported (test_lazy_import)
            return frozenset()
        with self.errors():
            asked = worth_asking(self.client, self.url, self.name, asked)  # (sx47)
            if not asked:
                return frozenset()
            held = held_terms(self.client, self.name, asked, self._left())
        if held is None:  # the shards stopped: the terms would be partial
            raise self._too_slow()
        return held

    def _left(self) -> str | None:
        """What is left of `budget` as a request's timeout ("250ms"; None: no limit)."""
        seconds = self.budget.ends() - self.budget.clock()
        if seconds <= 0:
            raise self._too_slow()
        return None if seconds == math.inf else f"{max(1, int(seconds * 1000))}ms"

    def ranked(self, dsl: Dsl, sort: Sort, limit: int | None, count: bool) -> Ranking:
        """The hits of ``dsl`` in ``sort`` order, within `budget` (`QueryTooSlow` past it)."""
        body: Dsl = {
            "query": dsl,
            "_source": {"includes": ["id", "card"]},
            "track_total_hits": True if count else WINDOW,
        }
        # a deadline of this search's own (several threads may search through this
        # object), or of the one search this is a step of (`Budget.shared`)
        return self._ranked(body, sort, limit, self.budget.ends())

    def _timed(self, index: str, body: Dsl, deadline: float) -> dict[str, Any]:
        """One search request within what is left of the budget (`QueryTooSlow` past it)."""
        left = deadline - self.budget.clock()
        if left != math.inf:
            if left <= 0:
                raise self._too_slow()
            body["timeout"] = f"{max(1, int(left * 1000))}ms"
        answer: dict[str, Any] = self.client.search(index=index, body=body)
        if answer.get("timed_out"):  # the shards stopped: the hits would be partial
            raise self._too_slow()
        return answer

    def _too_slow(self) -> QueryTooSlow:
        return QueryTooSlow(f"query stopped after {self.budget.seconds:g} s; make it narrower")

    def _ranked(self, body: Dsl, sort: Sort, limit: int | None, deadline: float) -> Ranking:
        scored = sort == "relevance"
        if limit is not None and limit <= WINDOW:
            body["size"] = limit
            if not scored:
                body["sort"] = _ORDERS[sort]
            answer = self._timed(self.name, body, deadline)
            hits = tuple(hit_from(raw, scored) for raw in answer["hits"]["hits"])
            total, exact = total_of(answer)
            if not exact and len(hits) < limit:
                total, exact = len(hits), True
            return Ranking(hits, total, exact)
        # beyond one window: pages of one concrete index (not the alias, which a rebuild
        # may move meanwhile), each after the last hit of the one before
        serving, _ = writer.concrete_indices(self.client, self.name)
        if not serving:
            raise EngineMissing(self.name)
        body.update(size=PAGE, sort=_ORDERS[sort])
        found: list[Hit] = []
        total, exact = 0, True
        while True:
            answer = self._timed(serving[0], body, deadline)
            page = answer["hits"]["hits"]
            if "search_after" not in body:
                total, exact = total_of(answer)
            found.extend(hit_from(raw, scored) for raw in page)
            if len(page) < PAGE or (limit is not None and len(found) >= limit):
                break
            body["search_after"] = page[-1]["sort"]
            body["track_total_hits"] = False
        if limit is None or len(found) < limit:
            return Ranking(tuple(found), len(found), True)  # every match is here
        return Ranking(tuple(found[:limit]), total, exact)
