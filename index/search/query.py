"""Query text to a Whoosh query: checks and bounds, ``date:`` clauses, ``-word`` as NOT."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from whoosh.qparser import (
    FuzzyTermPlugin,
    MultifieldPlugin,
    PhrasePlugin,
    QueryParser,
    WildcardPlugin,
)
from whoosh.qparser.syntax import SyntaxNode
from whoosh.qparser.taggers import RegexTagger
from whoosh.query import And, NullQuery, NumericRange, Or, Prefix, Query, Term, Wildcard
from whoosh.util.times import datetime_to_long

from index.search.date_ranges import DOTS as _DOTS
from index.search.date_ranges import range_after, typed_range
from index.search.dropped_words import dropped_field_word
from index.search.expand import budget_terms
from index.search.glued_operators import OPENS, operators_plugin
from index.search.gtlt import FirstSafeGtLt
from index.search.limits import (
    MAX_DEPTH,
    MAX_FUZZY_EDITS,
    MAX_QUERY_CHARS,
    UNLIMITED,
    Budget,
    QueryError,
)
from index.search.lost_letters import note_lost, typed_lost
from index.search.negation import BEGUN as _BEGUN
from index.search.negation import (
    ExcludingAndNot,
    minus_before_field,
    not_after_field,
    operator_after_field,
)
from index.search.phrases import BoostedPhrase, HyphenPhrasePlugin
from index.search.query_dates import DateUnreadable, bounds, resolve_date
from index.search.tickers import mark_tickers, typed_tickers
from index.search.wildcard_syntax import JoinedWildcardPlugin, parts_query, pattern_parts
from index.store.schema import (
    DEFAULT_FIELDS,
    FIELD_BOOSTS,
    TEXT_FIELDS,
    TIMED,
    make_schema,
    make_words_analyzer,
)

_log = logging.getLogger(__name__)
FIELD_NAMES = ("title", "body", "byline", "source", "dateline", "date", "id")
"""Field names a query may use (``title:crimea``)."""
_FIELD_REF = re.compile(r"(?<![\w\"'])([A-Za-z_][\w]*):(?!//)")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_FUZZY = re.compile(r"(?<=[^\s\"~])~([0-9])")
_DOUBLE_NOT = re.compile(rf"(?:^|(?<=[\s(]))(?:NOT\s+(?:NOT{OPENS}|-{_BEGUN})|-NOT{OPENS})")
"""NOT NOT, which Whoosh's parser cannot read (it raised IndexError); ``NOT NOT(a)`` too."""
_DATE_CLAUSE = re.compile(
    r"""(?:(?<![\w.])|(?<=[~^]\d))date:  # right after a fuzzy or a boost: x~2date:2017
    (?:
        (?P<open>[\[{])(?P<range>[^\]}]*)(?P<close>[\]}])
      | (?P<op>>=|<=|=>|=<|>|<)?
        (?: "(?P<dq>[^"]*)" | '(?P<sq>[^']*)' | (?P<bare>[^\s()\[\]{}"]+) )
    )?""",
    re.VERBOSE,
)
DATE_CLAUSE = _DATE_CLAUSE  # public: a date filter is taken out of a query (`library_dates`)
_TICKER = re.compile(r"(?<!date:)(?<![\w<>])<(?=\w)[\w.&-]*(?<=\w)>(?![\w<>])")
"""A ticker as the wire writes it, ``<GM>``, ``<BSDM.O>``: searched as the quoted word (the
index keeps no brackets: `unbracket_tickers`); Whoosh's parser read the ``<`` as a
comparison and raised IndexError (nu41 #4)."""
_RANGE_BODY = re.compile(r"\s*(?P<a>.*?)\s*(?:^|(?<=\s))to(?=\s|$)\s*(?P<b>.*?)\s*", re.I | re.S)
_OPS = {"=>": ">=", "=<": "<="}


