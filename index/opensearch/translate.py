"""Whoosh query trees to OpenSearch query DSL, node by node: never a raw query string.

The leaves of a parsed Whoosh query already hold analysed terms (stems, lower case, stop
words gone), and the OpenSearch index holds the same terms (see `documents`), so every
leaf becomes an exact term-level query on the field of the same name:

| Whoosh | OpenSearch |
| --- | --- |
| And, Or, Not, AndNot, AndMaybe, Require | bool: must, should, must_not, filter |
| DisjunctionMax | dis_max |
| Term | term; in title and body, bool should of it and its lost-letter terms held (sx46) |
| Phrase with a starred word | bool should of the phrases it stands for (index.search.starred) |
| Phrase (adjacent words) | match_phrase over the space-joined terms, slop 0 |
| Phrase ``"a b"~N`` | nested ordered span_near, slop N-1 between each pair |
| Prefix, Wildcard | prefix, wildcard; in title and body, the terms of the words' stems |
| FuzzyTerm ``word~N/P`` | fuzzy: N edits, P-letter prefix, no transpositions |
| NumericRange, DateRange on ``date`` | range on Whoosh's microsecond value |
| TermRange | range on the terms |
| Every | exists (or match_all) |
| the empty query | match_none |

Boosts (the title's 2, ``word^3``) become the same ``boost`` on the same node, so the
title counts twice as in broadsheet's BM25F; scores still differ (Lucene's BM25 is not
Whoosh's), hit sets do not.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    DisjunctionMax,
    Every,
    FuzzyTerm,
    Not,
    NumericRange,
    Or,
    Phrase,
    Prefix,
    Query,
    Require,
    Term,
    TermRange,
    Wildcard,
)
from whoosh.query.qcore import _NullQuery

from index.search.lost_letters import lost_terms
from index.search.lost_phrases import noted_as, phrase_ways
from index.search.prefixes import ending_stems
from index.search.starred import StarredPhrase
from index.search.tickers import TICKERS, TickerTerm, ticker_key, ticker_terms
from index.store.schema import TEXT_FIELDS

Dsl = dict[str, Any]

_PREFIX_STEMS: ContextVar[Callable[[str], frozenset[str]]] = ContextVar(
    "prefix_stems", default=ending_stems
)
"""What `translate` was given to read a prefix's other stems with (`_prefix`)."""
_BEGUN_STEMS: ContextVar[Callable[[str], frozenset[str] | None]] = ContextVar(
    "begun_stems", default=lambda prefix: None
)
"""What `translate` was given to read the stems of all the words a prefix begins with (a
phrase's starred word, `index.search.starred`); None: sp33's guess."""
_WILDCARD_STEMS: ContextVar[Callable[[str], frozenset[str] | None]] = ContextVar(
    "wildcard_stems", default=lambda pattern: None
)
"""What `translate` was given to read the stems of the words a wildcard fits with (`_wildcard`);
None: the stemmed pattern against the terms."""
_HELD_TERMS: ContextVar[Callable[[str, str], bool]] = ContextVar(
    "held_terms", default=lambda field, text: False
)
"""What `translate` was given to tell whether the index holds a field's term (`_term`)."""

MAX_FUZZY_EDITS = 2
"""Lucene's fuzzy query allows at most two edits."""
FUZZY_EXPANSIONS = 1024
"""Words a fuzzy term may expand to: the default limit of clauses in a query."""


class UnsupportedQuery(ValueError):
    """A query that OpenSearch cannot run with the same meaning; the message says why."""


