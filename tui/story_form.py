"""How a story's span and its outlets' order are said, one rule for the reader's story
screen and `broadsheet story` (nu24 #6: the screen said "2017-02-07 → 10:20" and grouped
the outlets DW, ABC, BBC..., the CLI "2017-02-07" and DW, BBC, CNN...)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from index.models import StoryMember, StoryTimeline


def day_span(start: datetime | None, end: datetime | None) -> str:
    """A story's days: "2021-06-13" once when it ran one day (nu18 #10), else "A to B";
    "undated" when none of its articles has a date. Times are the article rows' to give."""
    if start is None:
        return "undated"
    first, last = f"{start:%Y-%m-%d}", f"{(end or start):%Y-%m-%d}"
    return first if first == last else f"{first} to {last}"


def outlet_rank(told: StoryTimeline, source: str | None) -> int:
    """An outlet's place in the story: the order outlets first reported it (`Story.sources`:
    the order of their first articles, oldest first); articles without an outlet last."""
    order = told.story.sources
    return order.index(source) if source in order else len(order)


def story_order(told: StoryTimeline) -> list[StoryMember]:
    """A story's articles in its one order: grouped by outlet in the order the outlets first
    reported it (`outlet_rank`, then the name; unknown outlet last), each outlet's oldest
    first. `broadsheet story` lists them so, its ``--json`` and `export --story` too, and the
    story screen groups them so (nu28 #10: the JSON and export put an undated article of
    unknown outlet first, the table last)."""
    return sorted(told.articles, key=lambda a: (outlet_rank(told, a.source), a.source or ""))


def sole_outlet(articles: Sequence[StoryMember]) -> str | None:
    """The outlet that ran every article of a story (as first spelt), or None: two or more
    outlets, or an article whose outlet is unknown (it may be another one)."""
    names = {member.source.casefold() if member.source else None for member in articles}
    if len(names) != 1 or None in names:
        return None
    return articles[0].source


def outlets_first(articles: Sequence[StoryMember], most: int = 8) -> list[str]:
    """One article per outlet (its first), in the story's order, ``most`` at most; with
    fewer than three outlets, their other articles fill up to three."""
    chosen: list[str] = []
    seen: set[str] = set()
    for member in articles:
        key = member.source.casefold() if member.source else f"\0{member.id}"
        if key not in seen:
            seen.add(key)
            chosen.append(member.id)
    for member in articles:
        if len(chosen) >= min(most, 3):
            break
        if member.id not in chosen:
            chosen.append(member.id)
    return chosen[:most]
