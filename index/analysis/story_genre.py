"""Opinion or news: a cheap genre cue that keeps a commentary out of the event it discusses.

Most wrong merges of the stories are an opinion piece joined to the news event it comments
on: it names the same people and numbers, so word overlap cannot tell them apart. Their
form can, roughly: an opinion piece sits under an opinion address or argues in its title
("should", "must", "why", a question); a news report's lead says when it happened
("on Tuesday", "yesterday"). On the AllSides tuning half (`python -m bench.stories_genre`)
47 of 128 roundup articles are marked OPINION and 26 NEWS, against 23 and 470 of 630 news
articles. The clustering weighs the likeness of an opinion/news pair down by
`StoryParams.genre_factor`; `related` and the stored scores keep the plain likeness.

An essay desk's address (`DESK_ADDRESS`: a feature, an opinion column, a contributor's blog)
says more: the piece reports no event, whatever its lead says. The labels agree (st88, issue
16): of the labelled full-text weeks' articles under such an address, 41 of 43 are alone (the
old week 30 of 32, slice C 11 of 11). `genre_of` adds the `DESK` flag to such an article's
code, and `desk_weigh` counts `StoryParams.desk_factor` of the likeness of any pair of two
full texts (`story_length`) with one: the old week's pair precision 0.955 -> 0.974
(`python -m bench.stories_desks`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from index.analysis.pairs import Pairs
    from index.analysis.stories import StoryArticle

OTHER, OPINION, NEWS, DIGEST = 0, 1, 2, 3
"""Genre codes (int8): neither cue, an opinion cue, a dated news lead without one, a page of
briefs (`DIGEST_TITLE`)."""
DESK = 4
"""A flag added to the code (``code | DESK``) of an article under an essay desk's address."""
CODE = 3
"""The mask of a code without its flag."""

_OPINION_ADDRESS = re.compile(
    r"opinion|commentary|column|/corner/|editorial|op-ed|/blogs?/|/ideas/|/voices/|/analysis/"
    r"|perspective",
    re.IGNORECASE,
)
_ARGUING_TITLE = re.compile(r"\b(?:should|must|needs? to|ought|can't|won't|why|let's)\b|[?!]")
"""Read in a lowercased title (case-sensitive patterns are faster than IGNORECASE)."""
_DATED_LEAD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day\b")
"""Read in a lowercased lead: a day of the week, "yesterday" or "today"."""
_DIGEST_TITLE = re.compile(r"(?:news )?in brief\b|week in pictures\b")
"""Read at the start of a lowercased title: a page of several unrelated briefs ("News in
Brief", China Daily's "IN BRIEF (Page 24)", "Week in pictures: ..."); joined to the story
of one of its items it is a wrong merge (st65, issue 16: RTE's "News in Brief" joined the
ECJ's headscarf ruling it announced among others)."""
DESK_ADDRESS = re.compile(
    r"/indepth/(?:features|opinion)/|_b_\d+|/opinions?/|/blogs?/|/commentary/|/op-?ed/"
    r"|/editorials?/|/columnists?/",
    re.IGNORECASE,
)
"""An address under a desk that writes essays, not the day's reports (Al Jazeera's
``/indepth/features/``, HuffPost's contributor blogs ``..._b_14718484.html``, a paper's
``/opinions/``). Photo galleries (``/indepth/inpictures/``) and explainers (``-explained/``)
are left out: the labels put them in the events they show or explain."""
LEAD_WORDS = 60
"""Words of the body read for a day name."""
COPY = 0.999
"""A likeness at or above this is a near copy (scored 1.0): never weighed down."""


def genre_of(article: StoryArticle) -> int:
    """`DIGEST`, `OPINION`, `NEWS` or `OTHER` for one article, with the `DESK` flag added
    when its address is an essay desk's (see the module's docstring)."""
    code = _code(article)
    return code | DESK if DESK_ADDRESS.search(article.url or "") else code


def _code(article: StoryArticle) -> int:
    if _DIGEST_TITLE.match(article.title.lower()):
        return DIGEST
    if _OPINION_ADDRESS.search(article.url or "") or _ARGUING_TITLE.search(article.title.lower()):
        return OPINION
    lead = " ".join(article.body.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS]).lower()
    return NEWS if _DATED_LEAD.search(lead) else OTHER


def genres(articles: Sequence[StoryArticle]) -> np.ndarray:
    """The genre code of every article, as int8."""
    return np.array([genre_of(a) for a in articles], dtype=np.int8)


def weigh(pairs: Pairs, genre: np.ndarray | None, factor: float) -> Pairs:
    """``pairs`` with the likeness of each opinion/news pair, and of each pair with a
    `DIGEST`, times ``factor`` (near copies and, with ``genre`` None or ``factor`` 1,
    everything kept as is)."""
    i, j, s = pairs
    if genre is None or factor == 1.0 or not len(s):
        return pairs
    gi, gj = genre[i] & CODE, genre[j] & CODE
    mixed = ((gi == OPINION) & (gj == NEWS)) | ((gi == NEWS) & (gj == OPINION))
    mixed |= (gi == DIGEST) | (gj == DIGEST)
    mixed &= s < COPY
    return i, j, np.where(mixed, s * np.float32(factor), s).astype(s.dtype, copy=False)


def desk_weigh(
    pairs: Pairs, genre: np.ndarray | None, long: np.ndarray | None, factor: float
) -> Pairs:
    """``pairs`` with the likeness of each pair of two ``long`` articles (full texts), one
    or both under an essay desk's address (`DESK`), times ``factor`` (near copies, and
    everything with ``genre`` or ``long`` None or ``factor`` 1, kept as is)."""
    i, j, s = pairs
    if genre is None or long is None or factor == 1.0 or not len(s):
        return pairs
    hit = ((genre[i] | genre[j]) & DESK).astype(bool) & long[i] & long[j] & (s < COPY)
    return i, j, np.where(hit, s * np.float32(factor), s).astype(s.dtype, copy=False)


__all__ = [
    "DESK",
    "DESK_ADDRESS",
    "DIGEST",
    "NEWS",
    "OPINION",
    "OTHER",
    "desk_weigh",
    "genre_of",
    "genres",
    "weigh",
]
