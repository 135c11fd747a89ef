"""A followed story's follow-ups: later articles outside it that `related` finds close to it.

The grouping joins the articles of one event within a few days (`StoryParams.window_days`),
so a report a week later on the same subject is a story of its own, and following the first
story never said so (nu36 #9: the Oroville Dam story of 2017-02-13 and its follow-ups of
02-17 to 03-02, each a one-article story). A follow-up is an article dated after the
story's last article, in another story, whose plain likeness (`Related.likeness`, the
cosine of title and lead) with one of the story's articles reaches `FOLLOWUP_FLOOR`;
`related`'s fill reaches `related_fill.FILL_DAYS` on, so the follow-ups do too.

A later wire whose headline names two or more of the companies the story's headlines name
by ticker (`story_tickers`: its actors, "TWA <TWA>" and "USAIR <U>") needs only
`ACTORS_FLOOR` (st46, issue 16: nu48's next-day "USAIR <U> REJECTS TWA <TWA> TAKEOVER BID"
at 0.264 for the TWA bid story). One company's template wires (its results, its payouts)
name one company, so they are never listed by it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.analysis.stories import StoryModel

FOLLOWUP_FLOOR = 0.325
"""Smallest likeness of a follow-up with one of the story's articles: the lowest whose
precision reaches 0.98 on the tuning half of the labelled AllSides stories, an unrelated
distractor counted wrong (`python -m bench.story_followups`, which says why a later labelled
event counts right). Oroville's follow-ups of 02-24, 02-28 and 03-02 reach it (0.34-0.42)."""

ACTORS_FLOOR = 0.2
"""Smallest likeness of a follow-up naming two of the story's companies (see the module):
chosen on the tuning half of the labelled wire sagas (`python -m bench.stories_sagas
--actors-floor F`: listed right/wrong 34/11 at 0.325, 45/14 at 0.2; the added wrong ones
are TWA bid and USAir/Piedmont wires answering each other)."""

ACTORS = 2
"""How many of the story's companies a headline names to count as about its actors."""

ASKED = 30
"""How many related articles are asked of each of the story's articles (the stored
neighbours, `StoryParams.neighbours`, then the fill)."""


def later_related(
    model: StoryModel,
    members: Sequence[str],
    *,
    limit: int = 5,
    floor: float = FOLLOWUP_FLOOR,
    leave_out: Collection[str] = (),
    actors_floor: float = ACTORS_FLOOR,
) -> list[tuple[str, float]]:
    """Up to ``limit`` articles after the last of ``members`` (a story's articles), in no
    story with them, each with its best likeness to one of them, best first (then by id).

    ``leave_out``: ids never listed (exact copies, listed by their originals). A story with
    no dated article has no follow-ups: nothing is known to come after it. An article
    naming `ACTORS` of the story's companies needs ``actors_floor`` only (see the module).
    """
    import numpy as np

    rows = model._article_index()
    days = model._array("time")
    story = model._array("story")
    mine = [rows[m] for m in members if m in rows]
    dated = [float(days[r]) for r in mine if not np.isnan(days[r])]
    if not dated or limit <= 0:
        return []
    last = max(dated)
    stories = {int(story[r]) for r in mine}
    inside = set(members)
    actors = _Actors(model, mine)
    best: dict[str, float] = {}
    for member in members:
        for related in model.related(member, ASKED):
            row = rows.get(related.id)
            if row is None or related.id in inside or related.id in leave_out:
                continue
            if int(story[row]) in stories or related.likeness < min(floor, actors_floor):
                continue
            if related.likeness < floor and not actors.named_in(row):
                continue
            if np.isnan(days[row]) or float(days[row]) <= last:
                continue
            best[related.id] = max(best.get(related.id, 0.0), related.likeness)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:limit]


class _Actors:
    """The companies a story's headlines name (`story_tickers.tickers`' masks, one per salt
    of `story_tickers.SALTS`), to ask whether a later headline names `ACTORS` of them."""

    def __init__(self, model: StoryModel, rows: Sequence[int]) -> None:
        import numpy as np

        from index.analysis.story_files import StoryFilesError
        from index.analysis.story_tickers import WIDTH

        try:
            masks = model._array("ticker")
        except StoryFilesError:  # a model made before ticker masks: no actors known
            masks = np.zeros((0, 0), np.int64)
        self.about = masks[:, ::WIDTH] if masks.ndim == 2 and masks.shape[1] else None
        self.named = None
        if self.about is not None and len(rows):
            self.named = np.bitwise_or.reduce(self.about[list(rows)], axis=0)

    def named_in(self, row: int) -> bool:
        """Whether headline ``row`` names `ACTORS` of the story's companies, under every
        salt (two companies sharing a bit of one mask count once there)."""
        if self.about is None or self.named is None:
            return False
        shared = self.about[row] & self.named
        return all(int(mask).bit_count() >= ACTORS for mask in shared)


def in_date_order(model: StoryModel, found: Sequence[tuple[str, float]]) -> list[tuple[str, float]]:
    """``found`` (`later_related`'s) in the order of the articles' dates, then ids: a
    follow-up list reads as what happened next (nu48 #7). Each is dated (`later_related`
    lists only articles after the story's last)."""
    rows = model._article_index()
    days = model._array("time")
    return sorted(found, key=lambda kv: (float(days[rows[kv[0]]]), kv[0]))
