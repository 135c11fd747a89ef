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
Companies are keyed by bits of a 63-bit mask (`ticker_mask`); two sharing a bit are taken
for one, which only keeps the rule from firing. ``related`` and the stored scores keep the
plain likeness. Chosen on the tuning half of `python -m bench.stories_templates`.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from index.store.wire import TICKER

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs
    from index.analysis.stories import StoryArticle

COPY = 0.999
"""A likeness at or above this is a near copy (scored 1.0): left as it is."""
_BRACKETED = re.compile(r"<([^<>]{1,60})>")
_EDGES = " ()[],.;:'\"-"


def ticker_keys(title: str) -> frozenset[str]:
    """The companies a headline names in angle brackets, lower-cased, a ticker's exchange
    code left out ("<WAMU.O>" gives "wamu"). A bracketed word without a capital letter
    that is no ticker with its exchange ("<b>", an HTML tag) is not a company."""
    keys = set()
    for match in _BRACKETED.finditer(title):
        text = match.group(1).strip(_EDGES)
        low = text.lower()
        ticker = TICKER.fullmatch(low)
        if ticker is not None:
            keys.add(ticker.group(1))
        elif text != low and any(c.isalnum() for c in text):
            keys.add(" ".join(low.split()))
    return frozenset(keys)


def ticker_mask(title: str) -> int:
    """The companies of a headline as bits of a 63-bit mask (0: none named)."""
    mask = 0
    for key in ticker_keys(title):
        mask |= 1 << (zlib.crc32(key.encode()) % 63)
    return mask


LEAD = 400
"""Characters of a body's start whose bracketed companies an article mentions."""


def tickers(articles: Sequence[StoryArticle]) -> np.ndarray:
    """Every article's companies: the `ticker_mask` of its title (what it is about) and of
    its title and lead (what it mentions: "BOEING <BA> SAYS ORDER WORTH ONE BILLION DLRS",
    "...its order ... from AMR Corp <AMR>"), as an (n, 2) int64 array (a title without "<"
    is about none and mentions none)."""
    found = np.zeros((len(articles), 2), dtype=np.int64)
    for row, article in enumerate(articles):
        if "<" in article.title:
            about = ticker_mask(article.title)
            found[row] = about, about | ticker_mask(article.body[:LEAD])
    return found


def companies(series: tuple[np.ndarray, ...] | None) -> np.ndarray | None:
    """The ticker masks of a grouping's ``series`` (source codes, place masks, ticker
    masks: `story_build.group`); None when it has none."""
    return None if series is None or len(series) < 3 else series[2]


def unlike(pairs: Pairs, mask: np.ndarray | None, factor: float) -> Pairs:
    """``pairs`` with the likeness of each pair whose headlines both name companies, none
    that the other article names (``mask``: every row's companies, `tickers`), times
    ``factor`` (near copies and, with ``mask`` None or ``factor`` 1, kept as is)."""
    i, j, s = pairs
    if mask is None or factor == 1.0 or not len(s):
        return pairs
    about, told = mask[:, 0], mask[:, 1]
    clash = (about[i] != 0) & (about[j] != 0) & (s < COPY)
    clash &= ((about[i] & told[j]) == 0) & ((about[j] & told[i]) == 0)
    if not clash.any():
        return pairs
    return i, j, np.where(clash, s * np.float32(factor), s).astype(s.dtype, copy=False)


__all__ = ["companies", "ticker_keys", "ticker_mask", "tickers", "unlike"]
