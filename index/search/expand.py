"""Work that grows with the index (words a term expands to, matches), within a time budget."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from whoosh.collectors import WrappingCollector
from whoosh.matching import ConstantScoreWrapperMatcher, NullMatcher, WrappingMatcher
from whoosh.query import FuzzyTerm, Or, Prefix, Query, Term, TermRange, Wildcard
from whoosh.searching import SearchContext

from index.search.limits import UNLIMITED, Budget
from index.search.prefixes import prefix_stems
from index.search.wildcards import fitted_stems
from index.store.schema import TEXT_FIELDS

CHUNK = 1024
"""Words of one expansion joined in one union; between two, the budget is looked at.

Whoosh itself preloads the postings of 1,024 words or more into one array, which for a
pattern like ``*a*`` is seconds of work that nothing can stop.
"""


class _CheckedOr(Or):
    """An Or that looks at the budget before it builds its matcher."""

    budget: Budget = UNLIMITED

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        self.budget.check()
        return super().matcher(searcher, context)


def union_matcher(
    terms: list[Term],
    searcher: Any,
    context: Any,
    budget: Budget,
    *,
    boost: float = 1.0,
    constantscore: bool = False,
) -> Any:
    """The matcher of the union of ``terms``, in chunks, scored alike in every segment.

    Same documents as Whoosh's `MultiTerm` (the union of the chunks is the union of the
    words); the budget is checked before each chunk's postings are read. Scores differ
    where Whoosh's depend on how the index happens to be split: Whoosh scores a segment
    holding one of the words by that word alone, without the boost, one holding two by
    BM25 with the boost, and one holding more as a constant 1.0, so ``pea*`` ranked the
    same articles differently in two builds of one corpus. Here a constant-score
    expansion (Whoosh's default for ``a*``, ``te?t`` and ranges, as in Lucene) scores
    every match exactly ``boost``; a scored one sums its words' scores times ``boost``.
    """
    if not terms:
        return NullMatcher()
    if constantscore:
        context = context.set(weighting=None) if context else SearchContext(weighting=None)
    if len(terms) == 1:
        matcher = terms[0].matcher(searcher, context)
    elif len(terms) <= CHUNK:
        matcher = Or(terms).matcher(searcher, context)
    else:
        chunks: list[Query] = []
        for i in range(0, len(terms), CHUNK):
            chunk = _CheckedOr(terms[i : i + CHUNK])
            chunk.budget = budget
            chunks.append(chunk)
        matcher = Or(chunks).matcher(searcher, context)
    if constantscore:
        return ConstantScoreWrapperMatcher(matcher, score=boost)
    if boost != 1.0:
        return WrappingMatcher(matcher, boost=boost)
    return matcher


class _BudgetedTerms:
    """Mixin for Whoosh's expanding terms: the words are listed and joined within the budget."""

    budget: Budget = UNLIMITED
    fieldname: str
    boost: float
    constantscore: bool

    def _btexts(self, ixreader: Any) -> Iterator[Any]:
        return self.budget.watch(super()._btexts(ixreader))  # type: ignore[misc]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        self.budget.check()
        words = self._btexts(searcher.reader())
        terms = [Term(self.fieldname, word) for word in words if word]
        return union_matcher(
            terms,
            searcher,
            context,
            self.budget,
            boost=self.boost,
            constantscore=self.constantscore,
        )


class BudgetedPrefix(_BudgetedTerms, Prefix):
    """Whoosh's `Prefix` (``peace*``) within the budget; in a text field, with the stems of
    the words it begins that the index has (`index.search.prefixes`: ``investigat*`` is
    "investig" too, the stem of "investigated")."""

    whole: Any = None
    """The reader of the whole index searched (set by `matcher`): the words a prefix
    begins are the index's, their stems looked for in each segment."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        self.whole = searcher.get_parent().reader()
        return super().matcher(searcher, context)

    def _btexts(self, ixreader: Any) -> Iterator[Any]:
        found = super()._btexts(ixreader)
        if self.fieldname not in TEXT_FIELDS:
            return found
        field = ixreader.schema[self.fieldname]
        stems = prefix_stems(self.whole or ixreader, self.text)
        more = [word for word in map(field.to_bytes, stems) if (self.fieldname, word) in ixreader]
        return iter(sorted({*found, *more}))


class BudgetedWildcard(_BudgetedTerms, Wildcard):
    """Whoosh's `Wildcard` (``te?t``, ``*a*``) within the budget; in a text field, the
    stems of the words it fits that the index lists (`index.search.wildcards`: ``r?tes``
    is "rate", the stem of "rates"), as exact terms."""

    whole: Any = None
    """The reader of the whole index searched (set by `matcher`), as `BudgetedPrefix`'s."""
    stemmed: str | None = None
    """The pattern as the field's analyzer stems it (the parser's, `index.search.query`):
    what an index whose segments do not list their words matches against its stems."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        self.whole = searcher.get_parent().reader()
        return super().matcher(searcher, context)

    def _btexts(self, ixreader: Any) -> Iterator[Any]:
        if self.fieldname not in TEXT_FIELDS:
            return super()._btexts(ixreader)
        stems = fitted_stems(self.whole or ixreader, self.text, self.budget)
        if stems is None:  # no lists (before px34): Whoosh's reading, the stemmed pattern
            stemmed = Wildcard(self.fieldname, self.stemmed or self.text)
            return self.budget.watch(stemmed._btexts(ixreader))
        field = ixreader.schema[self.fieldname]
        found = (word for word in map(field.to_bytes, stems) if (self.fieldname, word) in ixreader)
        return iter(sorted(found))


class BudgetedTermRange(_BudgetedTerms, TermRange):
    """Whoosh's `TermRange` (``title:[a to c]``) within the budget."""


class LexiconFuzzyTerm(FuzzyTerm):
    """Whoosh's fuzzy term, with its candidate words found by rapidfuzz.

    Whoosh walks its term index with a Levenshtein automaton in pure Python: 400 ms for
    ``petrolium~2`` on 100k articles. The same words (same distance, same shared prefix)
    come from rapidfuzz over the cached vocabulary in a few milliseconds.

    Each word's term carries the query's boost. Whoosh boosts the union of the words
    but drops the boost when a segment holds only one of them, so a fuzzy match in a
    title counted double or single depending on how the index happened to be split.
    """

    lexicon_of: Callable[[str], list[str]]
    budget: Budget = UNLIMITED

    def _btexts(self, ixreader: Any) -> list[str]:
        # imported here: a search without a fuzzy term never needs rapidfuzz (~5 ms)
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

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
        self.budget.check()
        words = self._btexts(searcher.reader())
        terms = [Term(self.fieldname, word, boost=self.boost) for word in words]
        return union_matcher(terms, searcher, context, self.budget)


_BUDGETED: dict[type, type] = {
    Prefix: BudgetedPrefix,
    Wildcard: BudgetedWildcard,
    TermRange: BudgetedTermRange,
    FuzzyTerm: LexiconFuzzyTerm,
}


def budget_terms(
    nodes: Iterable[Query], budget: Budget, lexicon_of: Callable[[str], list[str]]
) -> None:
    """Turn each expanding term among ``nodes`` into its budgeted kind, in place."""
    for node in nodes:
        kind = _BUDGETED.get(type(node))
        if kind is None:
            continue
        node.__class__ = kind
        node.budget = budget
        if kind is LexiconFuzzyTerm:
            node.lexicon_of = lexicon_of


class BudgetCollector(WrappingCollector):
    """Stops the collection of matches when the search's time is up."""

    def __init__(self, child: Any, budget: Budget) -> None:
        super().__init__(child)
        self.budget = budget

    def matches(self) -> Iterator[int]:
        yield from self.budget.watch(self.child.matches())

    def computes_count(self) -> bool:
        return bool(self.child.computes_count())

    def all_ids(self) -> Iterator[int]:
        # a top-N collector that skipped blocks runs the query again to count
        return self.budget.watch(self.child.all_ids())

    def count(self) -> int:
        if self.computes_count():
            return int(self.child.count())
        return sum(1 for _ in self.all_ids())
