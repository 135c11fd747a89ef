"""Highlighting: which words of a text a query matched (by stem), and snippets around them."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein
from whoosh.query import AndNot, FuzzyTerm, Not, Phrase, Prefix, Query, Term, Wildcard

from index.models import Span
from index.schema import TEXT_ANALYZER, TEXT_FIELDS

SNIPPET_CHARS = 160
_HIGHLIGHT_FIELDS = frozenset(TEXT_FIELDS)
"""Fields whose terms are stems of the text a reader sees lit (names fields are matched whole)."""


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


def highlighter_for_query(query: Query) -> Highlighter:
    """A highlighter for a parsed query: its positive terms in the stemmed fields."""
    stems: set[str] = set()
    patterns: list[str] = []
    fuzzy: list[tuple[str, int, int]] = []
    for leaf in positive_leaves(query):
        if leaf.field() not in _HIGHLIGHT_FIELDS:
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