def translate(
    query: Query,
    prefix_stems: Callable[[str], frozenset[str]] | None = None,
    begun_stems: Callable[[str], frozenset[str] | None] | None = None,
    wildcard_stems: Callable[[str], frozenset[str] | None] | None = None,
    held_terms: Callable[[str, str], bool] | None = None,
) -> Dsl:
    """The OpenSearch query for a parsed Whoosh query.

    Args:
        query: A tree from broadsheet's query parser.
        prefix_stems: The stems, not starting with it, of the words a prefix begins in
            the index searched (`index.opensearch.prefixes.other_stems`); if not given,
            the guessed endings' (`index.search.prefixes.ending_stems`).
        begun_stems: The stems of all the words a prefix begins in the index searched, or
            None where it cannot tell (`index.opensearch.prefixes.begun_stems`): a
            phrase's starred word is each (`index.search.starred.StarredPhrase`); if not
            given, the guessed endings'.
        wildcard_stems: The stems of the words a wildcard in a text field fits in the
            index searched, or None where it cannot tell (`index.search.wildcards`); if
            not given, or then, the pattern as the analyzer stems it, on the terms.
        held_terms: Whether the index searched holds a field's term (`held_lost_terms`):
            a word of the title or the body also looks for those of its spellings with a
            letter lost it holds, as the Whoosh engine does (`_term`); if not given, none.

    Returns:
        A query DSL object (the value of a search body's ``"query"``).

    Raises:
        UnsupportedQuery: A node OpenSearch cannot match identically.
    """
    if held_terms is not None:
        holds = _HELD_TERMS.set(held_terms)
        try:
            return translate(query, prefix_stems, begun_stems, wildcard_stems)
        finally:
            _HELD_TERMS.reset(holds)
    if wildcard_stems is not None:
        fitted = _WILDCARD_STEMS.set(wildcard_stems)
        try:
            return translate(query, prefix_stems, begun_stems)
        finally:
            _WILDCARD_STEMS.reset(fitted)
    if begun_stems is not None:
        begun = _BEGUN_STEMS.set(begun_stems)
        try:
            return translate(query, prefix_stems)
        finally:
            _BEGUN_STEMS.reset(begun)
    if prefix_stems is not None:
        given = _PREFIX_STEMS.set(prefix_stems)
        try:
            return translate(query)
        finally:
            _PREFIX_STEMS.reset(given)
    if isinstance(query, _NullQuery):
        return {"match_none": {}}
    dsl = _node(query)
    boost = float(getattr(query, "boost", 1.0))
    if boost != 1.0:
        dsl = _boosted(dsl, boost)
    return dsl


def _prefix(query: Prefix) -> Dsl:
    """A prefix as the Whoosh engine reads it (`index.search.expand.BudgetedPrefix`): the
    terms it begins, and in a text field the stems of the words it begins too
    (`translate`'s ``prefix_stems``: ``investigat*`` is "investig" as well, the stem of
    "investigated")."""
    text = _text(query.text)
    begun: Dsl = {"prefix": {query.fieldname: {"value": text}}}
    if query.fieldname not in TEXT_FIELDS:
        return begun
    stems = sorted(_PREFIX_STEMS.get()(text))
    if not stems:
        return begun
    either = [begun, {"terms": {query.fieldname: stems}}]
    return {"bool": {"should": either, "minimum_should_match": 1}}


def _wildcard(query: Wildcard) -> Dsl:
    """A wildcard as the Whoosh engine reads it (`index.search.expand.BudgetedWildcard`): in
    a text field, the stems of the words it fits (`translate`'s ``wildcard_stems``:
    ``r?tes`` is "rate"), read from the words each document lists (`prefixes.WORDS`);
    else, or where those cannot tell, the pattern (in a text field, as stemmed) on the terms.
    """
    pattern = _text(query.text)
    # Whoosh matches the pattern with fnmatch: * and ? as in Lucene; [ is a set there
    if "[" in pattern:
        raise UnsupportedQuery(f"character sets in wildcards ('{pattern}') are not supported")
    if query.fieldname in TEXT_FIELDS:
        stems = _WILDCARD_STEMS.get()(pattern)
        if stems is not None:
            found = sorted(stems)
            return {"terms": {query.fieldname: found}} if found else {"match_none": {}}
        pattern = _text(getattr(query, "stemmed", None) or pattern)
    return {"wildcard": {query.fieldname: {"value": pattern.replace("\\", "\\\\")}}}


def _term(query: Term) -> Dsl:
    """A term as the Whoosh engine reads it (`index.search.lost_letters.with_lost_letters`):
    in the title or the body, also the terms of its spellings with a letter lost, or with
    an umlaut spelled out, that the index holds (`translate`'s ``held_terms``; "dudenh?ffer"
    of "Dudenhöffer", sx46); none held, the term alone, as before."""
    field = query.fieldname
    term: Dsl = {"term": {field: {"value": _text(query.text)}}}
    if type(query) is not Term or field not in TEXT_FIELDS:
        return term
    holds = _HELD_TERMS.get()
    held = [text for text in lost_terms(query) if holds(field, text)]
    for pattern in getattr(query, "patterns", ()):  # a quoted "Sch?uble" (sx47)
        fitted = sorted(_WILDCARD_STEMS.get()(pattern) or ())
        held += [text for text in fitted if text != query.text]  # as `_wildcard`'s
    if not held:
        return term
    should = [term, *({"term": {field: {"value": text}}} for text in held)]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def lost_asked(query: Query) -> list[tuple[str, str]]:
    """The (field, term) pairs `_term` may ask ``held_terms`` of in ``query``'s tree: each
    title or body term's spellings with a letter lost (`lost_terms`)."""
    asked: dict[tuple[str, str], None] = {}
    stack = [query]
    while stack:
        node = stack.pop()
        if type(node) is Term and node.fieldname in TEXT_FIELDS:
            asked.update(dict.fromkeys((node.fieldname, text) for text in lost_terms(node)))
        elif isinstance(node, Phrase) and node.fieldname in TEXT_FIELDS:  # its words' (sx47)
            lost = [text for _, each in getattr(node, "lost", ()) for text in each]
            asked.update(dict.fromkeys((node.fieldname, text) for text in lost))
        stack.extend(node.children())
    return list(asked)


