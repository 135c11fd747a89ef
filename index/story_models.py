"""Plain data about stories that leaves the index package: stories, their members and
timelines, related articles (`index.models` re-exports every name)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from index.first_dated import earlier_unknown, first_dated
from index.first_dated import precise_order as precise_order  # re-exported: `index.copies`
from index.wording import related_reason_parts, related_reasons


@dataclass(frozen=True, slots=True)
class Story:
    """One news event and the articles that report it (`Library.stories`).

    Attributes:
        id: Stable id ("s" and 12 hex digits); kept by updates and, when the previous
            model is given, by rebuilds.
        title: The headline of the article most like the others.
        article_ids: The articles, oldest first (undated ones last).
        sources: The outlets, in the order they first reported it.
        first: The id of the first article: the earliest dated one whose outlet is known
            (an unknown outlet or an undated article is first of none:
            `index.first_dated`), else the earliest one (the one a reader opens first).
        start: The earliest publication time, or None when no article is dated.
        end: The latest publication time, or None.
        first_source: The outlet of the first article, or None (no dated one names it).
        per_day: Articles per (UTC) day, from the first dated day to the last.
        first_date: When the first article ran, or None.
        copies: Its copies (`index.copies`): listed, counted in none of the above nor in `counted`.
    """

    id: str
    title: str
    article_ids: tuple[str, ...]
    sources: tuple[str, ...]
    first: str
    start: datetime | None
    end: datetime | None
    first_source: str | None = None
    per_day: tuple[int, ...] = ()
    first_date: datetime | None = None
    copies: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        """The number of articles, an outlet's copies of one text counted once."""
        return len(self.article_ids) - len(self.copies)

    @property
    def counted(self) -> tuple[str, ...]:
        """Its articles less its copies (`size` of them), oldest first: what counts show."""
        return tuple(i for i in self.article_ids if i not in self.copies)


@dataclass(frozen=True, slots=True)
class StoryMember:
    """One article of a story, as its timeline lists it."""

    id: str
    title: str
    source: str | None
    date: datetime | None
    url: str | None


@dataclass(frozen=True, slots=True)
class StoryDay:
    """How many articles one outlet published on one (UTC) day of a story."""

    day: date
    source: str | None
    count: int


@dataclass(frozen=True, slots=True)
class StoryLag:
    """How many hours after the story's first article an outlet first reported it."""

    source: str
    hours_after_first: float


@dataclass(frozen=True, slots=True)
class StoryTimeline:
    """A story told in time (`Library.story`).

    Attributes:
        story: The story.
        articles: Its articles, oldest first (undated ones last).
        timeline: Articles per day per outlet, by day then outlet.
        lags: Each outlet's delay after the first article, first outlet first.
    """

    story: Story
    articles: tuple[StoryMember, ...]
    timeline: tuple[StoryDay, ...]
    lags: tuple[StoryLag, ...]

    @property
    def first(self) -> StoryMember | None:
        """The first article: the earliest dated one of a named outlet (`earliest`); None
        when no article is both (an undated one is first of none: nu42 #1)."""
        return earliest(self.articles)

    @property
    def earlier_unknown(self) -> StoryMember | None:
        """The earliest article of unknown outlet dated before the first (`first` skips
        unknown outlets: every view must say one ran earlier, nu45 #2); None when none is."""
        return earlier_unknown(self.articles, lambda m: m.source, lambda m: m.date)

    @property
    def undated(self) -> int:
        """How many of its articles have no date (any of them may have run first)."""
        return sum(member.date is None for member in self.articles)


def earliest(members: Iterable[StoryMember]) -> StoryMember | None:
    """The earliest dated member of a known outlet (`index.first_dated`, the one rule of
    "first"; of tied ones, the outlet first by name: `outlet_order`); None when none is."""
    return first_dated(members, lambda m: m.source, lambda m: m.date)


@dataclass(frozen=True, slots=True)
class RelatedArticle:
    """An article related to another, and why (`Library.related`).

    Attributes:
        id: The related article's id.
        title: Its title.
        source: Its outlet, or None.
        date: Its publication time, or None.
        score: What the list is ordered by (within its story's articles, then the
            others), in [0, 1]: the likeness less a part for an article like many others.
        same_story: True when both articles are in one story.
        shared_terms: The heaviest telling words both use, heaviest first: those the why
            shows (`story_view.telling_terms`; the why lists the first four).
        shared_passage: Both hold a run of 8+ words or a quotation of 12+ (`related_passages`),
            or a verbatim passage `compare` lists (6+ words: `story_view.related_article`).
        same_day: True when both are dated on the same (UTC) day.
        likeness: Plain likeness in [0, 1] (1.0 for near copies).
        days_apart: Calendar days from the asked article to this one (< 0: earlier), or None.
    """

    id: str
    title: str
    source: str | None
    date: datetime | None
    score: float
    same_story: bool
    shared_terms: tuple[str, ...]
    shared_passage: bool
    same_day: bool
    likeness: float
    days_apart: int | None = None

    @property
    def reasons(self) -> str:
        """Why it is related, in a few words (`index.wording.related_reasons`)."""
        return related_reasons(self)

    @property
    def reason_parts(self) -> list[tuple[str, ...]]:
        """Its reasons, each as the phrases it lists (`index.wording.related_reason_parts`):
        a reader wraps between them."""
        return related_reason_parts(self)
