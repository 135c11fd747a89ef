"""Open an index and search it: ranked hits within a time budget, filters, articles, export."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh.collectors import FilterCollector, TopCollector, UnlimitedCollector
from whoosh.index import open_dir
from whoosh.query import Query

from index.expand import BudgetCollector
from index.filters import SORTS, Filters, Sort, order
from index.highlight import (
    SNIPPET_CHARS,
    Highlighter,
    highlighter_for_query,
    highlighter_for_terms,
    snippet,
)
from index.limits import SEARCH_BUDGET_SECONDS, Budget, QueryError, QueryTooSlow
from index.models import Article, Hit, SearchResult, StyleSpan
from index.query import check_syntax, make_parser, parse_query
from index.schema import make_schema
from index.store import (
    LISTING,
    IndexDamaged,
    IndexMissing,
    StoreError,
    check_safe,
    current_generation,
    load_manifest,
    read_json,
    tidy,
    verify,
)
from index.suggest import suggest

__all__ = [
    "SNIPPET_CHARS",
    "SORTS",
    "CorpusIndex",
    "Highlighter",
    "QueryError",
    "QueryTooSlow",
    "Sort",
    "check_syntax",
    "highlighter_for_terms",
    "open_index",
    "snippet",
]


class CorpusIndex:
    """An open index: search it, fetch articles, list them. Safe to share between threads.

    Open one with `open_index`. The index is a snapshot of one generation; `refresh`
    moves to a newer one when a rebuild or update (in any process) has published it.
    """

    def __init__(self, index_dir: Path, *, check: bool = True) -> None:
        self.index_dir = Path(index_dir)
        self._check = check
        self._lock = threading.RLock()
        self._searcher: Any = None
        self._ix: Any = None
        self.generation: Path | None = None
        self.manifest: dict[str, Any] = {}
        self._listing: dict[str, list[Any]] = {}
        self._ids: list[str] = []
        self._lexicons: dict[str, list[str]] = {}
        self._filters: Filters | None = None
        # our own copy: Whoosh's `ix.schema` re-reads the folder, which a rebuild elsewhere
        # may just have removed
        self._schema = make_schema()
        self.budget = Budget(SEARCH_BUDGET_SECONDS)
        """The time a search may take before it stops with `QueryTooSlow`."""
        self.now: datetime | None = None
        """The moment relative dates ("last week") count from; None for the current time."""
        self._parser = make_parser(self._schema, lambda: self.now)
        self._open()

    # -- life cycle ---------------------------------------------------------------------

    def _open(self) -> None:
        check_safe(self.index_dir)
        tidy(self.index_dir)
        for _ in range(5):
            generation = current_generation(self.index_dir)
            try:
                self._open_generation(generation)
                return
            except (IndexDamaged, FileNotFoundError):
                # other processes may publish twice and prune the one we were about to
                # open; if the pointer moved, open the newer one instead
                if current_generation(self.index_dir) == generation:
                    raise
        self._open_generation(current_generation(self.index_dir))

    def _open_generation(self, generation: Path | None) -> None:
        if generation is None:
            raise IndexMissing(f"no index in {self.index_dir}; run `broadsheet index rebuild`")
        check_safe(generation)
        manifest = load_manifest(generation)
        if self._check:
            verify(generation, manifest)
        listing = read_json(generation / LISTING)
        try:
            ix = open_dir(str(generation), schema=self._schema)
            searcher = ix.searcher()
            ids = list(searcher.reader().column_reader("id"))
        except StoreError:
            raise
        except Exception as error:  # Whoosh raises many kinds on a damaged folder
            raise IndexDamaged("index damaged, run `broadsheet index rebuild`") from error
        old = self._searcher, self._ix
        self._searcher, self._ix = searcher, ix
        self.generation, self.manifest, self._listing, self._ids = (
            generation,
            manifest,
            listing,
            ids,
        )
        self._lexicons = {}
        self._filters = Filters(listing, ids, searcher.reader())
        for thing in old:
            if thing is not None:
                thing.close()

    def refresh(self) -> bool:
        """Switch to the newest published generation; True if it changed."""
        with self._lock:
            if current_generation(self.index_dir) == self.generation:
                return False
            self._open()
            return True

    def is_current(self) -> bool:
        """True when no newer generation has been published since this one was opened."""
        try:
            return current_generation(self.index_dir) == self.generation
        except StoreError:
            return False

    def close(self) -> None:
        """Release the index files."""
        with self._lock:
            for thing in (self._searcher, self._ix):
                if thing is not None:
                    thing.close()
            self._searcher = self._ix = None

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- facts --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._listing)

    @property
    def built_at(self) -> str | None:
        """When this generation was built (ISO 8601, UTC)."""
        return self.manifest.get("built_at")

    def sources(self) -> list[tuple[str, int]]:
        """The outlets in the index with their article counts, most articles first."""
        counts: dict[str, int] = {}
        for row in self._listing.values():
            if row[2]:
                counts[row[2]] = counts.get(row[2], 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))

    # -- reading ------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """Fetch a whole article by id.

        Raises:
            KeyError: No article has this id.
        """
        try:
            with self._lock:
                fields = self._searcher.document(id=article_id)
        except Exception:
            if not self.refresh():
                raise
            with self._lock:
                fields = self._searcher.document(id=article_id)
        if fields is None:
            raise KeyError(article_id)
        return _article_from(fields)

    def articles(self) -> Iterator[Article]:
        """Every article of this generation as it is indexed, in order of id.

        The cleaned corpus, for export and as the input of an independent oracle.
        """
        with self._lock:
            searcher = self._searcher
            reader = searcher.reader()
            live = sorted(
                (article_id, docnum)
                for docnum, article_id in enumerate(self._ids)
                if not reader.is_deleted(docnum)
            )
        for _, docnum in live:
            with self._lock:
                fields = searcher.stored_fields(docnum)
            yield _article_from(fields)

    def _hit(self, article_id: str, score: float) -> Hit:
        title, derived, source, date, file_rel = self._listing[article_id]
        return Hit(
            id=article_id,
            title=title,
            title_derived=derived,
            source=source,
            byline=None,
            dateline=None,
            date=datetime.fromisoformat(date) if date else None,
            score=score,
            path=file_rel,
        )

    # -- searching ----------------------------------------------------------------------

    def parse(self, text: str) -> Query:
        """Parse a query (the language of the README's Queries section).

        Raises:
            QueryError: The query is malformed or over a limit.
        """
        return parse_query(text, self._parser, self._lexicon_of, self.budget)

    def _lexicon_of(self, field: str) -> list[str]:
        """Every term indexed in ``field`` (cached per generation)."""
        with self._lock:
            lexicon = self._lexicons.get(field)
            if lexicon is None:
                lexicon = [
                    term.decode("utf-8") if isinstance(term, bytes) else str(term)
                    for term in self._searcher.reader().lexicon(field)
                ]
                self._lexicons[field] = lexicon
            return lexicon

    def highlighter(self, text: str) -> Highlighter:
        """A highlighter for a query string ("" gives one that lights nothing)."""
        if not text.strip():
            return Highlighter()
        return highlighter_for_query(self.parse(text))

    def search(
        self,
        text: str,
        *,
        limit: int | None = 50,
        sort: Sort = "relevance",
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        snippets: bool = True,
        count: bool = True,
    ) -> SearchResult:
        """Search the index.

        Args:
            text: A query in the language of the README's Queries section ("" lists
                every article).
            limit: Most hits to return (None for all).
            sort: "relevance" (BM25F, title boosted), "newest", "oldest" or "source".
                Unknown dates sort last either way.
            source: Keep only this outlet (its whole name, any case; blank: every one).
            since: Keep only articles dated at or after this instant.
            until: Keep only articles dated at or before this instant (for a whole day,
                pass its last instant: `index.query_dates.resolve_date(day).end`).
            snippets: Fill each hit's snippet and its spans (costs one body read a hit).
            count: Count every match for ``total``. Whoosh must then run the query to
                the end, which can double its time; without it, ``total`` is exact only
                when it is cheap, and ``total_exact`` says so (use `count` later).

        Returns:
            The hits, their total, the query's terms, and a suggestion when none matched.

        Raises:
            QueryError: The query is malformed, over a limit, or ran past `budget`.
        """
        if not text.strip():
            hits = self._filtered_listing(source, since, until)
            ordered = order(hits, "newest" if sort == "relevance" else sort)
            total = len(ordered)
            page = ordered if limit is None else ordered[:limit]
            if snippets:
                page = [self.with_snippet(hit, Highlighter()) for hit in page]
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
            if not self.refresh():
                raise
            hits, total, exact = self._run(query, limits, limit, sort, count)
        highlighter = highlighter_for_query(query)
        suggestion = None
        if total == 0:
            with self._lock:
                suggestion = suggest(text, self._searcher, self._lexicon_of)
        if snippets:
            hits = [self.with_snippet(hit, highlighter) for hit in hits]
        terms = tuple(sorted(highlighter.stems))
        return SearchResult(text, tuple(hits), total, suggestion, terms, exact)

    def most_similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """Articles most like this one (by its key terms), best first, itself excluded.

        Raises:
            KeyError: No article has this id.
        """
        with self._lock:
            searcher = self._searcher
            docnum = searcher.document_number(id=article_id)
            if docnum is None:
                raise KeyError(article_id)
            body = searcher.stored_fields(docnum).get("body", "")
            results = searcher.more_like(docnum, "body", text=body, top=limit, numterms=12)
            ids = self._ids
            return [
                self._hit(ids[results.docnum(i)], float(results.score(i)))
                for i in range(results.scored_length())
                if ids[results.docnum(i)] != article_id
            ]

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
            return len(self._filtered_listing(source, since, until))
        query = self.parse(text)
        with self._searching():
            rest, allowed = self.filters.restrict(query, source, since, until)
            if rest is None:
                return len(allowed) if allowed is not None else len(self._ids)
            found = self.budget.watch(self._searcher.docs_for_query(rest))
            if allowed is None:
                return sum(1 for _ in found)
            return sum(1 for n in found if n in allowed)

    @contextmanager
    def _searching(self) -> Iterator[None]:
        """Hold the index for one search and count its time budget."""
        with self._lock:
            self.budget.start()
            try:
                yield
            finally:
                self.budget.finish()

    def _run(
        self,
        query: Query,
        limits: tuple[str | None, datetime | None, datetime | None],
        limit: int | None,
        sort: Sort,
        count: bool,
    ) -> tuple[list[Hit], int, bool]:
        with self._searching():
            searcher = self._searcher
            ids = self._ids
            rest, allowed = self.filters.restrict(query, *limits)
            if rest is None:
                # only limits: every allowed article matches, and none ranks above another
                chosen = searcher.reader().all_doc_ids() if allowed is None else allowed
                found = [self._hit(ids[n], 0.0) for n in chosen]
                hits = order(found, "newest" if sort == "relevance" else sort)
                return (hits if limit is None else hits[:limit]), len(found), True
            if sort == "relevance":
                top = TopCollector(limit) if limit is not None else UnlimitedCollector()
                collector: Any = BudgetCollector(top, self.budget)
                if allowed is not None:
                    collector = FilterCollector(collector, allow=allowed)
                searcher.search_with_collector(rest, collector)
                results = collector.results()
                hits = [
                    self._hit(ids[results.docnum(i)], float(results.score(i)))
                    for i in range(results.scored_length())
                ]
                if count or results.has_exact_length():
                    return hits, len(results), True
                if limit is not None and len(hits) < limit:
                    return hits, len(hits), True  # fewer than asked for: that is all of them
                return hits, len(hits), False
            found = [
                self._hit(ids[n], 0.0)
                for n in self.budget.watch(searcher.docs_for_query(rest))
                if allowed is None or n in allowed
            ]
            hits = order(found, sort)
            return (hits if limit is None else hits[:limit]), len(found), True

    def with_snippet(self, hit: Hit, highlighter: Highlighter) -> Hit:
        """The hit with its snippet and snippet spans filled in."""
        try:
            body = self.article(hit.id).body
        except KeyError:
            return hit
        text, spans = snippet(body, highlighter.spans(body))
        return replace(hit, snippet=text, snippet_spans=spans)

    def _filtered_listing(
        self, source: str | None, since: datetime | None, until: datetime | None
    ) -> list[Hit]:
        return [
            self._hit(article_id, 0.0) for article_id in self.filters.listed(source, since, until)
        ]

    @property
    def filters(self) -> Filters:
        """The outlet and date limits of the open generation."""
        assert self._filters is not None, "the index is not open"
        return self._filters


def _article_from(fields: dict[str, Any]) -> Article:
    """An `Article` from a document's stored fields."""
    return Article(
        id=fields["id"],
        path=fields.get("path", ""),
        title=fields.get("title", ""),
        title_derived=bool(fields.get("title_derived")),
        source=fields.get("source"),
        byline=fields.get("byline"),
        dateline=fields.get("dateline"),
        date=fields.get("date"),
        body=fields.get("body", ""),
        removed=tuple(fields.get("removed") or ()),
        url=fields.get("url"),
        extra=dict(fields.get("extra") or {}),
        provenance=dict(fields.get("provenance") or {}),
        styles=tuple(StyleSpan(*span) for span in fields.get("styles") or ()),
    )


def open_index(index_dir: Path, *, check: bool = True) -> CorpusIndex:
    """Open the live generation of an index for searching.

    Args:
        index_dir: The index folder.
        check: Verify the files' checksums first (detects damage and bit flips).

    Raises:
        IndexMissing: No index was built here.
        IndexOutdated: The index has another schema version.
        IndexDamaged: The files are damaged.
        IndexUnsafe: Other users can write the folder.
    """
    return CorpusIndex(index_dir, check=check)
