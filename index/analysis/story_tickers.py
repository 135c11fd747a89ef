"""Headlines about different companies by ticker: a cue that keeps template series apart
(issue 16, nu41 #1).

A wire files one form for every company: "ADOBE RESOURCES CORP <ADB> 3RD QTR NET", "COBANCO
INC <CBCO> YEAR NET". Their words are the form's, so the likeness joined 18 companies'
quarterly results into one "story". Reuters names a listed company in a headline by its
ticker in angle brackets (``<ADB>``, ``<WAMU.O>`` with its exchange, `index.store.wire`) and
an unlisted one by its name so bracketed (``<CINRAM LTD>``). Two articles whose headlines
each name a company so, neither naming (in its headline or lead) a company of the other's
headline, are about different companies: the clustering counts `StoryParams.ticker_factor`
of their likeness. Average linkage weighs every pair of two groups, so a third article
like both does not chain them unless the groups' average still clears the threshold.
A merger ("A <X> TO BUY B <Y>", "B <Y> ACCEPTS") shares a ticker, and an order told from
both sides ("BOEING <BA> SAYS ORDER WORTH ONE BILLION DLRS" and "AMR <AMR> TO ACQUIRE 40
LONG-RANGE JET AIRCRAFT": Boeing's lead names "AMR Corp <AMR>") is left alone, as is every
headline naming none: a corpus that writes no tickers gets the stories it had. Unlike
`story_places`, outlets are not asked: a ticker names one company whoever writes it.
Companies are keyed by bits of a 63-bit mask (`ticker_mask`); two sharing a bit in every
mask (`SALTS`) are taken for one, which only keeps the rule from firing. ``related`` and
the stored scores keep the plain likeness. Chosen on the tuning half of `python -m
bench.stories_templates`.
Headlines of one issue form ("CAECL ISSUES 12 BILLION YEN EUROBOND") naming different
issuers, bracketed or not, count so too (`story_issuers`, st43: a third column), and
every mask is kept twice, under two hashes (`SALTS`).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.story_issuers import issuer_words
from index.store.wire import TICKER

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs
    from index.analysis.stories import StoryArticle

_BRACKETED = re.compile(r"<([^<>]{1,60})>")
_PARENTHESISED = re.compile(r"\(([A-Z0-9]{2,8}\.[A-Z]{1,2})\)")
"""A ticker with its exchange in round brackets, as some wires write it ("KAUFEL GROUP LTD
(KGL.M) 3RD QTR NET"): two to eight capitals or figures, a dot and a one- or two-letter
exchange code."""
_EDGES = " ()[],.;:'\"-"


def ticker_keys(title: str) -> frozenset[str]:
    """The companies a headline names in angle brackets, lower-cased, a ticker's exchange
    code left out ("<WAMU.O>" gives "wamu"). A bracketed word without a capital letter
    that is no ticker with its exchange ("<b>", an HTML tag) is not a company. A ticker
    with its exchange in round brackets ("(KGL.M)", `_PARENTHESISED`) names its company as
    "<KGL.M>" does (st46); other round brackets ("(U.S.)", "(TWA)") name none."""
    keys = set()
    found = [*_BRACKETED.finditer(title), *_PARENTHESISED.finditer(title)]
    for match in found:
        text = match.group(1).strip(_EDGES)
        low = text.lower()
        ticker = TICKER.fullmatch(low)
        if ticker is not None:
            keys.add(ticker.group(1))
        elif text != low and any(c.isalnum() for c in text):
            keys.add(" ".join(low.split()))
    return frozenset(keys)


def ticker_mask(title: str, salt: int = 0) -> int:
    """The companies of a headline as bits of a 63-bit mask (0: none named), each company
    a bit chosen by a hash ``salt`` varies (`bit`)."""
    return _mask(ticker_keys(title), salt)


def bit(key: str, salt: int = 0) -> int:
    """The bit of a 63-bit mask that stands for ``key``; two keys share it one time in 63,
    the same two keys under another ``salt`` (almost always) not."""
    return 1 << (zlib.crc32(key.encode(), salt) % 63)


SALTS = (0, 0x5EED)
"""One mask per salt: two companies are taken for one only when they share a bit in
every mask (1 in ~4,000 pairs, not the 1 in 63 of one mask: "K-TRON <KTII>" and "<POWER
CORP OF CANADA>" did, and their results joined)."""
WIDTH = 3
"""Columns per salt in `tickers`: the headline's companies, those its lead names too, and
its issuer (`story_issuers`)."""


LEAD = 400
"""Characters of a body's start whose bracketed companies an article mentions."""


def tickers(articles: Sequence[StoryArticle]) -> np.ndarray:
    """Every article's companies: the `ticker_mask` of its title (what it is about) and of
    its title and lead (what it mentions: "BOEING <BA> SAYS ORDER WORTH ONE BILLION DLRS",
    "...its order ... from AMR Corp <AMR>"), and the `issuer_mask` of its title, for each
    of `SALTS`, as an (n, 6) int64 array (a title without "<" or "(" is about none and
    mentions none; one not of the issue form has no issuer)."""
    # each title's and lead's keys found once, hashed per salt (`ticker_mask`,
    # `issuer_mask` found them again for each: 1.54 -> 0.95 CPU s at 100,000, st91)
    found: list[int] = []
    for article in articles:
        title = article.title
        named = "<" in title or "(" in title
        about_keys = ticker_keys(title) if named else frozenset()
        told_keys = ticker_keys(article.body[:LEAD]) if named else frozenset()
        issuer = issuer_words(title)
        for salt in SALTS:
            about = _mask(about_keys, salt)
            found += (about, about | _mask(told_keys, salt), _mask(issuer, salt))
    return np.array(found, dtype=np.int64).reshape(len(articles), WIDTH * len(SALTS))


def _mask(keys: frozenset[str], salt: int) -> int:
    """The `bit` of every key, or'ed (0: none)."""
    mask = 0
    for key in keys:
        mask |= bit(key, salt)
    return mask


def companies(series: tuple[np.ndarray, ...] | None) -> np.ndarray | None:
    """The ticker masks of a grouping's ``series`` (source codes, place masks, ticker
    masks: `story_build.group`); None when it has none."""
    return None if series is None or len(series) < 3 else series[2]


def unlike(pairs: Pairs, mask: np.ndarray | None, factor: float) -> Pairs:
    """``pairs`` with the likeness of each pair that `clashes` by ``mask`` (every row's
    companies and issuer, `tickers`) times ``factor`` (with ``mask`` None or ``factor`` 1,
    kept as is). A near copy counts so too; of two issuers (payout tables of two companies
    are near copies, figures aside) `story_daily.not_copies` keeps it from being folded as
    one article, while near copies naming two companies otherwise stay one (banks raising
    the prime rate: one concerted move)."""
    i, j, s = pairs
    if mask is None or factor == 1.0 or not len(s):
        return pairs
    clash = clashes(i, j, mask)
    if not clash.any():
        return pairs
    return i, j, np.where(clash, s * np.float32(factor), s).astype(s.dtype, copy=False)


def clashes(i: np.ndarray, j: np.ndarray, mask: np.ndarray, named: bool = True) -> np.ndarray:
    """Whether each pair's headlines are of the issue form with different issuers, none's
    words all the other's and no ticker bracketed in both (one company's "... <X> QTLY
    DIVIDEND" and "... <X> IN PAYOUT", rv51), or (``named``) both name companies, none
    that the other article names (``mask``: `tickers`; an older model's two columns: no
    issuers), under any one hash."""
    clash = np.zeros(len(i), dtype=bool)
    for start in range(0, mask.shape[1] - 1, WIDTH):  # apart in any one salt's masks
        about, told = mask[:, start], mask[:, start + 1]
        if named:
            apart = (about[i] != 0) & (about[j] != 0)
            clash |= apart & ((about[i] & told[j]) == 0) & ((about[j] & told[i]) == 0)
        if mask.shape[1] > start + 2:
            a, b = mask[i, start + 2], mask[j, start + 2]
            issuers = (a != 0) & (b != 0) & ((a & ~b) != 0) & ((b & ~a) != 0)
            clash |= issuers & ((about[i] & about[j]) == 0)  # one bracketed ticker: one issuer
    return clash


__all__ = [
    "SALTS",
    "WIDTH",
    "bit",
    "clashes",
    "companies",
    "ticker_keys",
    "ticker_mask",
    "tickers",
    "unlike",
]
