"""Highlighting: which words of a text a query matched, by stem (the spans the reader lights).

`Highlighter` is imported before the reader's first frame (`index.library` re-exports
it), so this module imports Whoosh (the analyzer, the query classes), the query parser
and rapidfuzz only when a highlighter is made or used, not when it is imported.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.models import Span

if TYPE_CHECKING:
    from whoosh.query import Query


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
        if not self.fuzzy:
            return False
        from rapidfuzz.distance import DamerauLevenshtein  # once a call, not once a term

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
        from index.store.schema import TEXT_ANALYZER

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
    from index.store.schema import TEXT_ANALYZER

    stems: set[str] = set()
    for word in words:
        stems.update(token.text for token in TEXT_ANALYZER(word))
    return Highlighter(frozenset(stems))


def highlighter_for_text(text: str) -> Highlighter:
    """A highlighter for a query string ("" gives one that lights nothing).

    Raises:
        QueryError: The query is malformed or over a limit.
    """
    if not text.strip():
        return Highlighter()
    from index.search.query import parse_unbound

    return highlighter_for_query(parse_unbound(text))


def highlighter_for_query(query: Query) -> Highlighter:
    """A highlighter for a parsed query: its positive terms in the stemmed fields."""
    from whoosh.query import FuzzyTerm, Phrase, Prefix, Term, Wildcard

    from index.store.schema import TEXT_FIELDS

    stems: set[str] = set()
    patterns: list[str] = []
    fuzzy: list[tuple[str, int, int]] = []
    for leaf in positive_leaves(query):
        if leaf.field() not in TEXT_FIELDS:  # names fields are matched whole, not lit
            continue
        # by isinstance: the parser swaps in subclasses (budgeted, rapidfuzz-backed)
        text = getattr(leaf, "text", None)
        if isinstance(leaf, FuzzyTerm) and isinstance(text, str):
            fuzzy.append((text, int(leaf.maxdist), int(leaf.prefixlength)))
        elif isinstance(leaf, Prefix) and isinstance(text, str):
            patterns.append(text + "*")
        elif isinstance(leaf, Wildcard) and isinstance(text, str):
            patterns.append(text)
        elif isinstance(leaf, Term | Phrase):
            stems.update(str(word) for _, word in leaf.terms(phrases=True))
    return Highlighter(frozenset(stems), tuple(dict.fromkeys(patterns)), tuple(set(fuzzy)))


def positive_leaves(query: Query) -> Iterator[Query]:
    """Leaves of a query tree outside any NOT: what a hit actually contains."""
    from whoosh.query import AndNot, Not

    if isinstance(query, Not):
        return
    if query.is_leaf():
        yield query
        return
    children = list(query.children())
    # AndNot(a, b) keeps a and excludes b
    if isinstance(query, AndNot):
        children = children[:1]
    for child in children:
        yield from positive_leaves(child)
