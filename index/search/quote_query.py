"""A query read against quotations, as `broadsheet search` reads it against articles (fx129).

`quotes QUERY`, `speakers QUERY` and the reader's quotes panel kept the quotes, of the
articles the query matched, in which any one of its words lit up: ``oil AND prices`` kept a
quote with "oil" alone (nu53 #1). Here each quotation, as one article carries it, is a
document of its own, read with the search's parser (`parse_unbound`): words are ANDed
unless OR is typed, NOT and ``-word`` exclude, phrases, prefixes, wildcards and fuzzy words
mean what they mean there. Each leaf of the parsed tree is tried on the document's field as
Whoosh would match it: in the stemmed fields by the reader's highlighter (the spans a leaf
lights, so a quote matches where the panel lights it), in the names fields by their
analyzer's words, ``date:`` by the date; the tree's AND, OR and NOT then combine them.
The tests hold it to Whoosh itself, over an index of the same documents.

The document of a quotation in an article (an `Occurrence`) holds:

- ``body``: the quotation's words as that article has them (`Occurrence.text`: a clipped
  copy holds only the words it kept);
- ``title``: the name of who said it, as that article gives it, so that a plain word may be
  the speaker's (``yeutter japan``: Yeutter's quotes about Japan), as a plain word of
  `search` may be an article's title (the group's name, `QuoteGroup.speaker`, is the one
  most of its occurrences give);
- ``source``, ``date``, ``id``: the outlet, date and id of the article carrying it, so that
  ``source:reuters``, ``date:1987-03`` and ``id:`` keep the quotes that article ran.

A group matches when one of its occurrences does. Every field of the document is then in
the article carrying it (its body's slice, the name it gives, its outlet and date), so a
query without NOT matches a quote only in an article the search matches: the library
looks at those articles' quotes alone (`QuoteQuery.monotone`). ``title:``, ``byline:`` and
``dateline:`` name nothing a quotation has: a query using them is refused with one line.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import Levenshtein
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    DisjunctionMax,
    Every,
    FuzzyTerm,
    Not,
    NullQuery,
    NumericRange,
    Or,
    Phrase,
    Prefix,
    Query,
    Require,
    Term,
    Wildcard,
)
from whoosh.util.times import datetime_to_long

from index.search.limits import QueryError

if TYPE_CHECKING:
    from index.analysis.quote_groups import Occurrence, QuoteGroup

QUOTE_FIELDS = ("body", "source", "date", "id")
"""The fields a quotes query may name."""
_NOT_QUOTES = ("title", "byline", "dateline")
_FIELD_REF = re.compile(r"(?<![\w\"'])([A-Za-z_]\w*):(?!//)")


def check_quote_fields(text: str) -> None:
    """Refuse a field a quotation does not have (``title:``), with the column; and a field
    no query has (``speaker:``) with a quote's fields, not the search's (rv58: the search's
    "unknown field 'speaker' (fields: title, body, byline, ...)" offered ``title:``, which
    quotes then refused).

    Raises:
        QueryError: One of `_NOT_QUOTES`, or a field no query knows, is named outside a
            phrase.
    """
    outside = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    fields = ", ".join(QUOTE_FIELDS)
    for match in _FIELD_REF.finditer(outside):
        name = match.group(1)
        if name in _NOT_QUOTES:
            raise QueryError(
                f"'{name}:' does not apply to quotes: a quote's query reads its "
                f"words and its speaker's name (fields: {fields})",
                match.start() + 1,
            )
        if name not in QUOTE_FIELDS:
            raise QueryError(
                f"unknown field '{name}' (a quote's fields: {fields})", match.start() + 1
            )


NAMES_FIELDS = ("source", "byline", "dateline")
"""Fields matched word by word, unstemmed (a quotation has only ``source``)."""


class QuoteQuery:
    """A query, parsed once, to try on quote groups.

    Args:
        text: The query as typed (the language of the README's Queries section).
        prefix_stems: The stems of the words a prefix begins in the index (the reader's
            highlighter's: `Library.highlighter`); None: the guessed endings'.
        wildcard_stems: The stems of the words a wildcard fits in the index, or None.

    Raises:
        QueryError: The query is malformed, over a limit, or names a field a quotation
            has not (`check_quote_fields`).
    """

    def __init__(
        self,
        text: str,
        prefix_stems: Callable[[str], frozenset[str]] | None = None,
        wildcard_stems: Callable[[str], frozenset[str] | None] | None = None,
    ) -> None:
        from index.search.query import parse_unbound, walk

        check_quote_fields(text)
        self.text = text
        self.query: Query = parse_unbound(text)
        self._prefix_stems = prefix_stems
        self._wildcard_stems = wildcard_stems
        self._leaves: list[Any] = []
        self._test = self._compiled(self.query)
        self.monotone = not any(isinstance(n, Not | AndNot) for n in walk(self.query))
        """Whether the query excludes nothing (no NOT): a quote it matches is then in an
        article the search matches (its words, speaker and outlet are the article's)."""
        self.searched = text if self.monotone else _positive_part(text)
        """A query every article carrying a quote this one matches matches too, for the
        library to look at those articles' quotes alone: this one without NOT, else its
        words but the excluded ones when it is a flat AND of them (``oil -prices``: "oil";
        the NOT of a word always holds beside it); None when no such query is known."""

    def matches(self, group: QuoteGroup) -> bool:
        """Whether one of the group's occurrences, as a document, matches the query."""
        seen: dict[tuple[int, str], bool] = {}
        test = self._test
        return any(test(_Doc(group, o), seen) for o in group.occurrences)

    def select(self, groups: Iterable[QuoteGroup]) -> Iterator[QuoteGroup]:
        """The groups that match, in their order."""
        return (g for g in groups if self.matches(g))

    def _compiled(self, node: Any) -> _Test:
        """A test of a document for ``node``: the tree's operators over its leaves'."""
        if node is NullQuery:
            return lambda doc, seen: False
        if isinstance(node, Not):
            one = self._compiled(node.query)
            return lambda doc, seen: not one(doc, seen)
        if isinstance(node, AndNot | AndMaybe | Require):
            a, b = self._compiled(node.a), self._compiled(node.b)
            if isinstance(node, AndNot):
                return lambda doc, seen: a(doc, seen) and not b(doc, seen)
            if isinstance(node, AndMaybe):  # b only ranks
                return a
            return lambda doc, seen: a(doc, seen) and b(doc, seen)
        if isinstance(node, And):
            every = [self._compiled(child) for child in node.children()]
            return lambda doc, seen: all(test(doc, seen) for test in every)
        if isinstance(node, Or | DisjunctionMax):
            some = [self._compiled(child) for child in node.children()]
            return lambda doc, seen: any(test(doc, seen) for test in some)
        if isinstance(node, Every):
            return lambda doc, seen: True
        if not node.is_leaf():
            raise QueryError(f"quotes cannot read this part of the query: {node!r}"[:120])
        return self._leaf(node)

    def _leaf(self, leaf: Any) -> _Test:
        from index.search.highlight import highlighter_for_query
        from index.search.tickers import TickerTerm, bracketed_tickers
        from index.store.schema import TEXT_FIELDS

        field = leaf.field()
        if isinstance(leaf, NumericRange):
            return lambda doc, seen: field == "date" and _in_range(leaf, doc.date)
        if field in TEXT_FIELDS:
            lights = highlighter_for_query(leaf, self._prefix_stems, self._wildcard_stems)
            spans = lights.spans
            number = len(self._leaves)
            self._leaves.append(leaf)
            ticker = leaf.named() if isinstance(leaf, TickerTerm) else None

            def lit(doc: _Doc, seen: dict[tuple[int, str], bool]) -> bool:
                text = doc.text(field)
                if not text:
                    return False
                key = (number, text)
                found = seen.get(key)
                if found is None:
                    found = seen[key] = bool(spans(text))
                if found and ticker is not None:  # kept to a text bracketing it
                    return any(ticker in bracketed_tickers(doc.text(f)) for f in leaf.kept_in())
                return found

            return lit
        if field in NAMES_FIELDS:
            return lambda doc, seen: _names_hold(leaf, _name_words(doc.text(field)))
        if field == "id":
            return lambda doc, seen: _word_holds(leaf, doc.occurrence.article)
        if field == "timed":
            return lambda doc, seen: doc.timed and _word_holds(leaf, "1")
        return lambda doc, seen: False


_NEGATED = re.compile(r'(?:^|(?<=\s))(?:-|NOT\s+)(?:"[^"]*"|[^\s"]+)(?=\s|$)')
"""An excluded word or phrase of a flat query (``-word``, ``NOT "a phrase"``)."""
_NOT_FLAT = re.compile(r"[()\[\]{}]|\b(?:OR|ANDNOT|ANDMAYBE)\b")
"""What makes a query other than a flat AND: brackets, OR and the rarer operators."""


def _positive_part(text: str) -> str | None:
    """``text`` without its excluded words and phrases, when it is a flat AND of words,
    phrases and excluded ones (else None): a document it matches has its other words."""
    from index.search.query import parse_unbound, walk

    # phrases masked: what they hold is no syntax ('"will NOT go"' excludes nothing)
    outside = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    if _NOT_FLAT.search(outside):
        return None
    kept = text
    for match in reversed(list(_NEGATED.finditer(outside))):
        kept = kept[: match.start()] + " " + kept[match.end() :]
    kept = kept.strip()
    if not kept or kept.split()[-1] in ("AND", "NOT"):
        return None
    try:
        query = parse_unbound(kept)
    except QueryError:
        return None
    return None if any(isinstance(n, Not | AndNot) for n in walk(query)) else kept


_Test = Callable[["_Doc", dict[tuple[int, str], bool]], bool]


class _Doc:
    """One occurrence of a group as the document a query is tried on (the module's list)."""

    __slots__ = ("date", "group", "occurrence", "timed")

    def __init__(self, group: QuoteGroup, occurrence: Occurrence) -> None:
        from index.when import has_time

        self.group = group
        self.occurrence = occurrence
        self.date = _date(occurrence.date)
        self.timed = has_time(self.date)

    def text(self, field: str) -> str:
        if field == "body":
            return self.occurrence.text
        if field == "title":
            return self.occurrence.speaker or ""
        if field == "source":
            return self.occurrence.source or ""
        return ""


@lru_cache(maxsize=4096)
def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _in_range(leaf: Any, when: datetime | None) -> bool:
    """Whether a date falls in a `NumericRange` (its zone dropped, as Whoosh indexes it)."""
    if when is None:
        return False
    value = datetime_to_long(when)
    if leaf.start is not None and (value < leaf.start or (leaf.startexcl and value == leaf.start)):
        return False
    return not (leaf.end is not None and (value > leaf.end or (leaf.endexcl and value == leaf.end)))


@lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[tuple[int, str], ...]:
    """The words (with their positions) the names fields index of ``text``."""

    if not text:
        return ()
    analyzer = _names_analyzer()
    return tuple((t.pos, t.text) for t in analyzer(text, mode="index", positions=True))


@lru_cache(maxsize=1)
def _names_analyzer() -> Any:
    from index.store.schema import make_schema

    return make_schema()["source"].analyzer


def _word_holds(leaf: Any, word: str) -> bool:
    """Whether a term, prefix, wildcard or fuzzy term leaf matches one word as it is."""

    text = getattr(leaf, "text", None)
    if not isinstance(text, str):
        return False
    if isinstance(leaf, FuzzyTerm):
        prefix = int(leaf.prefixlength)
        return word[:prefix] == text[:prefix] and Levenshtein.distance(word, text) <= int(
            leaf.maxdist
        )
    if isinstance(leaf, Prefix):
        return word.startswith(text)
    if isinstance(leaf, Wildcard):
        return fnmatch.fnmatchcase(word, text)
    if isinstance(leaf, Term):
        return word == text
    return False


def _names_hold(leaf: Any, words: Collection[tuple[int, str]]) -> bool:
    """Whether a leaf in a names field matches a text's words (term or phrase)."""

    if isinstance(leaf, Phrase):
        wanted = [str(w) for w in leaf.words]
        slop = max(1, int(leaf.slop))
        at: dict[str, list[int]] = {}
        for pos, word in words:
            at.setdefault(word, []).append(pos)
        ends = at.get(wanted[0], []) if wanted else []
        for word in wanted[1:]:
            places = at.get(word, [])
            ends = [p for p in places if any(0 < p - e <= slop for e in ends)]
        return bool(ends)
    return any(_word_holds(leaf, word) for _, word in words)
