"""The Whoosh schema of a broadsheet index, and its version.

Whoosh is imported when the schema or the analyzer is first asked for, not with this
module: `index.store.generations` (and so the reader's first frame) needs only the version.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whoosh.fields import Schema

SCHEMA_VERSION = 10
"""Bump when the schema, its analyzers or what is stored changes: older indexes are rebuilt,
not misread (5: accents folded, "cafe" finds "café"; 6: stop words and single letters
indexed, so a phrase matches all its words: `PhraseStopFilter`; and hyphenated words
split, with their joined forms: `HyphenFilter`; 7: a run of Chinese, Japanese or Korean
indexed as its pairs of characters, so "市場" finds "東京市場は": `index.store.cjk`; 8: the
Porter2 stemmer, `stem`; and, in the same unreleased version, the ``timed`` field: articles
whose date has a time of day, so a ``date:`` query with a time skips day-only dates, dt33;
9: initialisms one word however written, "U.S." and "US" (not the pronoun "us"), "N.A.T.O."
and "NATO": `index.store.initialisms`, sr36; in the same unreleased version, "AT&T" one
word, a ticker's exchange code and a wire plural's "s" stemmed off: `index.store.wire`,
fx77; 10: a "?" for a letter a messy copy lost is a letter of its word, "Dudenh?ffer" one
word, not "dudenh" and "ffer", `index.store.hyphens.LOST_AT`, sx44; in the same unreleased
version, a run of U+FFFD for a lost letter too, "Garda\ufffd\ufffd" the term "garda??",
`index.store.hyphens.LOST_RUN`, sx45)."""

TIMED = "1"
"""The ``timed`` field's one word: the article's date has a time (`index.when.has_time`)."""

if TYPE_CHECKING:
    TEXT_ANALYZER: Any
    """Lower-cases, folds accents, stems (Porter2: `stem`) and drops a query's loose stop words
    (`PhraseStopFilter`: the index and phrases keep them), so "peacekeepers"
    finds "peacekeeping" and "cafe" finds "café"; a run of Chinese, Japanese or Korean is
    its pairs of characters (`index.store.cjk`). One analyzer, made on first use
    (`__getattr__`)."""


def __getattr__(name: str) -> Any:
    if name == "TEXT_ANALYZER":
        return _text_analyzer()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """The stem the text fields index a word under (lower-cased and folded already).

    Porter2 (Snowball English), not Whoosh's default Porter: Porter split the -ate verbs
    ("investigated" to "investigat", "investigate" to "investig"; "evacuated" and
    "evacuate" the same), so a search for one form missed the other (nu34 #2), and
    conflated more unrelated words ("general" and "generation", both "gener"). A wire's
    plural abbreviation is its singular's ("dlrs" is "dlr") and a ticker with an exchange
    code is the ticker ("wamu.o" is "wamu"): `index.store.wire` (nu41 #5, #8).
    """
    from index.store.wire import wire_stem

    return wire_stem(word)


@cache
def _text_analyzer() -> Any:
    from whoosh.analysis import LowercaseFilter

    from index.store.phrase_stops import PhraseStopFilter
    from index.store.wire import wire_stem
    from index.store.words import RecordingStemFilter

    # Whoosh's StemmingAnalyzer with hyphenated words split (`_words`) and the accents
    # folded (Whoosh's accent_map) after the lower-casing, before the stop list and the
    # stemmer: folded after the stemmer, "résumé" would stay "resume" where "resume" is
    # stemmed "resum"; the stemmer notes the words it stems while a segment's writer
    # indexes (`index.store.words`: what a prefix begins)
    stems = RecordingStemFilter(stemfn=wire_stem)
    return _words() | LowercaseFilter() | _fold() | PhraseStopFilter() | stems


@cache
def _names_analyzer() -> Any:
    from whoosh.analysis import LowercaseFilter

    from index.store.phrase_stops import PhraseStopFilter

    # Whoosh's StandardAnalyzer with hyphenated words split and the accents folded: "Sao
    # Paulo" finds "São Paulo"
    return _words() | LowercaseFilter() | _fold() | PhraseStopFilter()


def _words() -> Any:
    """The words of a text, a hyphenated word split into its parts (`HyphenFilter`: "G-7"
    is "g" and "7" in a phrase, "g7" as a loose word) and initialisms given their terms
    (`InitialismFilter`: "U.S." and "US" are "u.s", "N.A.T.O." is "nato"), the first steps
    of both analyzers."""
    from whoosh.analysis import RegexTokenizer

    from index.store.hyphens import WORD_EXPRESSION, HyphenFilter
    from index.store.initialisms import InitialismFilter

    return RegexTokenizer(WORD_EXPRESSION) | HyphenFilter() | InitialismFilter()


FOLD_MORE = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ĳ": "ij",
    "ﬀ": "ff",
    "ﬁ": "fi",
    "ﬂ": "fl",
    "ﬃ": "ffi",
    "ﬄ": "ffl",
    "ﬅ": "st",
    "ﬆ": "st",
    "\u0307": "",
    "\ufffd": "?",
}
"""What Whoosh's accent_map leaves or folds short: "Straße" is "strasse" (not "strase"),
"ﬁnance" "finance", and "İstanbul", lower-cased "i" and a combining dot, "istanbul"; and
U+FFFD, a letter a copy lost, "?" as the copies that lost it as "?" (only inside a word:
`index.store.hyphens.LOST_RUN`; "Garda\ufffd\ufffd" is "garda??", sx45)."""


def _fold() -> Any:
    """Whoosh's accent folding ("é" to "e", "ø" to "o") with `FOLD_MORE`, a step of both
    analyzers."""
    from whoosh.analysis import CharsetFilter

    return CharsetFilter(fold_map())


@cache
def fold_map() -> dict[int, str]:
    """What the analyzers' folding step puts for a (lower-cased) character, as a
    `str.translate` table: Whoosh's accent_map with `FOLD_MORE`."""
    from whoosh.support.charset import accent_map

    return accent_map | {ord(c): v for c, v in FOLD_MORE.items()}


DEFAULT_FIELDS = ("title", "body", "byline", "source", "dateline")
"""Fields a query without a field name searches: the text, and who wrote it, where, for whom."""
FIELD_BOOSTS = {"title": 2.0}
"""BM25F weights: a match in the title counts twice, in any other field once."""
TEXT_FIELDS = ("title", "body")
"""Fields analysed with `TEXT_ANALYZER` (the others keep whole words: names, places)."""
SEARCH_FIELDS = TEXT_FIELDS
"""The text fields, under their old name: bench/raw.py's baseline indexes only these."""


def make_schema() -> Schema:
    """Return a new schema object (Whoosh schemas are mutable, so never share one)."""
    # the same stop words as the text fields: a query word the text fields drop ("the")
    # must not become a required word of the outlet, byline or dateline
    from whoosh.fields import DATETIME, ID, STORED, TEXT, Schema

    names = _names_analyzer()
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        path=STORED(),
        title=TEXT(analyzer=_text_analyzer(), stored=True),
        title_derived=STORED(),
        source=TEXT(analyzer=names, stored=True),
        byline=TEXT(analyzer=names, stored=True),
        dateline=TEXT(analyzer=names, stored=True),
        date=DATETIME(stored=True),
        timed=ID(),  # `TIMED` when the date has a time of day, else absent (dt33)
        body=TEXT(analyzer=_text_analyzer(), stored=True),
        removed=STORED(),
        url=STORED(),
        extra=STORED(),
        provenance=STORED(),  # where each fact came from: {"title": 'line 3: "..."'}
        styles=STORED(),  # Markdown styles over the body: [(start, end, "bold"), ...]
    )


def make_words_analyzer() -> Any:
    """The text analyzer's steps before the stemmer: a text's words as written (lower-cased,
    folded), as a prefix is read (``investigat*``, `index.search.prefixes`)."""
    return _names_analyzer()


def source_key(source: str | None) -> str:
    """The exact-match key of an outlet name, for filters: case- and space-insensitive, and
    the same for every spelling of one outlet ("The New York Times", "New York Times
    (Opinion)": `canonical_outlet`)."""
    # imported here: the outlet table's module loads the cleaning rules' data helpers, which
    # a no-op update (`tests/cli/test_update_parent_imports.py`) never needs
    from index.text.outletnames import canonical_outlet

    return " ".join(canonical_outlet(source or "").lower().split())


TITLE_KEY_CHARS = 256
"""How much of a title its sort key keeps (OpenSearch sorts on a keyword this long)."""
_TITLE_LEAD = re.compile(r"[\W_]+")


def title_key(title: str | None) -> str:
    """What "titles A-Z" sorts on: the title case-folded, its leading quote marks,
    punctuation and spaces ignored, cut to `TITLE_KEY_CHARS` (both engines sort on it:
    "apple" before "Zebra", '"Oil' among the O's)."""
    text = title or ""
    lead = _TITLE_LEAD.match(text)
    if lead is not None:
        text = text[lead.end() :]
    return text.casefold()[:TITLE_KEY_CHARS]
