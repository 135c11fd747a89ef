"""Plain data that leaves the notebook: article snapshots, entries, highlights, searches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from index.models import Article, Hit
from index.when import iso_when

iso_date = iso_when
"""A date as ISO text: ``2014-03-20`` for a date-only value (midnight), else date-time."""


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What the notebook keeps of an article, so its notes still show once it is gone.

    Attributes:
        id: The article id in the index.
        title: The headline ("" when unknown).
        source: The outlet, when known.
        date: The publication date as ISO text (``2014-03-20`` or a date-time), when known.
        url: The article's address, when known.
        byline: The author(s), when known.
    """

    id: str
    title: str = ""
    source: str | None = None
    date: str | None = None
    url: str | None = None
    byline: str | None = None

    @classmethod
    def of(cls, article: Article | Hit) -> ArticleRecord:
        """The snapshot of an index ``Article`` (or a search ``Hit``, which has no URL)."""
        return cls(
            id=article.id,
            title=article.title,
            source=article.source,
            date=iso_date(article.date),
            url=getattr(article, "url", None),
            byline=getattr(article, "byline", None),
        )


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article as it is in the index now: its record and its current body text."""

    record: ArticleRecord
    body: str


class AnchorState(StrEnum):
    """How a highlight was found in the article's current text."""

    ANCHORED = "anchored"
    """Found verbatim (at its old place or elsewhere, told apart by its context)."""
    FUZZY = "fuzzy"
    """Found as similar text: the passage was edited since it was highlighted."""
    ORPHANED = "orphaned"
    """Not found: kept with its last position, never dropped."""
    GONE = "gone"
    """Its article is gone from the index, so the passage could not be looked for (never
    stored: the state last found is kept for when the article comes back; nu32 #8, a gone
    article's highlight read "worded differently now")."""


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlighted passage, anchored like a W3C Web Annotation text-quote selector.

    Attributes:
        id: The highlight's number in the notebook.
        article: The article id.
        exact: The highlighted text, as it was when highlighted.
        prefix: Up to 32 characters before it, then.
        suffix: Up to 32 characters after it, then.
        start: Where it starts in the article's body (as last found).
        end: Where it ends (exclusive).
        note: The note on it, or None.
        tags: Its tags, sorted.
        state: How it was last found (anchored, fuzzy or orphaned), or gone with its
            article.
        created: When it was made (ISO UTC).
        updated: When it last changed (ISO UTC).
        speaker: Who said the passage, when it was kept as a quote (the quotes panel's
            `h`), else None.
    """

    id: int
    article: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    note: str | None
    tags: tuple[str, ...]
    state: AnchorState
    created: str
    updated: str
    speaker: str | None = None

    @property
    def orphaned(self) -> bool:
        """True when the passage could not be found in the article's current text."""
        return self.state is AnchorState.ORPHANED

    @property
    def gone(self) -> bool:
        """True when its article is no longer in the index (the passage was not looked for)."""
        return self.state is AnchorState.GONE

    @property
    def edited(self) -> bool:
        """True when the passage was found only as similar text: the article was reworded
        there since (``exact`` keeps the words as they were highlighted)."""
        return self.state is AnchorState.FUZZY

    def to_json(self) -> dict[str, Any]:
        """The highlight as plain JSON data (the shape of ``notes --json``)."""
        return {
            "id": self.id,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "note": self.note,
            "tags": list(self.tags),
            "state": self.state.value,
            "created": self.created,
            "updated": self.updated,
            "speaker": self.speaker,
        }


@dataclass(frozen=True, slots=True)
class Entry:
    """Everything the notebook holds on one article.

    Attributes:
        article: The article's snapshot (as last seen in the index).
        pinned: True when the article is pinned.
        tags: Its tags, sorted.
        note: The note on the article, or None.
        highlights: Its highlights, in text order.
        orphaned: True when the article is no longer in the index.
        created: When the notebook first held anything on it (ISO UTC; "" if never).
        updated: When that last changed (ISO UTC; "" if never).
    """

    article: ArticleRecord
    pinned: bool = False
    tags: tuple[str, ...] = ()
    note: str | None = None
    highlights: tuple[Highlight, ...] = ()
    orphaned: bool = False
    created: str = ""
    updated: str = ""

    def to_json(self) -> dict[str, Any]:
        """The entry as plain JSON data: the shape ``broadsheet notes --json`` prints."""
        record = self.article
        return {
            "article": record.id,
            "title": record.title,
            "source": record.source,
            "date": record.date,
            "url": record.url,
            "byline": record.byline,
            "pinned": self.pinned,
            "tags": list(self.tags),
            "note": self.note,
            "highlights": [h.to_json() for h in self.highlights],
            "orphaned": self.orphaned,
            "created": self.created or None,
            "updated": self.updated or None,
        }


