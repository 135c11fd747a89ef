"""Who reported a story first, said honestly: outlets dated the same as the first tie with it.

A date without a time (most feeds and pages give only the day) puts every outlet of that day
at "+0h": listing them as followers of the first, in alphabetical order, invents an order the
articles do not give (a new user read "First: ABC News, then: Al Jazeera +0h, BBC News +0h").
"""

from __future__ import annotations

from datetime import time

from index.models import StoryLag, StoryTimeline


def tied_and_later(told: StoryTimeline) -> tuple[list[str], list[StoryLag]]:
    """The outlets dated exactly as the first article, and those after it, in order."""
    first = told.first.source
    others = [lag for lag in told.lags if lag.source != first]  # the first outlet follows no one
    return (
        [lag.source for lag in others if lag.hours_after_first <= 0],
        [lag for lag in others if lag.hours_after_first > 0],
    )


def tie_words(told: StoryTimeline) -> str:
    """How a tie is said: "same day, no time given" for a bare date, else "same time"."""
    return "same day, no time given" if _bare_date(told) else "same time"


def tie_label(told: StoryTimeline) -> str:
    """A tied outlet's row label: "same day" for a bare date, else "same time" (not "+0h")."""
    return "same day" if _bare_date(told) else "same time"


def _bare_date(told: StoryTimeline) -> bool:
    """Whether the first article is dated by its day only (stored at midnight)."""
    when = told.first.date
    return when is not None and when.time() == time(0)