def _ticker(query: TickerTerm) -> Dsl:
    """A ticker as the Whoosh engine reads it (`TickerTerm`): the typed term or the terms of
    the ticker in brackets, with each exchange (``ticker_terms``), in the documents whose
    field, or one of the fields it is kept in (`TickerTerm.kept_in`: each default field of a
    ticker typed without one), lists it among its bracketed tickers (`TICKERS`, `ticker_key`)."""
    field, named = query.fieldname, query.named()
    forms = [_text(query.text)]
    forms += [form for form in ticker_terms(field, named) if form not in forms]
    should = [{"term": {field: {"value": form}}} for form in forms]
    keys = [ticker_key(each, named) for each in query.kept_in()]
    where = {"term": {TICKERS: keys[0]}} if len(keys) == 1 else {"terms": {TICKERS: keys}}
    return {"bool": {"should": should, "minimum_should_match": 1, "filter": [where]}}


def _node(query: Query) -> Dsl:
    # subclasses first: FuzzyTerm is a Term; DateRange is a NumericRange
    if isinstance(query, FuzzyTerm):
        return _fuzzy(query)
    if isinstance(query, TickerTerm):  # its terms, where the field brackets it
        return _ticker(query)
    if isinstance(query, Term):
        return _term(query)
    if isinstance(query, StarredPhrase):  # each phrase the Whoosh engine looks for
        fitted = lambda _, p: _WILDCARD_STEMS.get()(p) or ()  # noqa: E731
        held = _HELD_TERMS.get()
        should = [  # each with its other words' copies (rv70), however many (sx48)
            _spelled(query.fieldname, phrase_ways(noted_as(query, each), held, fitted), each, query)
            for each in query.variants(_BEGUN_STEMS.get())
        ]
        return (
            {"bool": {"should": should, "minimum_should_match": 1}}
            if should
            else {"match_none": {}}
        )
    if isinstance(query, Phrase):  # any of its words' spellings the index holds (sx47, sx48)
        # a pattern's stems are the index's words' (`_wildcard`), asked of no field
        ways = phrase_ways(query, _HELD_TERMS.get(), lambda _, p: _WILDCARD_STEMS.get()(p) or ())
        return _spelled(query.fieldname, ways, list(query.words), query)
    if isinstance(query, Prefix):
        return _prefix(query)
    if isinstance(query, Wildcard):
        return _wildcard(query)
    if isinstance(query, NumericRange):
        return {"range": {query.fieldname: _bounds(query)}}
    if isinstance(query, TermRange):
        return {"range": {query.fieldname: _bounds(query)}}
    if isinstance(query, Every):
        name = query.fieldname
        return {"match_all": {}} if name in (None, "", "*") else {"exists": {"field": name}}
    if isinstance(query, Not):
        return {"bool": {"must_not": [translate(query.query)]}}
    if isinstance(query, AndNot):
        return {"bool": {"must": [translate(query.a)], "must_not": [translate(query.b)]}}
    if isinstance(query, AndMaybe):
        return {"bool": {"must": [translate(query.a)], "should": [translate(query.b)]}}
    if isinstance(query, Require):
        return {"bool": {"must": [translate(query.a)], "filter": [translate(query.b)]}}
    if isinstance(query, DisjunctionMax):
        queries = [translate(child) for child in query.subqueries]
        return {"dis_max": {"queries": queries, "tie_breaker": float(query.tiebreak)}}
    if type(query) is And:
        return _and(list(query.subqueries))
    if type(query) is Or:
        if getattr(query, "minmatch", 0) > 1:
            raise UnsupportedQuery("an OR that needs several of its parts is not supported")
        should = [translate(child) for child in query.subqueries]
        return {"bool": {"should": should, "minimum_should_match": 1}}
    raise UnsupportedQuery(f"{type(query).__name__} queries are not supported on OpenSearch")


