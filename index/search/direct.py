"""Plain-word queries ranked straight from the postings, with Whoosh's own BM25F floats.

A word typed in the reader parses to an Or of one Term per default field (a few words: an
And or an Or of those). Whoosh ranks it through a tree of matchers that steps document
by document, and at 100,000 articles that tree was about 70% of the stories list's time.
`rank` reads each term's postings a block at a time, scores them with the formula of
Whoosh's `BM25FScorer` over the lengths `HeldLengthsBM25F` holds (the same operations in
the same order, so the same floats), and adds a document's scores in the grouping Whoosh's
matcher tree adds them (its weighted union and intersection trees, or the preloaded
union's left-to-right sum: floating-point addition is commutative but not associative).
The top documents are then the ones `TopCollector` keeps: score descending, document
number ascending on ties (or article id: `index.search.ties`). Deleted documents and
every segment are counted as Whoosh counts them. Any other query, model or codec is left
to Whoosh (`rank` returns None).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate, repeat
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import (
    ArrayUnionMatcher,
    FilterMatcher,
    IntersectionMatcher,
    NullMatcherClass,
    UnionMatcher,
    WrappingMatcher,
)
from whoosh.query import And, Or, Query, Term
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25FScorer
from whoosh.util import make_weighted_tree

from index.search.limits import Budget
from index.search.ties import Names, best_first
from index.store.lengths import HeldLengthsBM25F

Scores = dict[int, float]
"""A segment's matching document numbers and their scores."""
PRELOAD_MAX_DOCS = 5000
"""`whoosh.query.Or` preloads (sums left to right) in segments of at most this many
documents, and builds a weighted tree of unions in larger ones."""


class _Unsupported(Exception):
    """Something `rank` does not reproduce exactly: Whoosh ranks the query instead."""


def supported(query: Query) -> bool:
    """True for the shapes `rank` computes: Terms, under Ors and Ands without extras."""
    kind = type(query)
    if kind is Term:
        return not query.minquality
    if kind is Or:
        if query.boost != 1.0 or query.minmatch or query.scale:
            return False
        if len(query.subqueries) >= Or.TOO_MANY_CLAUSES:
            return False
    elif kind is not And or query.boost != 1.0:
        return False
    return bool(query.subqueries) and all(supported(q) for q in query.subqueries)


def rank(
    searcher: Any,
    query: Query,
    limit: int | None,
    allowed: Any = None,
    budget: Budget | None = None,
    names: Names | None = None,
    matched: set[int] | None = None,
) -> tuple[list[tuple[float, int]], int] | None:
    """The best ``limit`` (score, document number) pairs of ``query``, and how many match.

    Without ``names``, the same pairs, in the same order, as
    ``searcher.search_with_collector(query, TopCollector(limit))`` (`UnlimitedCollector`
    for None) gives, filtered to the document numbers in ``allowed`` when given. With
    ``names`` (the article ids of document numbers), equal scores go by article id, and the
    ones kept at the cut are the smallest ids (`index.search.ties`). None when the query,
    the searcher's model or a segment's format is one this does not reproduce: then ask
    Whoosh. Every document number that matches (within ``allowed``) is added to
    ``matched`` when given (and the answer is not None).
    """
    weighting = searcher.weighting
    if type(weighting) is not HeldLengthsBM25F or weighting.use_final or not supported(query):
        return None
    found: Scores = {}  # every segment's matches, by document number in the index
    try:
        if limit is not None and limit < 1 and _scores_positive(query):
            return [], _count(searcher, weighting, query, allowed, budget, matched)  # unscored
        for subsearcher, reader, offset in _segments(searcher):
            scores = _Segment(subsearcher, weighting, budget).scores(query)
            if reader.has_deletions():
                for docnum in reader.deleted_docs_set & scores.keys():
                    del scores[docnum]
            found.update(((d + offset, s) for d, s in scores.items()) if offset else scores)
    except (_Unsupported, AttributeError, TypeError):
        # AttributeError, TypeError: Whoosh's internals read here are not its public API; a
        # version that moved them gets Whoosh's own search, never a failed search
        return None
    if budget is not None:
        budget.check()
    if allowed is not None:
        found = {docnum: score for docnum, score in found.items() if docnum in allowed}
    total = len(found)
    if matched is not None:
        matched.update(found)
    if limit is not None and limit < 1:
        return [], total  # a count
    if limit is not None and limit < total:
        # the limit-th best score: only documents scoring as much can be among the best
        cut = sorted(found.values(), reverse=True)[limit - 1]
        kept = [(score, docnum) for docnum, score in found.items() if score >= cut]
    else:
        kept = [(score, docnum) for docnum, score in found.items()]
    return best_first(kept, limit, names), total


