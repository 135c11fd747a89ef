"""One outlet's same headline on different days: a daily report is not one story (issue 16).

A wire files some reports every day under one headline, the figures changed: "U.K. MONEY
MARKET DEFICIT FORECAST AT 800 MLN STG" on Monday, "... AT 350 MLN STG" on Tuesday, "FED
ADDS RESERVES VIA CUSTOMER REPURCHASES" most days of a month. Their words are the form's,
so the likeness chained a month of them into one "story". Two articles of one outlet whose
headlines are the same once their figures are left out (the headline's `form`) and that
are dated on different days (UTC) report different days' events when the outlet files
that form as a daily series (`_series`: on 3+ days, or twice at the same hour of the day;
st44, nu48 #3: one deal rewritten the next morning under its headline is no series): the
clustering counts `StoryParams.daily_factor` of their likeness. A story told over days is
headlined anew as it moves; the same headline again on the same day (a repeat, a correction) is left
alone, as are undated articles and headlines of different outlets. A near copy of the
day before (the same text, figures aside: "HOG AND CATTLE SLAUGHTER GUESSTIMATES") is
weighed too, and is not folded with it as one article (`not_copies`, st41), unless it
is word for word the same (a resend: its `text` digest). Chosen on
the tuning half of `python -m bench.stories_templates`; ``related`` and the stored
scores keep the plain likeness.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.story_tickers import clashes, companies

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs
    from index.analysis.stories import StoryArticle

COPY = 0.999
"""A likeness at or above this is a near copy (scored 1.0)."""
SERIES_DAYS = 3
"""An outlet's headline form on at least this many UTC days is a daily series (st44)..."""
SAME_HOUR = 60
"""...as are two of its articles on different days filed within this many minutes of the
same time of day (a report of each morning); a rewrite the next day at another hour (the
same deal, 17 h on: nu48 #3) is neither."""
_FIGURE = re.compile(r"\d+(?:[.,/-]\d+)*")


def form(title: str) -> int:
    """A headline's form as a nonzero number: its words in capitals, each figure ("800",
    "7-3/4", "1.00") as one sign; 0 for no headline."""
    words = " ".join(_FIGURE.sub("#", title.upper()).split())
    return zlib.crc32(words.encode("utf-8")) + 1 if words else 0


def day_of(date: datetime | None) -> int:
    """The UTC day of ``date`` as a day number (a naive date read as UTC); -1 undated."""
    if date is None:
        return -1
    aware = date if date.tzinfo else date.replace(tzinfo=UTC)
    return math.floor(aware.timestamp() / 86400.0)


