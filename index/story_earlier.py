"""An earlier article left out of a story: what the story's "first" cannot see (issue 16).

A story names as first its earliest member; when the grouping left out an earlier report of
the event (nu51 #1: NYT's 10-15 report of the Italian vaccine rule stood alone while the
story said "First: Quartz, 2021-10-18", though `r` listed NYT's 2nd), the first is wrong and
no view said so. The grouping is tuned elsewhere; here a story says which close article
outside it ran earlier: an article `related` lists for the story's first, outside the
story, dated before it (`known_before`), scoring at least the related list's floor
(`WEAKER_SCORE`), whose own nearest article is of this story (so an article of an earlier
event of its own, with story-mates of its own, is not one). On the AllSides labels
(/tmp/st47/measure.py, analyse2.py): of the 18 one-event stories whose first is later than
their event's earliest article, 13 name that article; 6 of the 19 hints on labelled
articles point at another labelled event (each of the same subject: an earlier step of it).
An article with story-mates is never named, though its story may be another part of this
event (nu60 #1: the drone-strike admission split in two): asking for its nearest outside its
own story instead named 150 and 123 more on the AllSides halves, only 10 and 7 of them of
the same labelled event (st55, `python -m bench.related_others --earlier`), so the rule stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.first_dated import known_before
from index.related_floor import WEAKER_SCORE
from index.story_models import RelatedArticle, StoryTimeline

ASKED = 10
"""How many related articles of the first are looked at (a related list's page)."""
MOST = 3
"""How many earlier articles a story names at most."""

Related = Callable[[str, int], Sequence[RelatedArticle]]
"""`Library.related`: an article's related articles, best first, at most so many."""


def earlier_outside(told: StoryTimeline, related: Related) -> tuple[RelatedArticle, ...]:
    """The close articles outside the story dated before its first (see the module), best
    first, `MOST` at most; none when the story has no first."""
    first = told.first
    if first is None or first.date is None:
        return ()
    members = set(told.story.article_ids)  # its copies too: a copy's nearest is of it
    found: list[RelatedArticle] = []
    for row in related(first.id, ASKED):
        if row.same_story or row.id in members or row.date is None or row.score < WEAKER_SCORE:
            continue
        if not known_before(row.date, first.date):
            continue
        nearest = related(row.id, 1)
        if nearest and nearest[0].id in members:
            found.append(row)
    return tuple(found[:MOST])