def _segments(searcher: Any) -> Iterator[tuple[Any, SegmentReader, int]]:
    """Each segment's searcher and reader, and its first document number in the index."""
    for subsearcher, offset in searcher.leaf_searchers():
        reader = subsearcher.reader()
        if type(reader) is not SegmentReader:
            raise _Unsupported(type(reader).__name__)
        yield subsearcher, reader, offset


def _scores_positive(query: Query) -> bool:
    """True when every match scores above 0, so the matches are the documents of the
    postings, joined: a BM25 score is positive (Whoosh's idf is above 0.3, a weight at
    least 1), and so are a sum of them and one times a boost of at least `_LEAST_BOOST`.
    The preloaded union drops documents scoring 0 or less (`ArrayUnionMatcher`)."""
    if type(query) is Term:
        return query.boost >= _LEAST_BOOST
    return all(_scores_positive(q) for q in query.subqueries)


_LEAST_BOOST = 1e-12


def _count(
    searcher: Any,
    weighting: HeldLengthsBM25F,
    query: Query,
    allowed: Any,
    budget: Budget | None,
    matched: set[int] | None = None,
) -> int:
    """How many live documents (in ``allowed``) match, from the postings, none scored (and
    which: added to ``matched`` when given)."""
    total = 0
    found: set[int] = set()
    for subsearcher, reader, offset in _segments(searcher):
        docs = _Segment(subsearcher, weighting, budget).docs(query)
        if reader.has_deletions():
            docs -= reader.deleted_docs_set
        if matched is None and allowed is None:
            total += len(docs)
            continue
        if offset:
            docs = {docnum + offset for docnum in docs}
        if allowed is not None:
            docs = {docnum for docnum in docs if docnum in allowed}
        total += len(docs)
        found |= docs
    if matched is not None:
        matched |= found
    return total


def _node(kind: type, scores: Scores) -> Any:
    """A stand-in for the matcher of class ``kind`` that Whoosh would build, holding its
    scores. `whoosh.util.make_weighted_tree` sorts (weight, matcher) pairs, and two
    matchers of equal weight compare by their classes (`Matcher.__lt__`; a
    `WrappingMatcher` comes before a `FilterMatcher`, its subclass): a stand-in of the
    same class orders as Whoosh's own matcher does, so the tree groups the same sums."""
    node: Any = object.__new__(kind)
    node.scores = scores
    return node