def check_syntax(text: str) -> None:
    """Refuse what Whoosh would reinterpret silently, or spend unbounded work on.

    Checks the length, quotes and brackets (and how deep they nest), field names, a
    trailing operator, and fuzzy distances.

    Raises:
        QueryError: With the column where the query broke.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long ({len(text):,} characters; the limit is {MAX_QUERY_CHARS:,})"
        )
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
            if len(depth) > MAX_DEPTH:
                raise QueryError(f"brackets nested more than {MAX_DEPTH} deep", i + 1)
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
    # phrases become one placeholder word each: what they hold is no syntax
    outside = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    for match in _FIELD_REF.finditer(outside):
        name = match.group(1)
        if name not in FIELD_NAMES:
            raise QueryError(
                f"unknown field '{name}' (fields: {', '.join(FIELD_NAMES)})", match.start() + 1
            )
        # Whoosh reads a field with nothing after it as the word: `source:` looked for
        # "source" everywhere (`date:` says so itself, with its own examples)
        after = outside[match.end() : match.end() + 1]
        if name != "date" and (not after or after.isspace() or after == ")"):
            raise QueryError(
                f"'{name}:' needs a word or a phrase right after it "
                f'({name}:word, {name}:"two words")',
                match.start() + 1,
            )
    for match in _FUZZY.finditer(outside):
        if int(match.group(1)) > MAX_FUZZY_EDITS:
            raise QueryError(
                f"fuzzy distance {match.group(1)} is too large (at most {MAX_FUZZY_EDITS})",
                match.start() + 1,
            )
    double = _DOUBLE_NOT.search(outside)
    if double:
        raise QueryError("two NOTs in a row", double.start() + 1)
    words = outside.split()
    if words and words[-1] in _OPERATORS - {"NOT"}:
        raise QueryError(f"'{words[-1]}' needs something after it", len(text.rstrip()))


def unbracket_tickers(text: str) -> str:
    """``text`` with each ticker outside quotes (`_TICKER`) in quotes instead of its
    brackets: the same length, so a column still points where the user typed, and a
    ticker of one letter (Ford's ``<F>``) or a stop word is searched, as a quoted word is."""
    outside = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    if "<" not in outside:
        return text
    for match in _TICKER.finditer(outside):
        start, end = match.span()
        text = f'{text[:start]}"{text[start + 1 : end - 1]}"{text[end:]}'
    return text


_TICK = timedelta(microseconds=1)
"""The last instant before the next: a day's last instant is midnight less a tick."""


class _DateNode(SyntaxNode):
    """A ``date:`` clause, read whole: a point, a comparison or a range."""

    def __init__(self, low: datetime | None, high: datetime | None, timed: bool = False) -> None:
        self.low, self.high, self.timed = low, high, timed

    def r(self) -> str:
        return f"date {self.low} .. {self.high}" + (" timed" if self.timed else "")

    def _whole_days(self) -> list[Query]:
        """The day-only dates (kept as their day's midnight) whose whole day lies between
        the clause's ends: ``date:<2017-02-14T10:00`` holds Feb 13 and before, never Feb 14
        itself, and a minute holds no day."""
        last = None if self.high is None else self.high - timedelta(days=1) + _TICK
        if self.low is not None and last is not None and last < self.low:
            return []
        low = None if self.low is None else datetime_to_long(self.low)
        days = NumericRange("date", low, None if last is None else datetime_to_long(last))
        return [ExcludingAndNot(days, Term("timed", TIMED))]

    def query(self, parser: Any) -> Query:
        low = None if self.low is None else datetime_to_long(self.low)
        high = None if self.high is None else datetime_to_long(self.high)
        found: Query = NumericRange("date", low, high)
        if self.timed:  # a time in the query: a day-only date matches when its whole day is in
            found = Or([And([found, Term("timed", TIMED)]), *self._whole_days()])  # (dt33)
        found.startchar, found.endchar = self.startchar, self.endchar
        return found


class _DateTagger(RegexTagger):
    """Reads ``date:`` clauses before Whoosh's range and comparison syntax sees them.

    Whoosh reads dates in ranges only as digits (``feb 2017`` raised), splits a range at
    any "to" (``october``), and makes ``>`` as inclusive as ``>=``. Here every date goes
    through `resolve_date`, and every comparison has the meaning the README gives it.
    """

    def __init__(self, now: Callable[[], datetime | None]) -> None:
        super().__init__(_DATE_CLAUSE)
        self.now = now

    def create(self, parser: Any, match: re.Match[str]) -> _DateNode:
        if match.group("open"):
            parts = _RANGE_BODY.fullmatch(match.group("range"))
            if parts is None:
                raise QueryError(
                    "a date range needs 'to' (date:[2017-01 to 2017-03])", match.start() + 1
                )
            exclusive = match.group("open") == "{"
            at = match.start("range") + 1
            low = self._bound(">" if exclusive else ">=", parts.group("a"), at + parts.start("a"))
            high = self._bound("<" if exclusive else "<=", parts.group("b"), at + parts.start("b"))
            timed = low[2] or high[2]
            if low[0] is not None and high[1] is not None and low[0] > high[1]:
                # nu29 #9: it matched nothing, silently; said as `--since` after `--until` is
                first = self._bound(">=", parts.group("a"), at)[0]
                last = self._bound("<=", parts.group("b"), at)[1]
                # "{03-02 to 03-03}" is in order and holds nothing; it does not start late (rv28)
                late = not exclusive or (first is not None and last is not None and first > last)
                why = "starts after it ends" if late else "holds no moment between its ends"
                raise QueryError(f"{match.group(0)} {why}: nothing can match", match.start() + 1)
            return _DateNode(low[0], high[1], timed)
        for group in ("dq", "sq", "bare"):
            value = match.group(group)
            if value is not None:
                op = match.group("op") or "="
                found = self._bound(_OPS.get(op, op), value, match.start(group) + 1)
                rest = match.string[match.end() :]  # "date:2017-02-07 - 2017-02-08" (nu66)
                said = range_after(value, rest, self.now()) if op == "=" else None
                if said:
                    raise QueryError(said, match.start() + 1)
                return _DateNode(*found)
        raise QueryError(
            "'date:' needs a date or a range right after it "
            "(date:2017-03, date:>2017-03-15, date:[2017-01 to 2017-03])",
            match.start() + 1,
        )

    def _bound(
        self, comparison: str, text: str, column: int
    ) -> tuple[datetime | None, datetime | None, bool]:
        """The bounds of ``date <comparison> text``, and whether the date names a time."""
        text = text.strip().strip("\"'")
        if not text:
            return None, None, False  # an open end of a range
        if ".." in text:  # "today.." was read as today, its dots dropped (rv75)
            raise QueryError(typed_range(text, self.now()) or _DOTS, column)
        try:
            period = resolve_date(text, self.now())
            return (*bounds(comparison, period), period.timed)
        except DateUnreadable as error:  # a range typed another way: the form that works
            said = typed_range(text, self.now()) or f"cannot read the date: {error}"
            raise QueryError(said, column) from None


class _DatePlugin:
    """Adds `_DateTagger` to a parser, ahead of every other tagger."""

    def __init__(self, now: Callable[[], datetime | None]) -> None:
        self.tagger = _DateTagger(now)

    def taggers(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self.tagger, -10)]

    def filters(self, parser: Any) -> list[Any]:
        return []


