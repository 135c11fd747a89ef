"""Which earlier story's id each new story carries: one rule for a rebuild and an update.

A rebuild given the previous model (`story_build._story_names`) and an update that groups
some stories again (`story_split._name`, `story_split.rename`) name their stories by this
one function, so the two cannot drift apart (fx69: the update went on to an earlier
story's smaller share when another earlier story took its largest, and kept an id the
rebuild ended, which README's id rule ends).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping


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