@dataclass(frozen=True, slots=True)
class TagCount:
    """A tag and how many articles and highlights carry it (for completion)."""

    name: str
    articles: int
    highlights: int


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A query saved under a name, with its filters and sort.

    Attributes:
        name: The name it was saved under.
        query: The query text.
        source: The outlet filter, or None.
        since: The earliest date (as given), or None.
        until: The latest date (as given), or None.
        sort: The sort order (as given), or None for the default.
        created: When it was saved (ISO UTC).
        last_opened: When it was last run (ISO UTC), or None.
        seen: How many article ids its openings have shown so far.
    """

    name: str
    query: str
    source: str | None
    since: str | None
    until: str | None
    sort: str | None
    created: str
    last_opened: str | None
    seen: int

    def to_json(self) -> dict[str, Any]:
        """The saved search as plain JSON data (``saved list --json``)."""
        return {
            "name": self.name,
            "query": self.query,
            "source": self.source,
            "since": self.since,
            "until": self.until,
            "sort": self.sort,
            "created": self.created,
            "last_opened": self.last_opened,
            "seen": self.seen,
        }


@dataclass(frozen=True, slots=True)
class FollowedStory:
    """A story followed so that articles joining it later are counted.

    Attributes:
        story: The story id.
        title: A label for it, or None.
        created: When it was followed (ISO UTC).
        last_opened: When its articles were last recorded as seen, or None.
        seen: How many of its article ids have been seen.
    """

    story: str
    title: str | None
    created: str
    last_opened: str | None
    seen: int


@dataclass(frozen=True, slots=True)
class Moved:
    """An article seen in a followed story that is now in another story (an update or a
    rebuild grouped the articles otherwise: nu33 #1).

    Attributes:
        article: The article's id.
        story: The id of the story it is in now (a story of it alone included).
        title: That story's title, or None.
    """

    article: str
    story: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A later article outside a followed story that `related` finds close to it (nu36 #9:
    the grouping's few days leave a report a week on out of the story).

    Attributes:
        article: The article's id.
        title: Its title.
        source: Its outlet, or None.
        date: Its date (ISO), or None.
        likeness: Its best plain likeness with one of the story's articles, in [0, 1].
    """

    article: str
    title: str
    source: str | None
    date: str | None
    likeness: float

    def to_json(self) -> dict[str, Any]:
        """The follow-up as plain JSON data (``following --json``)."""
        return {
            "article": self.article,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "likeness": self.likeness,
        }


class FollowUps(tuple[FollowUp, ...]):
    """A story's possible follow-ups as told (`Library.followups`: the closest few, in date
    order) and how many were found in all (``found``), so that a list of 5 can say "5 of
    12" (nu48 #7). A tuple of `FollowUp`; one made from a plain tuple found only its own."""

    found: int

    def __new__(cls, told: Iterable[FollowUp] = (), found: int | None = None) -> FollowUps:
        made = super().__new__(cls, told)
        made.found = max(len(made), found or 0)
        return made


@dataclass(frozen=True, slots=True)
class FollowedNews:
    """A followed story as the index has it now: its articles, those not seen before, and
    those seen in it that are in it no more.

    Attributes:
        followed: The followed story.
        articles: Its article ids now, or None when no story has its id any more (gone:
            all its articles were deleted); a gone story is kept, never dropped.
        new: The ids that joined it since it was last opened (followed), in its order.
        moved: Its articles seen at an opening that are in another story now, by id (told
            until the story is opened or followed again).
        removed: Its articles seen at an opening that the index no longer has, sorted.
        followups: Later articles outside it, close to it (`FollowUp`), the closest few
            in date order (`FollowUps`: how many were found in all).
        followed_title: The title it had when followed, when ``followed.title`` is the one
            the index gives it now and that differs (an update renamed it: nu39 #5); else
            None (also for a story followed without a title).
        moved_new: For each story its ``moved`` articles are in now, the articles of that
            story not seen in this one, in its order, as ``(story, ids)`` pairs for those
            with some (fl43, st51: the part that split off took the new report).
    """

    followed: FollowedStory
    articles: tuple[str, ...] | None
    new: tuple[str, ...]
    moved: tuple[Moved, ...] = ()
    removed: tuple[str, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    followed_title: str | None = None
    moved_new: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def gone(self) -> bool:
        """True when the index no longer has the story."""
        return self.articles is None

    def to_json(self) -> dict[str, Any]:
        """The story as plain JSON data (``following --json``)."""
        return {
            "story": self.followed.story,
            "title": self.followed.title,
            "followed_title": self.followed_title,
            "articles": list(self.articles or ()),
            "new": list(self.new),
            "gone": self.gone,
            "followed": self.followed.created,
            "last_opened": self.followed.last_opened,
            "moved": [
                {"article": moved.article, "story": moved.story, "title": moved.title}
                for moved in self.moved
            ],
            "removed": list(self.removed),
            "followups": [followup.to_json() for followup in self.followups],
            "followups_found": getattr(self.followups, "found", len(self.followups)),
            "moved_new": {story: list(new) for story, new in self.moved_new},
        }


@dataclass(frozen=True, slots=True)
class Opened:
    """What an opening of a saved search or story found: the ids not seen before.

    Attributes:
        new: The ids never seen at an earlier opening, in the order given.
        total: How many ids this opening showed.
        previous: When it was opened before this (ISO UTC), or None.
    """

    new: tuple[str, ...]
    total: int
    previous: str | None
