"""What `broadsheet stories`, `story` and `related` print with --json: a story, a story told
in time, a related article, as plain records.

Moved out of `tui.cli.stories` (mx42); `story_export` writes the same records.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from index.models import Coverage, RelatedArticle, Story, StoryLag, StoryMember, StoryTimeline
from tui.story_earlier import earlier_record, earlier_records
from tui.story_first import first_tied, iso_when, lag_numbers
from tui.story_form import story_order


def _iso(value: datetime | None) -> str | None:
    return iso_when(value)


def first_record(article: str, source: str | None, date: datetime | None) -> dict[str, Any] | None:
    """``"first"`` of the JSON: the earliest dated article of a known outlet, or None when no
    article is both (first of none: it was an object with a null source and date, nu23 #10)."""
    if not source or date is None:
        return None
    return {"id": article, "source": source, "date": _iso(date)}


def story_record(
    story: Story,
    tied: list[StoryMember],
    followed: bool = False,
    cover: Coverage | None = None,
    earlier: StoryMember | None = None,
) -> dict[str, Any]:
    """A story as `broadsheet stories --json` prints it; ``tied``: its `first_tied`;
    ``cover``: its coverage by side (`index.leans`); ``earlier``: its `earlier_unknown`."""
    cover = cover or Coverage(unknown=story.size)
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.counted),  # each text of an outlet once (`index.copies`)
        "copies": list(story.copies),
        "sources": list(story.sources),
        "first": first_record(story.first, story.first_source, story.first_date),
        "first_tied": [member.id for member in tied],
        "earlier_unknown": earlier_record(earlier),
        "start": _iso(story.start),
        "end": _iso(story.end),
        "followed": followed,
        "coverage": cover.record(),
        "blindspot": cover.blindspot,
    }


def timeline_record(
    told: StoryTimeline,
    followed: bool = False,
    cover: Coverage | None = None,
    earlier: Sequence[RelatedArticle] = (),
) -> dict[str, Any]:
    """A story told in time, as `broadsheet story --json` prints it; ``followed``: the
    notebook follows it (as `story_record` says, rv35 #11); ``cover``: its coverage by
    side (`index.leans`; not given: every article unknown); ``earlier``: close articles
    outside it dated before its first (`Library.earlier_outside`)."""
    first = told.first  # None: no dated article names its outlet (`index.first_dated`)
    cover = cover or Coverage(unknown=len(told.articles))
    return {
        "id": told.story.id,
        "title": told.story.title,
        "articles": [
            {"id": a.id, "title": a.title, "source": a.source, "date": _iso(a.date), "url": a.url}
            for a in story_order(told)
        ],
        "copies": list(told.story.copies),
        "timeline": [
            {"date": d.day.isoformat(), "source": d.source, "count": d.count} for d in told.timeline
        ],
        "first": None if first is None else first_record(first.id, first.source, first.date),
        "first_tied": [member.id for member in first_tied(told)],
        "earlier_unknown": earlier_record(told.earlier_unknown),
        "earlier_outside": earlier_records(earlier),
        "undated": told.undated,
        "lags": [lag_record(told, lag) for lag in told.lags],
        "followed": followed,
        "coverage": cover.record(),
        "blindspot": cover.blindspot,
    }


def lag_record(told: StoryTimeline, lag: StoryLag) -> dict[str, Any]:
    """An outlet's lag in `story --json`, as `story` says it (`lag_numbers`)."""
    hours, days = lag_numbers(told, lag)
    return {"source": lag.source, "hours_after_first": hours, "days_after_first": days}


def related_record(related: RelatedArticle) -> dict[str, Any]:
    """A related article, as `broadsheet related --json` prints it (and why)."""
    return {
        "id": related.id,
        "title": related.title,
        "source": related.source,
        "date": _iso(related.date),
        "score": related.score,
        "same_story": related.same_story,
        "shared_terms": list(related.shared_terms),
        "shared_passage": related.shared_passage,
        "same_day": related.same_day,
        "likeness": related.likeness,
        "days_apart": related.days_apart,
    }
