"""Full texts: two whole articles on one event share fewer of their lead's words than two
feed items do, so the clustering counts their likeness a little higher.

A feed item (or AllSides' opening paragraphs, about 90 words) is mostly the event itself: its
150 lead words are all the article has, and two reports of one event share many of them. A
full text's lead is only its start: reports, analyses and reactions to one event (a news
conference, an awards night) open on different angles and share few lead words, though
nothing else in the corpus is as close to them (on the labelled full-text week, pairs of one
event scored 0.1-0.27 where the threshold is 0.275). Counting the likeness of two articles of
`StoryParams.long_words` words or more `StoryParams.long_factor` times lowers the bar for
them alone; articles of fewer words (every labelled AllSides article) are grouped as before.
Chosen on the tuning half of the full-text week (`python -m bench.stories_length`); ``related``
and the stored scores keep the plain likeness.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs
    from index.analysis.stories import StoryArticle
    from index.analysis.story_params import StoryParams

COPY = 0.999
"""A likeness at or above this is a near copy (scored 1.0): left as it is."""
MOST = 0.99
"""The most a raised likeness reaches: never a near copy's."""


def words_of(article: StoryArticle) -> int:
    """The article's body length in words (`StoryArticle.words`, else its ``body``'s)."""
    return len(article.body.split()) if article.words is None else article.words


def longs(articles: Sequence[StoryArticle], least: int) -> np.ndarray:
    """For every article, whether its body has at least ``least`` words (bool)."""
    return np.array([words_of(a) >= least for a in articles], dtype=bool)


def lengthen(
    pairs: Pairs,
    long: np.ndarray | None,
    factor: float,
    source: np.ndarray | None = None,
    one_outlet: float | None = None,
) -> Pairs:
    """``pairs`` with the likeness of each pair of two ``long`` articles times ``factor``,
    raised to at most `MOST` (near copies and, with ``long`` None or ``factor`` 1, every
    pair kept as is). With ``source`` (each article's outlet code, -1 unknown) and
    ``one_outlet`` given, a pair of one known outlet counts ``one_outlet`` times instead."""
    i, j, s = pairs
    if long is None or not len(s):
        return pairs
    times: np.ndarray | np.float32 = np.float32(factor)
    if source is not None and one_outlet is not None and one_outlet != factor:
        same = (source[i] == source[j]) & (source[i] >= 0)
        times = np.where(same, np.float32(one_outlet), np.float32(factor)).astype(np.float32)
    elif factor == 1.0:
        return pairs
    both = long[i] & long[j] & (s < COPY)
    raised = np.maximum(s, np.minimum(s * times, np.float32(MOST)))
    return i, j, np.where(both, raised, s).astype(s.dtype, copy=False)


def long_lift(
    pairs: Pairs, long: np.ndarray | None, params: StoryParams, series: Sequence[np.ndarray] | None
) -> Pairs:
    """`lengthen` as the grouping asks it: ``params.long_factor``, and
    ``params.long_one_outlet`` (when set) for a pair of one outlet (``series``' first
    array: each article's source code)."""
    source = None if series is None else series[0]
    return lengthen(pairs, long, params.long_factor, source, params.long_one_outlet)


__all__ = ["lengthen", "long_lift", "longs", "words_of"]
