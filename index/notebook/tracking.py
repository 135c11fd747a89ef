"""Saved searches and followed stories: what was seen at each opening, so new hits count."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence

from index.notebook import values
from index.notebook.db import Database
from index.notebook.errors import AlreadyExists, NotFound
from index.notebook.models import FollowedNews, FollowedStory, Moved, Opened, SavedSearch


class _Seen:
    """The ids each owner (a saved search or a story) has shown at its openings."""

    def __init__(self, db: Database, owners: str, seen: str) -> None:
        self._db = db
        self._owners = owners  # table names are constants of this module, never input
        self._seen = seen

    def _record(self, connection: sqlite3.Connection, owner: int, ids: Iterable[str]) -> None:
        connection.executemany(
            f"INSERT OR IGNORE INTO {self._seen} (owner, article) VALUES (?, ?)",
            ((owner, article) for article in ids),
        )

    def _new(
        self, connection: sqlite3.Connection, owner: int, ids: Sequence[str]
    ) -> tuple[str, ...]:
        seen = {
            row[0]
            for row in connection.execute(
                f"SELECT article FROM {self._seen} WHERE owner = ?", (owner,)
            )
        }
        return tuple(dict.fromkeys(i for i in ids if i not in seen))

    def _forget(self, connection: sqlite3.Connection, owner: int, ids: Sequence[str]) -> None:
        """Forget the ids seen that are not among ``ids`` (a story's articles now)."""
        now = set(ids)
        gone = [
            (owner, row[0])
            for row in connection.execute(
                f"SELECT article FROM {self._seen} WHERE owner = ?", (owner,)
            )
            if row[0] not in now
        ]
        connection.executemany(f"DELETE FROM {self._seen} WHERE owner = ? AND article = ?", gone)

    def _opened(
        self, owner_sql: str, key: str, ids: Iterable[str], missing: str, *, settle: bool = False
    ) -> Opened:
        ids = list(ids)
        with self._db.write() as connection:
            row = connection.execute(
                f"SELECT id, last_opened FROM {self._owners} WHERE {owner_sql} = ?", (key,)
            ).fetchone()
            if row is None:
                raise NotFound(missing)
            owner, previous = row
            new = self._new(connection, owner, ids)
            if settle:
                self._forget(connection, owner, ids)
            self._record(connection, owner, ids)
            connection.execute(
                f"UPDATE {self._owners} SET last_opened = ? WHERE id = ?", (self._db.now(), owner)
            )
        return Opened(new=new, total=len(set(ids)), previous=previous)

    def _count_new(self, owner_sql: str, key: str, ids: Iterable[str], missing: str) -> int:
        with self._db.read() as connection:
            row = connection.execute(
                f"SELECT id FROM {self._owners} WHERE {owner_sql} = ?", (key,)
            ).fetchone()
            if row is None:
                raise NotFound(missing)
            return len(self._new(connection, row[0], list(ids)))


_SEARCH = (
    "SELECT s.name, s.query, s.source, s.since, s.until, s.sort, s.created, s.last_opened,"
    " (SELECT COUNT(*) FROM saved_search_seen x WHERE x.owner = s.id) FROM saved_searches s"
)


class SavedSearches(_Seen):
    """Queries saved under a name (case-insensitively unique), with what each has shown.

    "New hits" are the ids a run shows that no earlier opening showed.
    """

    def __init__(self, db: Database) -> None:
        super().__init__(db, "saved_searches", "saved_search_seen")

    def add(
        self,
        name: str,
        query: str,
        *,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        sort: str | None = None,
        seen: Iterable[str] = (),
        replace: bool = False,
    ) -> SavedSearch:
        """Save a query with its filters and sort.

        Args:
            name: The name to save it under (one line, at most 100 characters).
            query: The query text (not checked here: the caller has parsed it).
            source: The outlet filter.
            since: The earliest date, as the caller will parse it again.
            until: The latest date.
            sort: The sort order's name.
            seen: Hit ids already shown (saving from the reader: the hits on screen), so
                they do not count as new at the first run.
            replace: Overwrite a saved search of the same name (its seen ids are kept).

        Raises:
            AlreadyExists: A search of that name exists and ``replace`` is false.
            InvalidValue: The name or query is empty, or a value is too long.
        """
        clean = values.one_line(name, "name", values.NAME_MAX)
        text = values.one_line(query, "query", values.NOTE_MAX)
        fields = (
            values.optional(source, "source"),
            values.optional(since, "date"),
            values.optional(until, "date"),
            values.optional(sort, "sort"),
        )
        with self._db.write() as connection:
            now = self._db.now()
            row = connection.execute(
                "SELECT id FROM saved_searches WHERE key = ?", (clean.casefold(),)
            ).fetchone()
            if row is not None and not replace:
                raise AlreadyExists(f"a saved search is already named {clean!r}")
            if row is None:
                owner = connection.execute(
                    "INSERT INTO saved_searches (name, key, query, source, since, until, sort,"
                    " created, last_opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (clean, clean.casefold(), text, *fields, now, now),
                ).lastrowid
            else:
                owner = row[0]
                connection.execute(
                    "UPDATE saved_searches SET name = ?, query = ?, source = ?, since = ?,"
                    " until = ?, sort = ? WHERE id = ?",
                    (clean, text, *fields, owner),
                )
            assert owner is not None
            self._record(connection, owner, seen)
        return self.get(clean)

    def all(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        with self._db.read() as connection:
            rows = connection.execute(_SEARCH + " ORDER BY s.key").fetchall()
        return [SavedSearch(*row) for row in rows]

    def get(self, name: str) -> SavedSearch:
        """One saved search by name (case-insensitive).

        Raises:
            NotFound: No saved search has that name.
        """
        with self._db.read() as connection:
            row = connection.execute(
                _SEARCH + " WHERE s.key = ?", (name.strip().casefold(),)
            ).fetchone()
        if row is None:
            raise NotFound(f"no saved search named {name.strip()!r}")
        return SavedSearch(*row)

    def remove(self, name: str) -> None:
        """Delete a saved search and what it has seen.

        Raises:
            NotFound: No saved search has that name.
        """
        with self._db.write() as connection:
            done = connection.execute(
                "DELETE FROM saved_searches WHERE key = ?", (name.strip().casefold(),)
            ).rowcount
        if not done:
            raise NotFound(f"no saved search named {name.strip()!r}")

    def count_new(self, name: str, hits: Iterable[str]) -> int:
        """How many of a run's hit ids no earlier opening showed (nothing is recorded).

        Raises:
            NotFound: No saved search has that name.
        """
        key = name.strip().casefold()
        return self._count_new("key", key, hits, f"no saved search named {name.strip()!r}")

    def opened(self, name: str, hits: Iterable[str]) -> Opened:
        """Record a run: returns the hits not seen before, then marks them all seen.

        Raises:
            NotFound: No saved search has that name.
        """
        key = name.strip().casefold()
        return self._opened("key", key, hits, f"no saved search named {name.strip()!r}")


_STORY = (
    "SELECT s.story, s.title, s.created, s.last_opened,"
    " (SELECT COUNT(*) FROM followed_story_seen x WHERE x.owner = s.id) FROM followed_stories s"
)


class FollowedStories(_Seen):
    """Stories followed so that articles joining them later are counted and marked."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, "followed_stories", "followed_story_seen")

    def follow(
        self, story: str, articles: Iterable[str], *, title: str | None = None
    ) -> FollowedStory:
        """Follow a story; its current articles count as seen. Following again is harmless:
        it marks them seen, and forgets the articles seen in it that are in it no more
        (their move, `news`, has been told).

        Args:
            story: The story's id.
            articles: The ids of its articles now.
            title: A label for the story, its headline (kept when None or blank; cut to
                `values.NAME_MAX` characters).

        Raises:
            InvalidValue: The story id is empty.
        """
        key = values.one_line(story, "story id", values.NOTE_MAX)
        label = values.label(title)
        with self._db.write() as connection:
            now = self._db.now()
            connection.execute(
                "INSERT INTO followed_stories (story, title, created, last_opened)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (story) DO UPDATE SET"
                " title = COALESCE(excluded.title, title)",
                (key, label, now, now),
            )
            owner = connection.execute(
                "SELECT id FROM followed_stories WHERE story = ?", (key,)
            ).fetchone()[0]
            articles = list(articles)
            self._forget(connection, owner, articles)
            self._record(connection, owner, articles)
        return self.get(key)

    def unfollow(self, story: str) -> None:
        """Stop following a story.

        Raises:
            NotFound: The story is not followed.
        """
        with self._db.write() as connection:
            done = connection.execute(
                "DELETE FROM followed_stories WHERE story = ?", (story,)
            ).rowcount
        if not done:
            raise NotFound(f"story {story!r} is not followed")

    def all(self) -> list[FollowedStory]:
        """Every followed story, most recently followed first."""
        with self._db.read() as connection:
            rows = connection.execute(_STORY + " ORDER BY s.created DESC, s.story").fetchall()
        return [FollowedStory(*row) for row in rows]

    def get(self, story: str) -> FollowedStory:
        """One followed story.

        Raises:
            NotFound: The story is not followed.
        """
        with self._db.read() as connection:
            row = connection.execute(_STORY + " WHERE s.story = ?", (story,)).fetchone()
        if row is None:
            raise NotFound(f"story {story!r} is not followed")
        return FollowedStory(*row)

    def count_new(self, story: str, articles: Iterable[str]) -> int:
        """How many of the story's articles now were not seen before (nothing is recorded).

        Raises:
            NotFound: The story is not followed.
        """
        return self._count_new("story", story, articles, f"story {story!r} is not followed")

    def opened(self, story: str, articles: Iterable[str]) -> Opened:
        """Record that the story was looked at: returns its new articles, then marks them
        seen; the articles seen in it that are in it no more (moved or removed, `news`) are
        forgotten: opening it shows what it holds now.

        Raises:
            NotFound: The story is not followed.
        """
        missing = f"story {story!r} is not followed"
        return self._opened("story", story, articles, missing, settle=True)

    def left(
        self,
        story: str,
        articles: Iterable[str],
        where: Callable[[str], tuple[str, str | None] | None],
    ) -> tuple[tuple[Moved, ...], tuple[str, ...]]:
        """The articles seen in the story that are not among its ``articles`` now: those in
        another story (`Moved`) and those the index no longer has (see `news`; nothing is
        recorded). Read before `opened`, which forgets them: the story's screen tells them
        first (rv33 #1).

        Raises:
            NotFound: The story is not followed.
        """
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT id FROM followed_stories WHERE story = ?", (story,)
            ).fetchone()
            if row is None:
                raise NotFound(f"story {story!r} is not followed")
            known = {
                found
                for (found,) in connection.execute(
                    "SELECT article FROM followed_story_seen WHERE owner = ?", (row[0],)
                )
            }
        return _elsewhere(story, known - set(articles), where)

    def news(
        self,
        members: Callable[[str], Sequence[str] | None],
        where: Callable[[str], tuple[str, str | None] | None] | None = None,
    ) -> list[FollowedNews]:
        """Every followed story with its articles now, the new ones, and the ones seen in it
        that are elsewhere now (nothing is recorded).

        Args:
            members: A story's article ids now, given its id; None when the index has no
                story of that id any more (the story is then listed as gone).
            where: An article's story now, ``(id, title)``, given its id; None when the
                index no longer has the article. An article seen in a followed story and
                not among its ``members`` is then told as moved (in another story) or
                removed (nowhere); one whose story is still the followed one (an exact copy,
                left out of the members) is neither. None: nothing is told.

        Returns:
            The followed stories, most recently followed first.
        """
        with self._db.read() as connection:
            rows = connection.execute(_STORY + " ORDER BY s.created DESC, s.story").fetchall()
            seen: dict[str, set[str]] = {}
            for story, article in connection.execute(
                "SELECT s.story, x.article FROM followed_story_seen x"
                " JOIN followed_stories s ON s.id = x.owner"
            ):
                seen.setdefault(story, set()).add(article)
        found = []
        for row in rows:
            followed = FollowedStory(*row)
            now = members(followed.story)
            known = seen.get(followed.story, set())
            # a gone story's articles may be in others (grouped otherwise): told as moved
            moved, removed = _elsewhere(followed.story, known - set(now or ()), where)
            also = _new_where_moved(moved, known, members)
            if now is None:
                found.append(FollowedNews(followed, None, (), moved, removed, moved_new=also))
                continue
            new = tuple(dict.fromkeys(i for i in now if i not in known))
            found.append(FollowedNews(followed, tuple(now), new, moved, removed, moved_new=also))
        return found


def _new_where_moved(
    moved: Sequence[Moved],
    known: set[str],
    members: Callable[[str], Sequence[str] | None],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each story the ``moved`` articles are in, its articles not among ``known`` (seen in
    the followed story), for those with some (fl43: nu57's split-off part took the new
    report, and the split line did not say so)."""
    found = []
    for story in dict.fromkeys(item.story for item in moved):
        new = tuple(dict.fromkeys(i for i in members(story) or () if i not in known))
        if new:
            found.append((story, new))
    return tuple(found)


def _elsewhere(
    story: str,
    missing: set[str],
    where: Callable[[str], tuple[str, str | None] | None] | None,
) -> tuple[tuple[Moved, ...], tuple[str, ...]]:
    """The articles seen in ``story`` and not among its members now: those in another story
    (`Moved`) and those the index no longer has, each by id."""
    if where is None:
        return (), ()
    moved: list[Moved] = []
    removed: list[str] = []
    for article in sorted(missing):
        now = where(article)
        if now is None:
            removed.append(article)
        elif now[0] != story:
            moved.append(Moved(article, now[0], now[1]))
    return tuple(moved), tuple(removed)
