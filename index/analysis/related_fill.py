"""`StoryModel.related`'s fill: the nearest articles beyond the stored neighbours.

The stored neighbours are the articles within ``window_days`` whose likeness (cosine of
title and lead, fading by ``decay_per_day``) reaches ``floor``: a report four days later on
the same subject fades under it. When they are fewer than the list asks for, the list is
filled from the articles within ``FILL_DAYS`` that share one of the article's heaviest
terms and whose plain cosine reaches ``FILL_FLOOR``. Their score is `FILL_WEIGHT` times the
cosine faded by `FILL_DECAY` a day (`FADE_FAR` past `FADE_KNEE` days: `fade`), on the scale
of a stored neighbour's, and the list is
sorted by score (story-mates first: `related_order`); a stored neighbour outside the story under
`NEIGHBOUR_FLOOR` scores no more than a fill of its cosine would (`outside_ranks`). A row
outside the story of plain cosine `STRONG_COSINE` or more, stored or fill, scores at least
`strong_scores`: it fades slower than the others, so a close follow-up days later goes
before a weak wire of the same day (issue 16); twice as much where either is a full text
(`STRONG_WEIGHT_FULL`).
Only their rows of the term counts are weighed, so a fill costs a few milliseconds once the
counts are read (on the first fill).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.distinct import distinct
from index.analysis.story_rows import Rows, tfidf_at
from index.analysis.vectors import idf

if TYPE_CHECKING:
    from index.analysis.stories import Related, StoryModel

FILL_DAYS = 30.0
"""How far in time a fill may be from the article."""
FILL_FLOOR = 0.115
"""Smallest cosine of a fill: on the tuning half of the labelled AllSides articles, 95% of
their candidates among the distractors (articles of other years: other events) stay under
it (`python -m bench.related_fill`)."""

NEIGHBOUR_FLOOR = 0.065
"""Smallest plain cosine of a stored neighbour outside the story (and sharing no passage)
listed before the fill; one under it is listed after the fill ("N Korea declares ballistic
missile test", 0.064 with an Oroville dam report the same day for sharing "launch", went
before the dam's follow-ups, nu18 #3). Chosen on the tuning half of the labelled AllSides
articles (`bench.stories_eval`): the related recall@2 and precision@1 do not fall from
0.062 to 0.068 (0.911/0.934 at 0.065 against 0.909/0.934 with no such floor); at 0.115,
the fill's floor, they fall to 0.894/0.929."""


FILL_WEIGHT = 0.25
"""A fill's score is this times its faded likeness (plain cosine times
``exp(-FILL_DECAY * days apart)``), on the scale of a stored neighbour's score (nu19 #2: the
fill took the score of the row above it, so rows tied and read out of order). With
`FILL_DECAY`, chosen on the tuning half of the labelled AllSides articles
(`bench.stories_eval`'s related recall@2/precision@1, a grid of 0.2-1.0 by 0-0.5): 0.915/0.941
here, 0.912-0.915/0.941-0.942 over 0.2-0.3 by 0.05-0.15, against 0.911/0.934 before; a
weight of 0.7 or more with a slow fade falls to 0.80-0.88 (fills above real neighbours)."""
FILL_DECAY = 0.075
"""How fast a fill's likeness fades per day apart (the stored neighbours' 0.5 a day would
fade a follow-up a week later under any same-day article sharing a word)."""


STRONG_COSINE = 0.2
"""Plain cosine from which a row outside the story, stored neighbour or fill, scores at least
`STRONG_WEIGHT` times it, faded as a fill is (`strong_scores`; issue 16, st45). The stored
neighbours fade by 0.5 a day, so a same-day wire of likeness 0.11 went before a follow-up of
0.42 days later. Chosen on the tuning halves (`python -m bench.stories_sagas`, `python -m
bench.stories_eval`; grid 0.1-0.5 by 0.28-0.6 by a fade of 0.075-0.3 a day, bench/README):
wire sagas' related recall@2/precision@1 across days 0.760/0.768 -> 0.820/0.824 (all
0.940/0.960 -> 0.948/0.960), AllSides 0.9083/0.9354 -> 0.9057/0.9354. At 0.15 and under the
sagas' precision@1 falls (0.952); at 0.25 the gain halves, at 0.4 it is gone."""
STRONG_WEIGHT = 0.3
"""A strong row's least score is this times its plain cosine, faded by `FILL_DECAY` a day
(`STRONG_COSINE`): over `FILL_WEIGHT`, so a strong fill goes before a weak one. 0.28-0.4 do
about as well; 0.5 and more lift other days' look-alikes above AllSides' same-day mates
(0.885-0.902)."""
STRONG_WEIGHT_FULL = 0.6
"""`STRONG_WEIGHT` for a pair of which either article is a full text (``StoryModel``'s
``long``: `story_length`; issue 16, st80). A full text's mate outside its (wrong or split)
story is told by its whole lead's cosine more than by the day: on the tuning slice C, 3 of
its 7 precision@1 misses had a mate of plain cosine 0.24-0.50 one to four days off under a
same-day article of 0.18-0.26 (`python -m bench.stories_checks --labels
tests/data/story_labels_c.jsonl`). Related recall@2 / precision@1: C 0.857 / 0.900 -> 0.871 /
0.929, the full-text week 0.941 / 0.919 -> 0.946 / 0.937; slices B (0.948 / 0.948) and D
(0.908 / 0.908), held out, and AllSides (short texts: tuning half 0.906 / 0.937, held out
0.906 / 0.932) unchanged. 0.6-0.65 do as well on C; 0.5 loses C's precision@1 gain, 0.7
lowers AllSides' tuning recall@2. Lifting every pair so (no full text asked) falls to
0.887 / 0.920 on AllSides held out: there the same-day mates are short reports. The wire
sagas (`python -m bench.stories_sagas --held-out`) rise too: across days, tuning half 0.820 /
0.824 -> 0.820 / 0.832, held out 0.921 / 0.910 -> 0.966 / 0.985."""


FADE_KNEE = float("inf")
"""Days apart past which a row outside the story would fade by `FADE_FAR` a day, not
`FILL_DECAY` (`fade`): off. Tried at 3 (the stories' window, past which no row is of the
article's event) and 0.015 a day for nu60 #6 ("Texas bans vaccine mandates" lists four Texas
abortion rulings sharing "texas", cosine 0.13-0.17, 3-6 days off, above Newsom's school
vaccine mandate, 0.19, 11 days off; with the knee Newsom's goes first). `python -m
bench.related_others` (st55): on AllSides the first row outside the article's event is of an
event whose neutral headline shares a content word with its own 0.480 -> 0.537 of the time
on the tuning half (0.515 -> 0.567 held out), related recall@2 / precision@1 0.906 / 0.935
-> 0.903 / 0.939 (held out 0.905 / 0.932 -> 0.904 / 0.929; the full-text week 0.932 / 0.910
-> 0.941 / 0.919); but the wire sagas' mates across days (`python -m bench.stories_sagas`,
tuning half) fall 0.820 / 0.824 -> 0.796 / 0.784 (0.804-0.812 / 0.800-0.824 at a knee of
5-7 or 0.03-0.05 a day past it; 0.800 / 0.792 with strong rows keeping one fade): far
look-alikes rise above a saga's next-days wires. Mates first is the issue's aim, so off."""
FADE_FAR = 0.015
"""How fast a row outside the story fades per day past `FADE_KNEE`."""


def fade(apart: np.ndarray, knee: float | None = None, far: float | None = None) -> np.ndarray:
    """The factor a row outside the story ``apart`` days off is faded by: `FILL_DECAY` a day
    up to ``knee`` days (`FADE_KNEE`), ``far`` (`FADE_FAR`) a day past it."""
    knee = FADE_KNEE if knee is None else knee
    far = FADE_FAR if far is None else far
    days = np.abs(apart)
    near = np.minimum(days, knee)
    return np.exp(-FILL_DECAY * near - far * (days - near))


def strong_scores(
    cosine: np.ndarray, apart: np.ndarray, full: np.ndarray | None = None
) -> np.ndarray:
    """The least score of rows outside the story of plain cosine at least `STRONG_COSINE`:
    that cosine times `STRONG_WEIGHT` (`STRONG_WEIGHT_FULL` where ``full``: a pair with a
    full text), faded (`fade`); 0 for the others."""
    weight = STRONG_WEIGHT if full is None else np.where(full, STRONG_WEIGHT_FULL, STRONG_WEIGHT)
    lifted = weight * cosine * fade(apart)
    return np.where(cosine >= STRONG_COSINE, lifted, 0.0)


def outside_scores(
    cosine: np.ndarray,
    apart: np.ndarray,
    rank: np.ndarray,
    inside: np.ndarray,
    full: np.ndarray | None = None,
) -> np.ndarray:
    """`FillIndex.outside_ranks` given the rows' plain ``cosine`` with the article (and
    ``full``: whether each pair has a full text, `strong_scores`)."""
    capped = FILL_WEIGHT * cosine * fade(apart)
    outside = np.where(cosine >= NEIGHBOUR_FLOOR, rank, np.minimum(rank, capped))
    return np.where(inside, rank, np.maximum(outside, strong_scores(cosine, apart, full)))


def full_texts(model: StoryModel) -> np.ndarray | None:
    """Which of ``model``'s articles are full texts (its ``long`` array); None for a model
    saved before it had one (every pair then weighs `STRONG_WEIGHT`)."""
    from index.analysis.story_files import StoryFilesError

    try:
        return np.asarray(model._array("long"), dtype=bool)
    except StoryFilesError:
        return None


@dataclass(frozen=True, slots=True)
class Fill:
    """One article found by the fill: its row, plain cosine and faded likeness."""

    row: int
    cosine: float
    likeness: float
    strong: float = 0.0


class FillIndex:
    """The term counts with their weights, and which rows carry each heavy term."""

    def __init__(
        self,
        counts: tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]],
        df: np.ndarray,
        top_terms: np.ndarray,
        full: np.ndarray | None = None,
    ) -> None:
        self.data, self.indices, self.indptr, self.shape = counts
        self.full = full
        """Which rows are full texts (`full_texts`), or None."""
        self.weights = idf(np.asarray(df), self.shape[0])
        self.top_terms = np.asarray(top_terms)
        self._lookup: tuple[np.ndarray, np.ndarray] | None = None
        """Every row's heavy terms sorted, with their rows: made at the second `sharing`."""
        self._scanned = False

    def counts(self, rows: np.ndarray) -> Rows:
        """The term counts of ``rows`` (reading only theirs of mapped arrays)."""
        starts = np.asarray(self.indptr[rows], np.int64)
        sizes = np.asarray(self.indptr[rows + 1], np.int64) - starts
        indptr = np.concatenate(([0], np.cumsum(sizes)))
        take = np.repeat(starts - indptr[:-1], sizes) + np.arange(indptr[-1])
        return Rows(self.data[take], self.indices[take], indptr, (len(rows), self.shape[1]))

    def sharing(self, terms: np.ndarray) -> np.ndarray:
        """Rows whose heavy terms include one of ``terms``, in order (int32).

        The first ask is one pass over the heavy terms; the next ones search them sorted,
        sorted at the second ask. A one-shot `broadsheet related` asks once: the sort, for
        its one lookup, cost it more than the pass (pf53: 1.2M terms at 100,000 articles,
        116 against 16 ms CPU); the reader's later `r` search as before."""
        if not len(terms):
            return np.empty(0, np.int64)
        if self._lookup is None and not self._scanned:
            self._scanned = True
            held = np.isin(self.top_terms, terms, kind="table").any(axis=1)
            return np.flatnonzero(held).astype(np.int32)
        term_of, row_of = self._lookup or self._sorted()
        lo = np.searchsorted(term_of, terms, side="left")
        hi = np.searchsorted(term_of, terms, side="right")
        return distinct(np.concatenate([row_of[a:b] for a, b in zip(lo, hi, strict=True)]))

    def _sorted(self) -> tuple[np.ndarray, np.ndarray]:
        """Every row's heavy terms, sorted, with their rows (kept: two threads may both
        sort, to the same arrays)."""
        terms = self.top_terms
        rows = np.repeat(np.arange(terms.shape[0], dtype=np.int32), terms.shape[1])
        flat = terms.ravel()
        valid = flat >= 0
        order = np.argsort(flat[valid], kind="stable")
        self._lookup = (flat[valid][order], rows[valid][order])
        return self._lookup

    def cosines(self, row: int, rows: np.ndarray) -> np.ndarray:
        """The plain cosine of ``row`` with each of ``rows``: SciPy's ``tfidf(counts)[1:] @
        tfidf(counts)[0].T`` to the bit, in NumPy alone (`story_rows`: importing
        ``scipy.sparse`` was a third of a one-shot `broadsheet related`). Each sum is
        ``csr_matmat``'s: from 0.0, in float32, in the order of the other row's terms in
        SciPy's weighed rows, which its product with the diagonal of norms stored in
        reverse (`np.add.at` adds in the order given, so the products go reversed)."""
        if not len(rows):
            return np.zeros(0)
        picked = self.counts(np.concatenate(([row], rows)))
        weighed = tfidf_at(picked, np.arange(picked.shape[0]), self.weights)
        first = int(weighed.indptr[1])
        mine = np.zeros(self.shape[1], dtype=np.float32)
        mine[weighed.indices[:first]] = weighed.data[:first]
        products = weighed.data[first:] * mine[weighed.indices[first:]]
        out = np.zeros(len(rows), dtype=np.float32)
        np.add.at(out, (weighed.row_of()[first:] - 1)[::-1], products[::-1])
        return out

    def outside_ranks(
        self, row: int, rows: np.ndarray, apart: np.ndarray, rank: np.ndarray, inside: np.ndarray
    ) -> np.ndarray:
        """The ranks of stored neighbours ``rows``, those ``inside`` the story (or sharing a
        passage) as they are. One outside under `NEIGHBOUR_FLOOR` of plain cosine scores no
        more than a fill of that cosine would (`FILL_WEIGHT` times it, faded), so that it goes
        after the fill; one at `STRONG_COSINE` or more at least `strong_scores`."""
        rows = np.asarray(rows, np.int64)
        cosine = self.cosines(row, rows)
        return outside_scores(cosine, apart, rank, inside, self.pairs_full(row, rows))

    def pairs_full(self, row: int, rows: np.ndarray) -> np.ndarray | None:
        """Whether ``row`` or each of ``rows`` is a full text (None when unknown)."""
        if self.full is None:
            return None
        return self.full[rows] | bool(self.full[row])

    def fill(
        self,
        row: int,
        days: np.ndarray,
        skip: set[int],
        decay: float,
        limit: int,
        floor: float = FILL_FLOOR,
        span: float = FILL_DAYS,
    ) -> list[Fill]:
        """Up to ``limit`` rows like ``row`` (not in ``skip``), nearest first."""
        mine = np.asarray(self.top_terms[row])
        rows = self.sharing(mine[mine >= 0])
        apart = np.abs(days[rows] - days[row])
        if np.isnan(days[row]):
            near = np.isnan(days[rows])
            apart = np.zeros(len(rows))
        else:
            near = apart <= span
        keep = near & (rows != row)
        if skip:
            keep &= ~np.isin(rows, np.fromiter(skip, np.int64, len(skip)))
        rows, apart = rows[keep], apart[keep]
        if not len(rows):
            return []
        cosine = self.cosines(row, rows)
        likeness = cosine * (fade(apart) if decay == FILL_DECAY else np.exp(-decay * apart))
        good = np.flatnonzero(cosine >= floor)
        best = good[np.lexsort((rows[good], -likeness[good]))][:limit]
        strong = strong_scores(cosine, apart, self.pairs_full(row, rows))
        return [
            Fill(int(rows[k]), float(cosine[k]), float(likeness[k]), float(strong[k])) for k in best
        ]

    def related(self, row: int, listed: set[int], limit: int, model: StoryModel) -> list[Related]:
        """`fill` as `StoryModel.related` lists it: its likeness the plain cosine (which
        reached the floor), its score `fill_score` of it (on the scale of a stored
        neighbour's)."""
        from index.analysis.stories import MIN_SCORE, Related

        days = model._array("time")
        fills = self.fill(row, days, listed | {row}, FILL_DECAY, limit)
        words: list[str] = model._meta["why_terms"]
        story = model._array("story")
        mine = [int(t) for t in self.top_terms[row] if t >= 0]
        out = []
        for fill in fills:
            theirs = {int(t) for t in self.top_terms[fill.row] if t >= 0}
            out.append(
                Related(
                    id=model._meta["ids"][fill.row],
                    score=round(max(FILL_WEIGHT * fill.likeness, MIN_SCORE, fill.strong), 4),
                    same_story=bool(story[fill.row] == story[row]),
                    shared_terms=tuple(words[t] for t in mine if t in theirs),
                    shared_passage=False,
                    same_day=bool(np.floor(days[row]) == np.floor(days[fill.row])),
                    likeness=round(min(fill.cosine, 1.0), 4),
                )
            )
        return out