def _and(children: list[Query]) -> Dsl:
    must: list[Dsl] = []
    must_not: list[Dsl] = []
    for child in children:
        if isinstance(child, Not) and float(child.boost) == 1.0:
            must_not.append(translate(child.query))
        else:
            must.append(translate(child))
    clauses: Dsl = {}
    if must:
        clauses["must"] = must
    if must_not:
        clauses["must_not"] = must_not
    return {"bool": clauses}


def _spelled(field: str, ways: list[list[str]] | None, words: list[str], query: Any) -> Dsl:
    """The phrase of ``words`` (``query``'s slop), or with any of ``ways``' words at each
    position (`index.search.lost_phrases.Spelled`) when there are spellings."""
    slop = int(query.slop)
    if ways is None:
        return _phrase(field, [[_text(word)] for word in words], slop)
    return _phrase(field, [[_text(word) for word in each] for each in ways], slop)


def _phrase(field: str, ways: list[list[str]], slop: int) -> Dsl:
    """Whoosh's phrase: a word of position i+1 comes 1 to ``slop`` positions after one of
    position i, in order (each position any of its words: a `span_or`, sx48)."""
    if not ways:
        return {"match_none": {}}
    at: list[Dsl] = [
        {"span_term": {field: each[0]}}
        if len(each) == 1
        else {"span_or": {"clauses": [{"span_term": {field: word}} for word in each]}}
        for each in ways
    ]
    if len(ways) == 1:
        if len(ways[0]) == 1:
            return {"term": {field: {"value": ways[0][0]}}}
        return {"terms": {field: ways[0]}}
    if slop <= 1:
        if all(len(each) == 1 for each in ways):
            # the terms analyser only splits on spaces: these stay the phrase's exact terms
            query = " ".join(each[0] for each in ways)
            return {"match_phrase": {field: {"query": query, "slop": 0}}}
        return {"span_near": {"clauses": at, "slop": 0, "in_order": True}}
    # Lucene's slop is a total over the phrase, Whoosh's a limit for each gap: nesting
    # two-clause spans keeps it per gap. Nested from the right (sx48): an ordered span
    # takes, for each start of its first clause, the first match of its second after it,
    # so (a b) c found a b c only through the b nearest a ("Schäuble Síochána said"~3 missed
    # "Schäuble Síochána x Síochána x x said"); a (b c) spans every b that begins a match
    span = at[-1]
    for each in reversed(at[:-1]):
        span = {"span_near": {"clauses": [each, span], "slop": slop - 1, "in_order": True}}
    return span


def _fuzzy(query: FuzzyTerm) -> Dsl:
    edits = int(query.maxdist)
    if edits > MAX_FUZZY_EDITS:
        raise UnsupportedQuery(f"fuzzy terms allow at most {MAX_FUZZY_EDITS} edits on OpenSearch")
    text = _text(query.text)
    if edits == 0:
        return {"term": {query.fieldname: {"value": text}}}
    return {
        "fuzzy": {
            query.fieldname: {
                "value": text,
                "fuzziness": edits,
                "prefix_length": int(query.prefixlength),
                # Whoosh (and broadsheet's rapidfuzz candidates) count plain Levenshtein
                # edits: a swap of two letters is two edits, not one
                "transpositions": False,
                "max_expansions": FUZZY_EXPANSIONS,
            }
        }
    }


def _bounds(query: Query) -> Dsl:
    bounds: Dsl = {}
    start, end = query.start, query.end
    if start is not None:
        bounds["gt" if query.startexcl else "gte"] = _value(start)
    if end is not None:
        bounds["lt" if query.endexcl else "lte"] = _value(end)
    return bounds


def _value(value: Any) -> Any:
    return value if isinstance(value, int | float) else _text(value)


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _boosted(dsl: Dsl, boost: float) -> Dsl:
    """``dsl`` with a boost: set on the node where its kind takes one, else wrapped."""
    kind, body = next(iter(dsl.items()))
    if kind in ("term", "prefix", "wildcard", "fuzzy", "match_phrase", "range"):
        field, params = next(iter(body.items()))
        return {kind: {field: {**params, "boost": boost}}}
    if kind in ("bool", "dis_max", "exists", "match_all", "span_near"):
        return {kind: {**body, "boost": boost}}
    if kind == "match_none":
        return dsl
    return {"bool": {"must": [dsl], "boost": boost}}
