"""Words the wires write short: a searched word whose wire abbreviation the index holds far
more often gets a suggestion to look for both.

In 3,000 Reuters wires `million` found 22 articles and `mln` 1,366; `percent` 2, `pct`
951; `dollars` 132, `dlrs` 1,368 (nu46 #7). The sets stay what was typed (a word is not
its abbreviation: "mln" is no English word, and a search for "million" that found "mln"
would light words the user never typed); the search says what the wires write instead,
"wires write mln (1,366 articles; million 22): try `million OR mln`", on the CLI's stderr
and under the reader's search bar.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.search.limits import QueryError
from index.store.wire import WIRE_PLURALS

WIRE_WORDS = {
    "million": "mln",
    "millions": "mln",
    "billion": "bln",
    "billions": "bln",
    "percent": "pct",
    "dollar": "dlr",
    "dollars": "dlrs",
    "sterling": "stg",
    "cent": "cts",
    "cents": "cts",
    "share": "shr",
    "shares": "shrs",
    "quarter": "qtr",
    "quarters": "qtrs",
}
"""Words, lower-cased, to the wire's abbreviation of them (Reuters' style)."""
FAR_MORE = 2
"""How many times as many articles the abbreviation must find as the word."""
FEWEST = 3
"""The fewest articles the abbreviation must find to be worth a word."""

_QUOTED = re.compile(r'"[^"]*"')
_WORD = re.compile(r"(?<![\w:.*?~&<>-])[A-Za-z]+(?![\w:.*?~&<>])")
"""A loose word: not a field's name or value, a wildcard, a fuzzy term, a ticker."""


def typed_words(text: str) -> list[str]:
    """The loose words of a query, lower-cased, in order: quoted parts, operators and the
    words after NOT or a minus left out."""
    outside = _QUOTED.sub(" ", text)
    words: list[str] = []
    negated = False
    for match in _WORD.finditer(outside):
        word = match.group()
        if word in ("AND", "OR", "NOT", "ANDNOT"):
            negated = word in ("NOT", "ANDNOT")
            continue
        if not negated:
            words.append(word.lower())
        negated = False
    return words


def _singular(word: str) -> str:
    return WIRE_PLURALS.get(word, word)


def wire_hint(text: str, count: Callable[[str], int]) -> str | None:
    """What to say of ``text``'s words that the wires write short (see above), else None.

    ``count`` gives the articles a query finds (the whole index: what the wires write, not
    what a filter keeps). A word is left alone when its abbreviation is typed too.
    """
    words = typed_words(text)
    typed = {_singular(word) for word in words}
    said: list[str] = []
    for word in dict.fromkeys(words):
        short = WIRE_WORDS.get(word)
        if short is None or _singular(short) in typed:
            continue
        try:
            word_found, short_found = count(word), count(short)
        except QueryError:
            continue
        if short_found >= FEWEST and short_found >= FAR_MORE * max(word_found, 1):
            said.append(
                f"wires write {short} ({short_found:,} articles; {word} {word_found:,}): "
                f"try `{word} OR {short}`"
            )
    return "; ".join(said) or None
