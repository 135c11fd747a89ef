"""Open an index and search it: ranked hits, stem-aware highlight spans, snippets, suggestions."""

from __future__ import annotations

import bisect
import fnmatch
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein
from whoosh.index import open_dir
from whoosh.matching import NullMatcher
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser
from whoosh.query import And, FuzzyTerm, Not, NumericRange, Or, Phrase, Query, Term
from whoosh.util.times import datetime_to_long

from index.models import Article, Hit, SearchResult, Span, StyleSpan
from index.schema import FIELD_BOOSTS, SEARCH_FIELDS, TEXT_ANALYZER, make_schema, source_key
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

Sort = Literal["relevance", "newest", "oldest", "source"]
SORTS: tuple[Sort, ...] = ("relevance", "newest", "oldest", "source")
"""The orders a result list can take, in the order the reader cycles through them."""

SNIPPET_CHARS = 160
_HIGHLIGHT_FIELDS = frozenset(SEARCH_FIELDS)
_FIELD_NAMES = ("title", "body", "source", "byline", "dateline", "date", "id")
_FIELD_REF = re.compile(r"(?<![\w\"'])([A-Za-z_][\w]*):(?!//)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


class QueryError(ValueError):
    """A query that cannot be parsed; ``str(error)`` says what and where (1-based column)."""

    def __init__(self, message: str, column: int | None = None) -> None:
        where = f" at column {column}" if column is not None else ""
        super().__init__(f"{message}{where}")
        self.column = column


@dataclass(frozen=True, slots=True)
class Highlighter:
    """Finds the words of a text that a query matched, by stem.

    Tokens are analysed exactly as the index analyses them, then compared the way Whoosh
    compares index terms, so no lexicon expansion is needed and an article that is not
    (yet) indexed lights up the same.

    Attributes:
        stems: Index terms (stems) matched exactly, from plain terms and phrases.
        patterns: Wildcard patterns (``peace*``, ``te?t``) matched against stems.
        fuzzy: ``(text, maxdist, prefixlength)`` of fuzzy terms (``zelensky~``).
    """

    stems: frozenset[str] = frozenset()
    patterns: tuple[str, ...] = ()
    fuzzy: tuple[tuple[str, int, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.stems or self.patterns or self.fuzzy)

    def matches(self, stem: str) -> bool:
        """True if an index term (a stem) is one the query matched."""
        if stem in self.stems:
            return True
        for pattern in self.patterns:
            if fnmatch.fnmatchcase(stem, pattern):
                return True
        for text, maxdist, prefix in self.fuzzy:
            if (
                stem[:prefix] == text[:prefix]
                and abs(len(stem) - len(text)) <= maxdist
                and DamerauLevenshtein.distance(stem, text, score_cutoff=maxdist) <= maxdist
            ):
                return True
        return False

    def spans(self, text: str) -> tuple[Span, ...]:
        """Return the spans of ``text`` whose stem the query matches, in order."""
        if not self:
            return ()
        found: list[Span] = []
        stems = self.stems
        slow = bool(self.patterns or self.fuzzy)
        seen: dict[str, bool] = {}
        for token in TEXT_ANALYZER(text, chars=True, mode="index"):
            stem = token.text
            if stem in stems:
                found.append(Span(token.startchar, token.endchar, stem))
            elif slow:
                hit = seen.get(stem)
                if hit is None:
                    hit = seen[stem] = self.matches(stem)
                if hit:
                    found.append(Span(token.startchar, token.endchar, stem))
        return tuple(found)


def highlighter_for_terms(words: Iterable[str]) -> Highlighter:
    """A highlighter for plain words (watch words): each lights up all its stem's forms."""
    stems: set[str] = set()
    for word in words:
        stems.update(token.text for token in TEXT_ANALYZER(word))
    return Highlighter(frozenset(stems))


def snippet(
    text: str, spans: tuple[Span, ...], width: int = SNIPPET_CHARS
) -> tuple[str, tuple[Span, ...]]:
    """Cut the passage of ``text`` around its densest cluster of spans.

    Returns:
        The snippet (one line, "…" where cut) and the spans moved into it.
    """
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        best, best_count = 0, 0
        j = 0
        for i, span in enumerate(spans):
            while spans[j].start < span.start - width // 2:
                j += 1
            if i - j + 1 > best_count:
                best, best_count = j, i - j + 1
        first = spans[best].start
        start = max(0, first - width // 4)
        end = min(len(text), start + width)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", start + width // 2, end)
        end = space if space != -1 else end
    piece = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    flat = " ".join(piece.split())
    # map spans through whitespace collapsing: walk both strings together
    moved: list[Span] = []
    if spans:
        offsets = _collapse_map(piece)
        shift = len(prefix)
        for span in spans:
            if span.start >= start and span.end <= end:
                a = offsets[span.start - start]
                b = offsets[span.end - start - 1] + 1
                moved.append(Span(a + shift, b + shift, span.term))
    return f"{prefix}{flat}{suffix}", tuple(moved)


def _collapse_map(piece: str) -> list[int]:
    """For each char of ``piece``, its index in ``" ".join(piece.split())``."""
    out: list[int] = []
    pos = -1
    in_space = True
    for char in piece:
        if char.isspace():
            if not in_space:
                pos += 1
                in_space = True
            out.append(max(pos, 0))
        else:
            pos += 1
            in_space = False
            out.append(pos)
    return out


def check_syntax(text: str) -> None:
    """Catch what Whoosh would silently reinterpret: unclosed quotes, brackets, unknown fields.

    Raises:
        QueryError: With the column where the query broke.
    """
    depth: list[tuple[str, int]] = []
    quote: int | None = None
    for i, char in enumerate(text):
        if quote is not None:
            if char == '"':
                quote = None
            continue
        if char == '"':
            quote = i
        elif char in "([{":
            depth.append((char, i))
        elif char in ")]}":
            opener = {")": "(", "]": "[", "}": "{"}[char]
            if not depth or depth[-1][0] != opener:
                raise QueryError(f"unmatched '{char}'", i + 1)
            depth.pop()
    if quote is not None:
        raise QueryError("unclosed quote", quote + 1)
    if depth:
        char, i = depth[-1]
        raise QueryError(f"unclosed '{char}'", i + 1)
    outside = re.sub(r'"[^"]*"', lambda m: " " * len(m.group()), text)
    for match in _FIELD_REF.finditer(outside):
        if match.group(1) not in _FIELD_NAMES:
            raise QueryError(
                f"unknown field '{match.group(1)}' (fields: {', '.join(_FIELD_NAMES)})",
                match.start() + 1,
            )
    words = outside.split()
    if words and words[-1] in _OPERATORS - {"NOT"}:
        raise QueryError(f"'{words[-1]}' needs something after it", len(text.rstrip()))


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
        self._dates: tuple[list[int], list[int]] | None = None
        self._by_source: dict[str, set[int]] = {}
        # our own copy: Whoosh's `ix.schema` re-reads the folder, which a rebuild elsewhere
        # may just have removed
        self._schema = make_schema()
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
        self._dates = None
        self._by_source = {}
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
        """Parse a query in Whoosh's language over title and body.

        Raises:
            QueryError: The query is malformed.
        """
        text = unicodedata.normalize("NFC", text)
        check_syntax(text)
        parser = MultifieldParser(list(SEARCH_FIELDS), self._schema, fieldboosts=FIELD_BOOSTS)
        parser.add_plugin(FuzzyTermPlugin())
        parser.add_plugin(GtLtPlugin())
        query = parser.parse(text)
        for node in _walk(query):
            error = getattr(node, "error", None)
            if error:
                raise QueryError(f"cannot read {str(error)[:80]}")
            if type(node) is FuzzyTerm:
                node.__class__ = _LexiconFuzzyTerm
                node.lexicon_of = self._lexicon_of
        return query

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
        return self._highlighter(self.parse(text))

    @staticmethod
    def _highlighter(query: Query) -> Highlighter:
        stems: set[str] = set()
        patterns: list[str] = []
        fuzzy: list[tuple[str, int, int]] = []
        for leaf in _positive_leaves(query):
            if leaf.field() not in _HIGHLIGHT_FIELDS:
                continue
            kind = type(leaf).__name__
            text = getattr(leaf, "text", None)
            if isinstance(leaf, FuzzyTerm) and isinstance(text, str):
                fuzzy.append((text, int(leaf.maxdist), int(leaf.prefixlength)))
            elif kind == "Prefix" and isinstance(text, str):
                patterns.append(text + "*")
            elif kind == "Wildcard" and isinstance(text, str):
                patterns.append(text)
            elif isinstance(leaf, Term | Phrase):
                stems.update(str(word) for _, word in leaf.terms(phrases=True))
        return Highlighter(frozenset(stems), tuple(dict.fromkeys(patterns)), tuple(set(fuzzy)))

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
            text: A query in Whoosh's language ("" lists every article).
            limit: Most hits to return (None for all).
            sort: "relevance" (BM25F, title boosted), "newest", "oldest" or "source".
                Unknown dates sort last either way.
            source: Keep only this outlet (case-insensitive).
            since: Keep only articles dated on or after this.
            until: Keep only articles dated on or before this.
            snippets: Fill each hit's snippet and its spans (costs one body read a hit).
            count: Count every match for ``total``. Whoosh must then run the query to
                the end, which can double its time; without it, ``total`` is exact only
                when it is cheap, and ``total_exact`` says so (use `count` later).

        Returns:
            The hits, their total, the query's terms, and a suggestion when none matched.

        Raises:
            QueryError: The query is malformed.
        """
        if not text.strip():
            hits = self._filtered_listing(source, since, until)
            ordered = self._order(hits, "newest" if sort == "relevance" else sort)
            total = len(ordered)
            page = ordered if limit is None else ordered[:limit]
            if snippets:
                page = [self.with_snippet(hit, Highlighter()) for hit in page]
            return SearchResult(text, tuple(page), total)
        text = unicodedata.normalize("NFC", text)
        query = self.parse(text)
        try:
            hits, total, exact = self._run(query, (source, since, until), limit, sort, count)
        except Exception:
            # a rebuild in another process may have removed the files this generation
            # still needed; move to the live generation and try once more
            if not self.refresh():
                raise
            hits, total, exact = self._run(query, (source, since, until), limit, sort, count)
        highlighter = self._highlighter(query)
        suggestion = self._suggest(text) if total == 0 else None
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
        query = self.parse(unicodedata.normalize("NFC", text))
        with self._lock:
            rest, allowed = self._restrict(query, source, since, until)
            if rest is None:
                return len(allowed) if allowed is not None else len(self._ids)
            found = self._searcher.docs_for_query(rest)
            if allowed is None:
                return sum(1 for _ in found)
            return sum(1 for n in found if n in allowed)

    def _restrict(
        self, query: Query, source: str | None, since: datetime | None, until: datetime | None
    ) -> tuple[Query | None, set[int] | None]:
        """Split off what can run as a set of document numbers: outlet and date limits.

        Whoosh runs a date range as a union over many trie terms, which took a second on
        100k articles for a month's range; the dates of every document are in memory,
        so the range is two bisections instead. Date ranges that are the whole query or
        one of its top-level AND terms are handled so; others are left to Whoosh.

        Returns:
            The rest of the query (None if nothing is left) and the allowed document
            numbers (None if all are allowed).
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
        allowed: set[int] | None = None
        for low, high in ranges:
            docs = self._dated_between(low, high)
            allowed = docs if allowed is None else allowed & docs
        if source:
            docs = self._from_source(source)
            allowed = docs if allowed is None else allowed & docs
        if not kept:
            return None, allowed
        rest = kept[0] if len(kept) == 1 else And(kept, boost=query.boost)
        return rest, allowed

    def _from_source(self, source: str) -> set[int]:
        """Live document numbers of one outlet (by `source_key`), from the listing."""
        key = source_key(source)
        found = self._by_source.get(key)
        if found is None:
            reader = self._searcher.reader()
            deletions = reader.has_deletions()
            listing = self._listing
            found = set()
            for docnum, article_id in enumerate(self._ids):
                row = listing.get(article_id)
                if row is None or source_key(row[2]) != key:
                    continue
                if not (deletions and reader.is_deleted(docnum)):
                    found.add(docnum)
            self._by_source[key] = found
        return found

    def _dated_between(self, low: int | None, high: int | None) -> set[int]:
        """Document numbers dated within [low, high] (Whoosh's microsecond longs)."""
        if self._dates is None:
            pairs: list[tuple[int, int]] = []
            listing = self._listing
            reader = self._searcher.reader()
            deletions = reader.has_deletions()
            for docnum, article_id in enumerate(self._ids):
                row = listing.get(article_id)
                if row is not None and row[3] and not (deletions and reader.is_deleted(docnum)):
                    pairs.append((datetime_to_long(datetime.fromisoformat(row[3])), docnum))
            pairs.sort()
            self._dates = ([p[0] for p in pairs], [p[1] for p in pairs])
        longs, docnums = self._dates
        start = 0 if low is None else bisect.bisect_left(longs, low)
        end = len(longs) if high is None else bisect.bisect_right(longs, high)
        return set(docnums[start:end])

    def _run(
        self,
        query: Query,
        limits: tuple[str | None, datetime | None, datetime | None],
        limit: int | None,
        sort: Sort,
        count: bool,
    ) -> tuple[list[Hit], int, bool]:
        with self._lock:
            searcher = self._searcher
            ids = self._ids
            rest, allowed = self._restrict(query, *limits)
            if rest is None:
                # only limits: every allowed article matches, and none ranks above another
                chosen = searcher.reader().all_doc_ids() if allowed is None else allowed
                found = [self._hit(ids[n], 0.0) for n in chosen]
                hits = self._order(found, "newest" if sort == "relevance" else sort)
                return (hits if limit is None else hits[:limit]), len(found), True
            if sort == "relevance":
                results = searcher.search(rest, limit=limit, filter=allowed)
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
                for n in searcher.docs_for_query(rest)
                if allowed is None or n in allowed
            ]
            hits = self._order(found, sort)
            return (hits if limit is None else hits[:limit]), len(found), True

    def with_snippet(self, hit: Hit, highlighter: Highlighter) -> Hit:
        """The hit with its snippet and snippet spans filled in."""
        try:
            body = self.article(hit.id).body
        except KeyError:
            return hit
        text, spans = snippet(body, highlighter.spans(body))
        return _replace(hit, snippet=text, snippet_spans=spans)

    def _filtered_listing(
        self, source: str | None, since: datetime | None, until: datetime | None
    ) -> list[Hit]:
        key = source_key(source) if source else None
        low = since.isoformat() if since else None
        high = until.isoformat() if until else None
        hits = []
        for article_id, row in self._listing.items():
            if key is not None and source_key(row[2]) != key:
                continue
            if low is not None and (row[3] is None or row[3] < low):
                continue
            if high is not None and (row[3] is None or row[3] > high):
                continue
            hits.append(self._hit(article_id, 0.0))
        return hits

    @staticmethod
    def _order(hits: list[Hit], sort: Sort) -> list[Hit]:
        dated = [h for h in hits if h.date is not None]
        undated = [h for h in hits if h.date is None]
        if sort == "oldest":
            dated.sort(key=lambda h: (h.date, h.title))
            return dated + undated
        if sort == "source":
            return sorted(
                hits,
                key=lambda h: (
                    h.source is None,
                    (h.source or "").lower(),
                    -(h.date.timestamp() if h.date else float("-inf")),
                ),
            )
        if sort == "relevance":
            return hits
        dated.sort(key=lambda h: (h.date, h.title), reverse=True)
        return dated + undated

    def _suggest(self, text: str) -> str | None:
        """A corrected query: each word the index lacks replaced by its nearest indexed word."""
        with self._lock:
            return self._suggest_locked(text)

    def _suggest_locked(self, text: str) -> str | None:
        reader = self._searcher.reader()
        changed = False
        out: list[str] = []
        last = 0
        outside = re.sub(r'"[^"]*"|\w+:\S+', lambda m: " " * len(m.group()), text)
        for match in _WORD.finditer(outside):
            word = match.group()
            if word in _OPERATORS:
                continue
            stems = [t.text for t in TEXT_ANALYZER(word)]
            if not stems or any(reader.doc_frequency(f, s) for f in SEARCH_FIELDS for s in stems):
                continue
            option = self._nearest_term(stems[0], word.lower())
            if option is None:
                continue
            surface = self._surface_form(option) or option
            out.append(text[last : match.start()])
            out.append(surface)
            last = match.end()
            changed = True
        if not changed:
            return None
        out.append(text[last:])
        return "".join(out)

    def _nearest_term(self, stem: str, word: str) -> str | None:
        """The indexed body term nearest to ``stem`` or ``word`` (2 edits at most).

        Ties go to a term with the same first letter, then to the commonest.
        """
        lexicon = self._lexicon_of("body")
        reader = self._searcher.reader()
        options: dict[str, int] = {}
        for probe in dict.fromkeys((word, stem)):
            for term, distance, _ in process.extract(
                probe, lexicon, scorer=Levenshtein.distance, score_cutoff=2, limit=20
            ):
                options[term] = min(distance, options.get(term, distance))
        if not options:
            return None
        best = min(
            options,
            key=lambda t: (options[t], t[:1] != word[:1], -reader.doc_frequency("body", t), t),
        )
        return best

    def _surface_form(self, stem: str) -> str | None:
        """A real word of the corpus whose stem is ``stem`` (stems read badly as suggestions)."""
        docnums = self._searcher.docs_for_query(Term("body", stem))
        for docnum in docnums:
            body = self._searcher.stored_fields(docnum).get("body", "")
            for token in TEXT_ANALYZER(body, chars=True):
                if token.text == stem:
                    return str(body[token.startchar : token.endchar]).lower()
            break
        return None


class _LexiconFuzzyTerm(FuzzyTerm):
    """Whoosh's fuzzy term, with its candidate words found by rapidfuzz.

    Whoosh walks its term index with a Levenshtein automaton in pure Python: 400 ms for
    ``petrolium~2`` on 100k articles. The same words (same distance, same shared prefix)
    come from rapidfuzz over the cached vocabulary in a few milliseconds.

    Each word's term carries the query's boost. Whoosh boosts the union of the words
    but drops the boost when a segment holds only one of them, so a fuzzy match in a
    title counted double or single depending on how the index happened to be split.
    """

    lexicon_of: Callable[[str], list[str]]

    def _btexts(self, ixreader: Any) -> list[str]:
        prefix = self.text[: self.prefixlength]
        found = process.extract(
            self.text,
            self.lexicon_of(self.fieldname),
            scorer=Levenshtein.distance,
            score_cutoff=self.maxdist,
            limit=None,
        )
        return sorted(word for word, _, _ in found if word.startswith(prefix))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        words = self._btexts(searcher.reader())
        if not words:
            return NullMatcher()
        terms = [Term(self.fieldname, word, boost=self.boost) for word in words]
        return (terms[0] if len(terms) == 1 else Or(terms)).matcher(searcher, context)


def _replace(hit: Hit, **changes: Any) -> Hit:
    from dataclasses import replace

    return replace(hit, **changes)


def _walk(query: Query) -> Iterator[Query]:
    yield query
    for child in query.children():
        yield from _walk(child)


def _positive_leaves(query: Query) -> Iterator[Query]:
    """Leaves of a query tree outside any NOT: what a hit actually contains."""
    if isinstance(query, Not):
        return
    if query.is_leaf():
        yield query
        return
    children = list(query.children())
    # AndNot(a, b) keeps a and excludes b
    if type(query).__name__ == "AndNot":
        children = children[:1]
    for child in children:
        yield from _positive_leaves(child)


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