class _Parser(QueryParser):
    """Whoosh's parser, with a prefix or a wildcard in a text field read as written, not
    stemmed (a wildcard keeps its stemmed pattern beside: `BudgetedWildcard.stemmed`).

    Whoosh stems ``investigat*`` as one word ("investig"... or not: "investigat") and
    matches the stems against that. Here it is lower-cased and folded as the field's
    words are, and the search expands it over the stems starting with it plus the stems
    of its endings (`index.search.prefixes`), so it finds every word it begins.
    """

    def term_query(
        self,
        fieldname: str,
        text: str,
        termclass: Any,
        boost: float = 1.0,
        tokenize: bool = True,
        removestops: bool = True,
    ) -> Any:
        parts = pattern_parts(text) if fieldname in TEXT_FIELDS else None
        # "peace-keep?ng", "o'nei*" (fx101; a hyphenated prefix is read so already)
        if parts and (issubclass(termclass, Wildcard) or "-" not in text):
            return parts_query(self, fieldname, parts, termclass, boost)
        if fieldname in TEXT_FIELDS and issubclass(termclass, Prefix):
            words = make_words_analyzer()(
                text, mode="query", tokenize=tokenize, removestops=removestops
            )
            texts = [word.text for word in words]
            if len(texts) == 1:
                return termclass(fieldname, texts[0], boost=boost)
        found = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if fieldname in TEXT_FIELDS:  # "dudenh?ffer" too (sx44), a part of "Baden-W?rttemberg"
            note_lost(found, text)
        if fieldname in TEXT_FIELDS and isinstance(found, Wildcard):
            # the words it fits, as written (`index.search.wildcards`); the stemmed pattern
            # for an index whose segments do not list their words
            words = make_words_analyzer()(text, mode="query", tokenize=False)
            texts = [word.text for word in words]
            if len(texts) == 1:
                found.stemmed, found.text = found.text, texts[0]
        return found


