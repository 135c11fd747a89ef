"""The order of `StoryModel.related`'s rows: its story's first, unless a full text's nearest
outside the story is much the closer (issue 16, st93).

A related list puts the article's story-mates first, then the nearest others, each group by
score. When the asked article or a row outside the story is a full text (``long``:
`story_length`), that row goes before each story-mate whose score times `STORY_LEAD` it
reaches: full texts' stories join other events more often (slice C's pair precision is
0.78, AllSides' 0.95), so a story-mate there is a weaker promise than a much closer article
outside. The rows of each group keep their order, so an outside row never passes a closer
outside row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from index.analysis.stories import Related

STORY_LEAD = 1.5
"""How many times a story-mate's score a row outside the story, of a pair with a full text,
must score to go before it. Chosen on the tuning data (`python -m bench.related_misses`,
bench/README): at 1.3-2.0 slice C's related recall@2 / precision@1 rise 0.871 / 0.929 ->
0.886-0.893 / 0.943 (at 1.5, one article: a full text's mate four days off, plain cosine
0.50, under two story-mates of 0.16 and 0.12 that are of another event), while the week's
tuning half (0.977 / 0.985), AllSides' tuning half (0.906 / 0.937) and the wire sagas keep
their figures; at 1.1 C falls (0.886 / 0.900). Held out, read once: B 0.948 / 0.948 and
AllSides 0.906 / 0.932 unchanged, D 0.908 / 0.908 -> 0.914 / 0.908."""


def story_first(rows: Sequence[Related], full: Iterable[bool] | None = None) -> list[Related]:
    """``rows`` in related order: story-mates first, each group by score (stable); a row
    outside the story with ``full`` true (a pair with a full text) goes before the
    story-mates whose score times `STORY_LEAD` it reaches (see the module). Without
    ``full``, story-mates all go first."""
    flags = list(full) if full is not None else [False] * len(rows)
    mates = sorted((r for r in rows if r.same_story), key=lambda r: -r.score)
    others = sorted(
        ((r, f) for r, f in zip(rows, flags, strict=True) if not r.same_story),
        key=lambda pair: -pair[0].score,
    )
    out: list[Related] = list(mates)
    floor = 0  # an outside row never goes before the one placed before it
    for row, lifted in others:
        at = len(out)
        while lifted and at > floor and out[at - 1].same_story:
            if row.score < STORY_LEAD * out[at - 1].score:
                break
            at -= 1
        out.insert(at, row)
        floor = at + 1
    return out


def each_group(order: np.ndarray, same: np.ndarray, limit: int) -> np.ndarray:
    """The first ``limit`` of ``order`` (indices of rows, best first in each group) among the
    story-mates (``same``), then the first ``limit`` among the others: `story_first` keeps
    each group's order, so its first ``limit`` rows are drawn from these alone (a shorter
    list is a prefix of a longer one, and no more rows are made than may be shown)."""
    import numpy as np

    mates = np.asarray(same, dtype=bool)[order]
    return np.concatenate((order[mates][:limit], order[~mates][:limit]))
