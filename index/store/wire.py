"""Wire spellings the stemmer is told about: plural unit abbreviations and exchange suffixes.

Porter2 leaves a word without a vowel as it is, so the wire's plural abbreviations
("dlrs", "cts", "shrs") never met their singulars: `dlr` and `dlrs` found 2,250 and 7,570
Reuters articles (nu41 #8). `WIRE_PLURALS` gives each its singular before stemming.

Reuters writes a listed company's ticker with its exchange, ``<WAMU.O>`` (Nasdaq),
``<BP.L>`` (London), and the tokenizer keeps "wamu.o" one word (as it keeps "u.s"): `WAMU`
found nothing (nu41 #5). A word of two or more letters and digits with a dot and an
exchange code (`EXCHANGES`) after it is stemmed as the ticker alone, so `WAMU`, `WAMU.O`
and ``<WAMU.O>`` all find both. In the Reuters corpus such a word is a ticker (or two
words run together at a full stop, "market.A", where the first word is the better term).

A module of its own, so that the pickled schema names `wire_stem` without importing the
schema's module.
"""

from __future__ import annotations

import re
from functools import lru_cache

WIRE_PLURALS = {
    "dlrs": "dlr",
    "cts": "ct",
    "shrs": "shr",
    "mlns": "mln",
    "blns": "bln",
    "pcts": "pct",
    "qtrs": "qtr",
    "yrs": "yr",
    "mths": "mth",
    "lbs": "lb",
    "pts": "pt",
}
"""Plural wire abbreviations without a vowel, which Porter2 keeps whole, to their singular."""

EXCHANGES: tuple[str, ...] = ("a", "as", "ax", "br", "de", "f", "hk", "hkg", "j", "ks", "l")
EXCHANGES += ("mi", "n", "o", "ol", "pa", "s", "si", "st", "t", "to", "v", "z")
"""Exchange codes after a ticker's dot (those the Reuters corpus writes, e.g. O Nasdaq,
N New York, L London, T Tokyo, TO Toronto, PA Paris, AS Amsterdam, HK Hong Kong, Z
Zurich, MI Milan, ST Stockholm, F Frankfurt), and DE, AX, KS."""

TICKER = re.compile(r"(?=[a-z0-9]*[a-z])([a-z0-9]{2,8})\.(?:" + "|".join(EXCHANGES) + r")")
"""A ticker with its exchange, lower-cased: the ticker is the first group."""


@lru_cache(maxsize=1 << 17)
def wire_stem(word: str) -> str:
    """Porter2's stem of a (lower-cased, folded) word, a ticker's exchange code left out
    and a plural wire abbreviation made singular first (see above)."""
    from whoosh.lang.porter2 import stem as porter2

    ticker = TICKER.fullmatch(word)
    if ticker is not None:
        word = ticker.group(1)
    return str(porter2(WIRE_PLURALS.get(word, word)))