def make_parser(schema: Any, now: Callable[[], datetime | None] = lambda: None) -> QueryParser:
    """The query parser: Whoosh's, over the default fields, with broadsheet's additions.

    Args:
        schema: The index schema.
        now: Gives the moment relative dates count back from (None: the current time).
    """
    # Whoosh's `MultifieldParser`, made with this class
    parser = _Parser(None, schema)
    parser.phraseclass = BoostedPhrase  # a quoted word weighs the fields as the word does
    parser.add_plugin(MultifieldPlugin(list(DEFAULT_FIELDS), fieldboosts=FIELD_BOOSTS))
    parser.replace_plugin(operators_plugin())
    parser.remove_plugin_class(PhrasePlugin)
    parser.remove_plugin_class(WildcardPlugin)
    parser.add_plugin(JoinedWildcardPlugin())
    parser.add_plugin(HyphenPhrasePlugin())
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FirstSafeGtLt())
    parser.add_plugin(_DatePlugin(now))
    return parser


def parse_query(
    text: str,
    parser: QueryParser,
    lexicon_of: Callable[[str], list[str]],
    budget: Budget = UNLIMITED,
) -> Query:
    """Check and parse a query.

    Args:
        text: The query as typed.
        parser: From `make_parser`.
        lexicon_of: Gives every indexed word of a field (for fuzzy terms).
        budget: The time budget the query's expanding terms (``a*``, ``x~``) run within.

    Raises:
        QueryError: The query is malformed or over a limit.
    """
    text = typed_lost(unicodedata.normalize("NFC", text))  # "Sch\ufffduble": "Sch?uble"
    text = minus_before_field(text, FIELD_NAMES)  # title:-frost: -title:frost (sx53)
    text = not_after_field(text, FIELD_NAMES)  # title:NOT frost: NOT title:frost (sx55)
    operator_after_field(text, FIELD_NAMES)  # title:AND dam: refused (nu77 #2)
    dropped_field_word(text, parser.schema)  # title:and dam: refused (nu82)
    check_syntax(text)
    tickers = typed_tickers(text)  # kept to the articles that bracket them
    text = unbracket_tickers(text)
    try:
        # normalized once its tickers are marked: before, a typed ticker's terms equal to a
        # word's were one (``<PIE> OR title:pie`` was ``<PIE>``)
        query = parser.parse(text, normalize=False)
    except QueryError:
        raise
    except RecursionError:
        raise QueryError("query nested too deeply") from None
    except Exception as crash:  # Whoosh's parser has corners that raise (NOT NOT NOT ...)
        # no Python error's name: it tells the reader nothing (nu41 #4); the crash is logged
        _log.debug("query %r: %r", text, crash)
        raise QueryError(
            "cannot parse the query: check its brackets, quotes, operators and field names"
        ) from None
    # imported here: the outlet table loads the cleaning rules' data (`source_key`)
    from index.search.source_clause import canonical_sources

    query = mark_tickers(canonical_sources(query), tickers).normalize()
    nodes = list(walk(query))
    for node in nodes:
        error = getattr(node, "error", None)
        if error:
            start = getattr(node, "startchar", None)
            column = None if start is None else start + 1
            raise QueryError(f"cannot read {str(error)[:80]}", column)
    if query is NullQuery:
        # plain Whoosh finds nothing for "the", yet "the AND frost" finds frost: adding a
        # word would add hits. Loose stop words are ignored wherever they stand (a quoted
        # one is searched: `PhraseStopFilter`); a query of nothing else is refused
        raise QueryError(
            "nothing to search for: a single letter or a word as common as 'the' is left out "
            'unless quoted ("the", "to be or not to be")'
        )
    budget_terms(nodes, budget, lexicon_of)
    return query


@cache
def _unbound_parser() -> QueryParser:
    return make_parser(make_schema())


def parse_unbound(text: str) -> Query:
    """Parse a query without an index: the tree every engine runs or translates.

    The same checks and the same tree as an open index's parse, but its expanding terms
    (``peace*``, ``zelensky~``) are not yet tied to an index's words: enough to know
    what a query lights up (`index.search.highlight.highlighter_for_text`), and what
    another engine translates.

    Raises:
        QueryError: The query is malformed or over a limit.
    """
    return parse_query(text, _unbound_parser(), lambda field: [])


def walk(query: Query) -> Iterator[Query]:
    """Every node of a query tree, parents first."""
    yield query
    for child in query.children():
        yield from walk(child)


def clause_bounds(
    clause: re.Match[str], now: datetime | None
) -> tuple[datetime | None, datetime | None, bool]:
    """The inclusive bounds (None where open) a ``date:`` clause names (a `DATE_CLAUSE`
    match), relative dates read from ``now`` as the search reads them (fx94), and whether
    it names a time of day (then a day-only date matches only a whole day it holds).

    Raises:
        QueryError: The clause's date cannot be read, or its range holds nothing.
    """
    node = _DateTagger(lambda: now).create(None, clause)
    return node.low, node.high, node.timed
