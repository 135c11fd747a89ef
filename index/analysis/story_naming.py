"""Which earlier story's id each new story carries: one rule for a rebuild and an update.

A rebuild given the previous model (`story_names`) and an update that groups
some stories again (`story_split._name`, `story_split.rename`) name their stories by this
one function, so the two cannot drift apart (fx69: the update went on to an earlier
story's smaller share when another earlier story took its largest, and kept an id the
rebuild ended, which README's id rule ends).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from index.analysis.story_build import Previous


def continued(
    ballots: Iterable[tuple[int, int, str, tuple[int, ...]]],
    known: Mapping[int, int],
    blocked: Collection[str] = (),
) -> dict[int, str]:
    """Each new story that continues an earlier one, with that story's id.

    Earlier story O votes only for the new stories holding its largest share of articles
    (all of them when several tie). The votes go in order: most articles, then ``order``
    (the larger story, then the earlier), then O's id. O takes the first story on its list
    that no other earlier story took, and only if at least half of that story's ``known``
    articles (those the earlier stories had) came from O; otherwise O's id ends. An id in
    ``blocked`` (a story kept as it was) is never given.

    Args:
        ballots: ``(story, count, old id, order)``: ``count`` articles of the earlier story
            ``old id`` are in new story ``story``, ranked by ``order`` among ties.
        known: Per new story, its articles the earlier stories had.
        blocked: Ids that stay where they are.
    """
    listed = list(ballots)
    most: dict[str, int] = {}
    for _, count, old, _ in listed:
        most[old] = max(most.get(old, 0), count)
    names: dict[int, str] = {}
    done: set[str] = set()
    tops = sorted((-count, order, old, story) for story, count, old, order in listed)
    for negative, _, old, story in tops:
        if -negative < most[old] or old in done or old in blocked or story in names:
            continue
        done.add(old)
        if -2 * negative >= known.get(story, 0):
            names[story] = old
    return names


def story_id(founder: str, taken: set[str]) -> str:
    """A story's id from its founding article's id; unique among ``taken`` (which it joins)."""
    digest = hashlib.blake2b(founder.encode("utf-8"), digest_size=6).hexdigest()
    candidate, n = f"s{digest}", 1
    while candidate in taken:
        n += 1
        candidate = f"s{digest}-{n}"
    taken.add(candidate)
    return candidate


def story_names(
    labels: np.ndarray, founders: np.ndarray, ids: list[str], previous: Previous | None
) -> list[str]:
    """Story ids: an old story's id goes on only to a story that continues it, else a new id.

    The rule (rv33 #3): old story O's id goes to the new story S holding the most of O's articles
    (ties: the larger S that no other old story took, then the earlier: fx57, fx62), and only if
    at least half of S's articles that the old stories had came from O (articles new to the index
    do not count either way: a story that grew keeps its id). Otherwise O's id ends: its articles
    are told as moved, and the id is not given again (not even to a story founded by O's founder),
    so a ★ never follows a story made mostly of other stories' articles.
    """
    names: list[str | None] = [None] * len(founders)
    taken: set[str] = set()
    if previous is not None:
        overlap: dict[tuple[int, str], int] = {}
        known = [0] * len(founders)  # each new story's articles the old stories had
        for row, article_id in enumerate(ids):
            old = previous.story_of(article_id)
            if old is not None:
                label = int(labels[row])
                known[label] += 1
                overlap[(label, old)] = overlap.get((label, old), 0) + 1
        size = np.bincount(labels, minlength=len(founders)).tolist()
        # the larger story first, then the earlier, as an update orders them (`story_naming`)
        ballots = [(k, n, old, (-size[k], k)) for (k, old), n in overlap.items()]
        taken.update(old for _, old in overlap)  # an ended id is not reused
        chosen = continued(ballots, dict(enumerate(known)))
        names = [chosen.get(k) for k in range(len(founders))]
    return [name or story_id(ids[founders[k]], taken) for k, name in enumerate(names)]