class _Segment:
    """The scores of one segment's documents for a query tree."""

    def __init__(self, subsearcher: Any, weighting: HeldLengthsBM25F, budget: Budget | None):
        self.searcher = subsearcher
        self.reader = subsearcher.reader()
        self.weighting = weighting
        self.budget = budget
        self.filtered = bool(self.reader.deleted_docs_set)  # Whoosh wraps leaves in filters

    def scores(self, query: Query) -> Scores:
        scores: Scores = self.node(query).scores
        return scores

    def docs(self, query: Query) -> set[int]:
        """The documents ``query`` matches (deleted ones included), none scored: for a
        query whose every match scores above 0 (`_scores_positive`)."""
        if type(query) is Term:
            found = self._find(query)
            if found is None:
                return set()
            field, text = found
            return set(_postings(self.reader, query.fieldname, text, field.format)[0])
        sets = [self.docs(q) for q in query.subqueries]
        self._check()
        if type(query) is And:
            return set.intersection(*sets)
        return set().union(*sets)

    def _check(self) -> None:
        if self.budget is not None:
            self.budget.check()

    def _find(self, query: Term) -> tuple[Any, bytes] | None:
        """The term's field and bytes, if the segment holds the term."""
        self._check()
        fieldname = query.fieldname
        schema = self.searcher.schema
        if fieldname not in schema:
            return None
        field = schema[fieldname]
        try:
            text = field.to_bytes(query.text)
        except ValueError:
            return None
        if (fieldname, text) not in self.reader:
            return None
        return field, text

    def node(self, query: Query) -> Any:
        """The stand-in of the matcher Whoosh builds for ``query`` in this segment."""
        kind = type(query)
        if kind is Term:
            return self._term(query)
        subs = query.subqueries
        if len(subs) == 1:  # `CompoundQuery.matcher`: the one subquery's matcher
            return self.node(subs[0])
        if kind is And:  # a weighted tree of intersections, smallest first
            weights = [0 - q.estimate_size(self.reader) for q in subs]
            return self._tree(subs, weights, IntersectionMatcher, _both)
        if self._union_tree(query):
            weights = [q.estimate_size(self.reader) for q in subs]
            return self._tree(subs, weights, UnionMatcher, _either)
        # `PreloadedOr`: each document's scores added in the subqueries' order, from 0.0
        total: Scores = {}
        for q in subs:
            _add_into(total, self.node(q).scores)
            self._check()
        return _node(ArrayUnionMatcher, {d: score for d, score in total.items() if score > 0})

    def _union_tree(self, query: Or) -> bool:
        """True where `Or._matcher` builds a tree of unions, False where it preloads."""
        kind = query.matcher_type
        if kind == Or.AUTO_MATCHER:  # needs_current is False: Whoosh's TopCollector's context
            return len(query.subqueries) == 2 or self.reader.doc_count_all() > PRELOAD_MAX_DOCS
        if kind in (Or.DEFAULT_MATCHER, Or.ARRAY_MATCHER):
            return kind == Or.DEFAULT_MATCHER
        raise _Unsupported(kind)  # SPLIT_MATCHER

    def _tree(self, subs: list[Query], weights: list[int], kind: type, join: Any) -> Any:
        """`CompoundQuery._tree_matcher`: Whoosh's own weighted tree over the stand-ins."""
        nodes = [self.node(q) for q in subs]
        pairs = list(zip(weights, nodes, strict=True))

        def joined(a: Any, b: Any) -> Any:
            self._check()
            return _node(kind, join(a.scores, b.scores))

        return make_weighted_tree(joined, pairs)

    def _term(self, query: Term) -> Any:
        found = self._find(query)
        if found is None:
            return _node(NullMatcherClass, {})
        field, text = found
        reader, fieldname = self.reader, query.fieldname
        scorer = self.weighting.scorer(self.searcher, fieldname, text)
        lengths = self.weighting.lengths(reader, fieldname)
        if type(scorer) is not BM25FScorer or lengths is None:
            raise _Unsupported(fieldname)
        docnums, weights = _postings(reader, fieldname, text, field.format)
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        # `whoosh.scoring.bm25`, operation for operation
        k1_plus_1, one_minus_b = k1 + 1, 1 - b
        scores = [
            idf * ((tf * k1_plus_1) / (tf + k1 * (one_minus_b + b * lengths[d] / avgfl)))
            for d, tf in zip(docnums, weights, strict=True)
        ]
        kind = FilterMatcher if self.filtered else W3LeafMatcher
        boost = query.boost
        if boost != 1.0:  # `WrappingMatcher.score`
            scores = [score * boost for score in scores]
            kind = WrappingMatcher
        return _node(kind, dict(zip(docnums, scores, strict=True)))


def _postings(reader: Any, fieldname: str, text: bytes, format_: Any) -> tuple[list[int], list]:
    """A term's document numbers and weights in one segment, deleted documents included,
    decoded a block at a time as `W3LeafMatcher` decodes them."""
    matcher = reader._terms.matcher(fieldname, text, format_, scorer=None)
    if type(matcher) is not W3LeafMatcher or matcher._byteids:
        raise _Unsupported(fieldname)
    docnums: list[int] = []
    weights: list[Any] = []
    while matcher.is_active():
        matcher._read_data()
        data = matcher._data
        count = matcher._blocklength
        docnums.extend(accumulate(data[0]))
        block = data[1]
        if block is None:
            weights.extend(repeat(1.0, count))
        elif isinstance(block, float):
            weights.extend(repeat(_as_float32(block), count))
        else:
            weights.extend(block)
        matcher._next_block()
    return docnums, weights


def _as_float32(value: float) -> float:
    """A weight as Whoosh's ``array("f")`` of a block's one weight holds it."""
    from array import array

    return array("f", [value])[0]


def _either(a: Scores, b: Scores) -> Scores:
    """`UnionMatcher`: a document of both adds the two scores."""
    joined = dict(b)
    joined.update(a)
    for docnum in a.keys() & b.keys():
        joined[docnum] = a[docnum] + b[docnum]
    return joined


def _both(a: Scores, b: Scores) -> Scores:
    """`IntersectionMatcher`: documents of both, the two scores added."""
    return {docnum: a[docnum] + b[docnum] for docnum in a.keys() & b.keys()}


def _add_into(total: Scores, scores: Scores) -> None:
    """`ArrayUnionMatcher`: ``a[i] += score * 1.0``, from 0.0."""
    for docnum, score in scores.items():
        total[docnum] = total.get(docnum, 0.0) + score