def minute_of(date: datetime | None) -> int:
    """The minute of the UTC day of ``date`` (a naive date read as UTC; a date without a
    time is minute 0); -1 undated."""
    if date is None:
        return -1
    aware = date if date.tzinfo else date.replace(tzinfo=UTC)
    return int(aware.timestamp() // 60) % 1440


def forms(articles: Sequence[StoryArticle]) -> np.ndarray:
    """Every article's headline `form`, `day_of` its date, `text` digest and `minute_of`
    its date, as an (n, 4) int64 array."""
    found = np.zeros((len(articles), 4), dtype=np.int64)
    for row, article in enumerate(articles):
        found[row] = (
            form(article.title),
            day_of(article.date),
            text(article),
            minute_of(article.date),
        )
    return found


def text(article: StoryArticle) -> int:
    """A nonzero digest of an article's headline and text, as written: the same wire
    sent again (Tokyo's morning is the evening before in UTC) has the same."""
    return zlib.crc32(f"{article.title}\n{article.body}".encode()) + 1


def daily(series: tuple[np.ndarray, ...] | None) -> np.ndarray | None:
    """The forms and days of a grouping's ``series`` (source codes, place masks, ticker
    masks, forms: `story_build.group`); None when it has none."""
    return None if series is None or len(series) < 4 else series[3]


def days_apart(
    pairs: Pairs, source: np.ndarray | None, found: np.ndarray | None, factor: float
) -> Pairs:
    """``pairs`` with the likeness of each pair of one outlet (``source``: every row's code,
    -1 unknown) whose headlines have one form on different days of a daily series
    (``found``: `forms`; `_series`) times
    ``factor`` (with ``found`` None or ``factor`` 1, kept as is). A near copy of the
    day before counts so too: `not_copies` keeps it from being folded as one article."""
    i, j, s = pairs
    if source is None or found is None or factor == 1.0 or not len(s):
        return pairs
    clash = _clash(i, j, source, found)
    if not clash.any():
        return pairs
    return i, j, np.where(clash, s * np.float32(factor), s).astype(s.dtype, copy=False)


def _clash(i: np.ndarray, j: np.ndarray, source: np.ndarray, found: np.ndarray) -> np.ndarray:
    """Whether each pair is one outlet's (``source``, -1 unknown) one headline form on
    different UTC days of a daily series (``found``: `forms`; `_series`, when it has the
    minute column)."""
    shape, day = found[:, 0], found[:, 1]
    clash = (shape[i] == shape[j]) & (shape[i] != 0) & (source[i] == source[j]) & (source[i] >= 0)
    clash &= (day[i] != day[j]) & (day[i] >= 0) & (day[j] >= 0)
    if found.shape[1] < 4 or not clash.any():
        return np.asarray(clash)
    return np.asarray(clash & _series(source, found)[i])


def _series(source: np.ndarray, found: np.ndarray) -> np.ndarray:
    """Whether each row's outlet (``source``) files its headline form (``found``: `forms`)
    as a daily series: on `SERIES_DAYS` or more UTC days, or on two with two of them filed
    within `SAME_HOUR` minutes of the same time of day. One wire on each of two days at
    other hours (a rewrite) is no evidence of one."""
    shape, day, minute = found[:, 0], found[:, 1], found[:, 3]
    rows = np.flatnonzero((shape != 0) & (source >= 0) & (day >= 0))
    out = np.zeros(len(found), dtype=bool)
    if not len(rows):
        return out
    key = np.stack((source[rows].astype(np.int64), shape[rows]), axis=1)
    keys, of_row = np.unique(key, axis=0, return_inverse=True)
    of_row = of_row.reshape(-1)
    days = np.unique(np.stack((of_row, day[rows]), axis=1), axis=0)
    count = np.bincount(days[:, 0], minlength=len(keys))
    series = count >= SERIES_DAYS
    for k in np.flatnonzero(count == 2):  # two days: at the same time of day?
        mine = rows[of_row == k]
        first = day[mine] == day[mine].min()
        gap = np.abs(minute[mine[first]][:, None] - minute[mine[~first]][None, :])
        series[k] = bool((np.minimum(gap, 1440 - gap) <= SAME_HOUR).any())
    out[rows] = series[of_row]
    return out


def not_copies(pairs: Pairs, series: tuple[np.ndarray, ...] | None) -> Pairs:
    """``pairs`` without the near copies (likeness `COPY` or more) that are one outlet's
    one headline form on different days (``series``: `story_build.group`'s): a daily
    report copied from the day before (figures aside) is that day's article, so the
    grouping's fold of near copies (`story_copies.originals`) must not make one article
    of a month of them (st41); nor those whose headlines of the issue form name different
    issuers (`story_tickers.clashes`: two companies' payout tables are near copies,
    figures aside, st43; other headlines naming two companies, banks' prime rate rises,
    fold). The pairs to find originals by; the copies of search and the reader
    (`index.copies`) are not these."""
    i, j, s = pairs
    if series is None or not len(s):
        return pairs
    copy = s >= COPY
    if not copy.any():
        return pairs
    found, mask = daily(series), companies(series)
    dropped = np.zeros(len(s), dtype=bool)
    if found is not None:
        dropped = _clash(i, j, series[0], found)
        if found.shape[1] > 2:  # the same words sent again: a resend, not the next day's
            dropped &= (found[i, 2] != found[j, 2]) | (found[i, 2] == 0)
    if mask is not None and mask.ndim == 2:
        dropped |= clashes(i, j, mask, named=False)
    if not (copy & dropped).any():
        return pairs
    kept = ~(copy & dropped)
    return i[kept], j[kept], s[kept]


__all__ = ["daily", "day_of", "days_apart", "form", "forms", "not_copies"]
