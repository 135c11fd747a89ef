"""A ticker of one letter, as the wire writes it (AT&T's ``<T>``, Ford's ``<F>``): the letter
where an article writes it in brackets, not every one.

The index keeps no brackets, so a typed ticker is searched as its quoted word
(`index.search.query.unbracket_tickers`). For a ticker of several letters that is what a
user means (``<GM>`` and "GM" both name General Motors), but a letter alone is no name:
``<T>`` found every Reuters article with a "T" in it, "T-bills", "T. Boone Pickens" (719,
where 52 write ``<T>``; fx77). So a one-letter ticker parses to `TickerTerm`: the
letter's term, kept to the articles whose stored text of that field writes the letter in
brackets, alone or with an exchange code (``<T>``, ``<T.N>``: `bracketed_letters`). Read
from the stored text at search time, as an index term would need a schema bump;
OpenSearch documents list the letters (`index.opensearch.documents`).
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

from whoosh.matching import FilterMatcher, NullMatcher
from whoosh.query import Query, Term

from index.store.wire import EXCHANGES

TICKERS = "tickers"
"""The OpenSearch keyword field of the one-letter tickers each text field writes ("body:t")."""
_BRACKETED = re.compile(
    r"(?<![\w<>])<([A-Za-z])(?:\.(?:" + "|".join(EXCHANGES) + r"))?>(?![\w<>])", re.IGNORECASE
)
"""A one-letter ticker in brackets, ``<T>`` or ``<T.N>``: the letter is the group."""
_TYPED = re.compile(r"(?<!date:)(?<![\w<>])<([A-Za-z])>(?![\w<>])")
"""A one-letter ticker as a query writes it (within `index.search.query`'s ``_TICKER``)."""


def bracketed_letters(text: str) -> set[str]:
    """The letters (lower-cased) that ``text`` writes as tickers, in brackets."""
    return {match.group(1).lower() for match in _BRACKETED.finditer(text)}


def typed_letters(text: str) -> set[tuple[int, int]]:
    """Where a query (quoted parts left out) types a one-letter ticker: each letter's span,
    which is where the parser's term for it starts and ends once unbracketed."""
    outside = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    return {match.span(1) for match in _TYPED.finditer(outside)}


@cache
def ticker_terms(field: str, letter: str) -> tuple[str, ...]:
    """The terms ``field`` indexes for ``letter`` written as a ticker: the letter's own, and
    those of its forms with an exchange ("<T.N>" is "tn", "<T.TO>" "t.to")."""
    from index.store.schema import make_schema

    analyzer = make_schema()[field].analyzer
    terms = [letter]
    for code in EXCHANGES:
        tokens = analyzer(f"<{letter.upper()}.{code.upper()}>", mode="index", positions=True)
        terms.extend(token.text for token in tokens if token.text not in terms)
    return tuple(terms)


_KEPT: dict[tuple[str, str, str], frozenset[int]] = {}
"""The documents of a segment (by its id) whose field writes a letter as a ticker, by
(segment, field, letter): segments never change their stored text, so each is read once."""
_KEEPING = threading.Lock()
_KEPT_MOST = 256
"""The most entries `_KEPT` holds (the oldest go first)."""


class TickerTerm(Term):
    """A letter's term in a field, matching only the documents whose stored text of that
    field writes the letter as a ticker (`bracketed_letters`), with or without an exchange:
    the letter's term, and its forms' (`ticker_terms`), scored as their OR."""

    def _either(self) -> Query:
        from whoosh.query import Or

        forms = ticker_terms(self.fieldname, str(self.text))
        return Or([Term(self.fieldname, form, boost=self.boost) for form in forms])

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        either = self._either()
        found = either.matcher(searcher, context)
        if not found.is_active():
            return found
        kept = self._kept(searcher, either)
        return FilterMatcher(found, kept) if kept else NullMatcher()

    def _kept(self, searcher: Any, either: Query) -> frozenset[int]:
        """The documents (of ``searcher``'s segment) whose field writes the letter."""
        segment = getattr(searcher.reader(), "segment", None)
        key = None
        if segment is not None:
            key = (segment().segment_id(), self.fieldname, str(self.text))
            if key in _KEPT:
                return _KEPT[key]
        letter = str(self.text)
        kept: set[int] = set()
        for docnum in either.matcher(searcher).all_ids():
            text = searcher.stored_fields(docnum).get(self.fieldname)
            if text and letter in bracketed_letters(text):
                kept.add(docnum)
        if key is not None:
            with _KEEPING:
                while len(_KEPT) >= _KEPT_MOST:
                    _KEPT.pop(next(iter(_KEPT)))
                _KEPT[key] = frozenset(kept)
        return frozenset(kept)


def mark_tickers(query: Query, spans: set[tuple[int, int]]) -> Query:
    """``query`` with each term typed as a one-letter ticker (at one of ``spans``) a
    `TickerTerm`."""
    if not spans:
        return query

    def visit(node: Any) -> Any:
        at = (getattr(node, "startchar", None), getattr(node, "endchar", None))
        if type(node) is not Term or at not in spans:
            return node
        ticker = TickerTerm(node.fieldname, node.text, boost=node.boost)
        ticker.startchar, ticker.endchar = at
        return ticker

    return query.accept(visit)
