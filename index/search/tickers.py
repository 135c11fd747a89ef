"""A ticker as the wire writes it, in brackets (``<GM>``, ``<UN.A>``, AT&T's ``<T>``): the
articles that write it so, not every word it spells.

The index keeps no brackets, so a typed ticker is searched as its quoted word
(`index.search.query.unbracket_tickers`), and the index gives ``<UN.A>`` (Unilever) the
term of "U.N." and "UN": `<UN.A>` found 10 Reuters wires, 6 of them the United Nations'
(nu46 #3). A letter alone is no name either: ``<T>`` found every article with a "T" in it,
"T-bills", "T. Boone Pickens" (719, where 52 write ``<T>``; fx77). So a typed ticker
parses to `TickerTerm`: the terms the field indexes for the ticker in brackets, with or
without an exchange code (``<UN>``, ``<UN.A>``: `ticker_terms`), kept to the articles
whose stored text of that field writes it in brackets (`bracketed_tickers`). Typed
without brackets (``UN``, ``WAMU.O``) it is the word, every way it is written. Read from
the stored text at search time, as an index term would need a schema bump; OpenSearch
documents list every ticker each field brackets (`ticker_key`,
`index.opensearch.documents.ticker_keys`), which its query keeps to (sx42: before, a
ticker of several letters was its terms alone there, and ``<UN.A>`` still found the U.N.).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from whoosh.matching import FilterMatcher, NullMatcher
from whoosh.query import Query, Term

from index.search.kept import Kept
from index.search.phrases import BoostedPhrase
from index.store.wire import EXCHANGES

TICKERS = "tickers"
"""The OpenSearch keyword field of the tickers each text field writes in brackets
("body:t", "title:un": `ticker_key`)."""
KEY_CHARS = 1000
"""The most characters of a ticker a `ticker_key` keeps: Lucene refuses a keyword over
32,766 UTF-8 bytes, and nothing between brackets need be short (two longer ones that
begin alike share a key, on both sides, so a search still finds what was sent)."""
_CODE = r"(?:\.(?:" + "|".join(EXCHANGES) + r"))?"
_TICKER = r"<((?=\w)[\w.&-]*?(?<=\w))" + _CODE + ">"
_BRACKETED = re.compile(r"(?<!<)" + _TICKER + r"(?!>)", re.I)
"""A ticker in brackets, ``<UN>`` or ``<UN.A>``, glued to the words beside it or not (a wire
writes "<ROST>FEBRUARY", "MOBIL'S<MOB>": 30 of 2,004; nu48 #8), but not in
doubled brackets: the ticker, without its exchange, is the group."""
_TYPED = re.compile(r"(?<!date:)(?<![\w<>])" + _TICKER + r"(?![\w<>])", re.I)
"""A ticker as a query writes it, a word of its own (as `index.search.query`'s ``_TICKER``
reads it)."""


def bracketed_tickers(text: str) -> set[str]:
    """The tickers (lower-cased, without an exchange code) that ``text`` writes in brackets."""
    return {match.group(1).lower() for match in _BRACKETED.finditer(text)}


def bracketed_letters(text: str) -> set[str]:
    """The letters (lower-cased) that ``text`` writes as tickers, in brackets."""
    return {name for name in bracketed_tickers(text) if len(name) == 1 and name.isalpha()}


def ticker_key(field: str, ticker: str) -> str:
    """How `TICKERS` holds ``ticker`` (lower-cased, without an exchange code) bracketed in
    ``field``: "body:un" for a body's ``<UN.A>``; the document's side and the query's."""
    return f"{field}:{ticker[:KEY_CHARS]}"


def typed_tickers(text: str) -> dict[tuple[int, int], str]:
    """Where a query (quoted parts left out) types a ticker, and the ticker (lower-cased,
    without an exchange code): the span within the brackets, which is where the parser's
    term for it starts and ends once unbracketed."""
    outside = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    found = {}
    for match in _TYPED.finditer(outside):
        start, end = match.span()
        found[(start + 1, end - 1)] = match.group(1).lower()
    return found


def typed_letters(text: str) -> set[tuple[int, int]]:
    """Where a query types a one-letter ticker: each letter's span (`typed_tickers`)."""
    return {span for span, name in typed_tickers(text).items() if len(name) == 1}


@cache
def ticker_terms(field: str, ticker: str) -> tuple[str, ...]:
    """The terms ``field`` indexes for ``ticker`` written in brackets: alone ("<UN>" is
    "un", "<US>" "u.s") and with each exchange ("<T.N>" is "tn", "<T.TO>" "t.to")."""
    from index.store.schema import make_schema

    analyzer = make_schema()[field].analyzer
    terms: list[str] = []
    for code in ("", *EXCHANGES):
        written = f"<{ticker.upper()}{'.' + code.upper() if code else ''}>"
        tokens = analyzer(written, mode="index", positions=True)
        terms.extend(token.text for token in tokens if token.text not in terms)
    return tuple(terms)


_KEPT: Kept[frozenset[int]] = Kept(256)
"""The documents of a segment (by its id) matching a field's terms of a ticker whose fields
kept in write it in brackets, by (folder, segment, field, fields kept in, ticker): segments
never change their stored text, so each is read once (256 kept, the oldest go first)."""


class TickerTerm(Term):
    """A ticker's term in a field, matching only the documents whose stored text of that
    field (or of one of ``within``) writes the ticker in brackets (`bracketed_tickers`),
    with or without an exchange: the typed term, and its forms' (`ticker_terms`), scored
    as their OR, with the term's boost (the title's 2)."""

    ticker = ""
    """The ticker as typed (lower-cased, without an exchange code): the term's text if none."""
    within: tuple[str, ...] = ()
    """The fields any of which bracketing the ticker keeps a document (empty: this term's
    own). A ticker typed without a field is searched in each default field, and an article
    bracketing it in one is scored by its every field, as the word is (`mark_tickers`:
    ``<GM>`` ranks the articles it finds as ``GM`` does; sx43, nu48 #6)."""

    def named(self) -> str:
        """The ticker this term keeps to."""
        return self.ticker or str(self.text)

    def kept_in(self) -> tuple[str, ...]:
        """The fields whose bracketing the ticker keeps a document."""
        return self.within or (self.fieldname,)

    def _either(self) -> Query:
        from whoosh.query import Or

        forms = [str(self.text)]
        forms += [form for form in ticker_terms(self.fieldname, self.named()) if form not in forms]
        return Or([Term(self.fieldname, form, boost=self.boost) for form in forms])

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        either = self._either()
        found = either.matcher(searcher, context)
        if not found.is_active():
            return found
        kept = self._kept(searcher, either)
        return FilterMatcher(found, kept) if kept else NullMatcher()

    def _kept(self, searcher: Any, either: Query) -> frozenset[int]:
        """The documents (of ``searcher``'s segment) whose field writes the ticker."""
        reader = searcher.reader()
        segment = getattr(reader, "segment", None)
        ticker, fields = self.named(), self.kept_in()

        def read() -> frozenset[int]:
            stored = searcher.stored_fields
            return frozenset(
                docnum
                for docnum in either.matcher(searcher).all_ids()
                if any(ticker in bracketed_tickers(stored(docnum).get(f) or "") for f in fields)
            )

        if segment is None:
            return read()
        # Whoosh draws segment ids from `random`, which a seeded process repeats (each
        # hypothesis example): the index's folder tells two indexes' segments apart
        storage = getattr(reader, "_storage", None)
        folder = str(getattr(getattr(storage, "b", storage), "folder", ""))
        return _KEPT.read((folder, segment().segment_id(), self.fieldname, fields, ticker), read)


def mark_tickers(query: Query, spans: dict[tuple[int, int], str]) -> Query:
    """``query`` with each term typed as a ticker (at one of ``spans``, which gives the
    ticker: `typed_tickers`) a `TickerTerm`; the terms of one typed without a field (one
    a default field, beside each other) are kept in all their fields (`TickerTerm.within`)."""
    if not spans:
        return query

    def visit(node: Any) -> Any:
        if not node.is_leaf():
            _kept_together(node.children())
            return node
        at = (getattr(node, "startchar", None), getattr(node, "endchar", None))
        text = getattr(node, "text", None)
        if type(node) is BoostedPhrase and len(node.words) == 1 and node.char_ranges:
            at, text = tuple(node.char_ranges[0]), node.words[0]  # not yet normalized
        elif type(node) is not Term:
            return node
        if at not in spans or text is None:
            return node
        ticker = TickerTerm(node.fieldname, text, boost=node.boost)
        ticker.ticker = spans[at]
        ticker.startchar, ticker.endchar = at
        return ticker

    return query.accept(visit)


def _kept_together(children: Any) -> None:
    """Set `TickerTerm.within` of the tickers among ``children`` typed at one place (the
    terms a multifield search made of one typed without a field) to all their fields."""
    typed: dict[tuple[Any, Any], list[TickerTerm]] = {}
    for child in children:
        if isinstance(child, TickerTerm):
            typed.setdefault((child.startchar, child.endchar), []).append(child)
    for terms in typed.values():
        if len(terms) > 1:
            for term in terms:
                term.within = tuple(each.fieldname for each in terms)
