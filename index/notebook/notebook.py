"""The research notebook of one corpus: pins, tags, notes and highlights on articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType

from index.notebook import moving, queries, relocation, values, writing
from index.notebook.anchor import Anchor
from index.notebook.db import DEFAULT_TIMEOUT, Clock, Database, notebook_path, utc_now
from index.notebook.errors import InvalidValue, NotFound
from index.notebook.models import (
    AnchorState,
    ArticleRecord,
    ArticleText,
    Entry,
    Highlight,
    TagCount,
)
from index.notebook.queries import Marks
from index.notebook.relocation import RefreshReport, Relocation
from index.notebook.tracking import FollowedStories, SavedSearches


class Notebook:
    """A corpus's notebook: what a person keeps while reading (headless, thread-safe).

    Open it with :meth:`Notebook.open` on the corpus's index folder. Each method is one
    transaction; two processes may write at once (one waits for the other). Every row
    keeps a snapshot of its article's record, so notes on an article that has left the
    index still show, marked orphaned. Saved searches are under :attr:`saved`, followed
    stories under :attr:`stories`.
    """

    def __init__(
        self, path: Path, *, timeout: float = DEFAULT_TIMEOUT, clock: Clock = utc_now
    ) -> None:
        """Open (or create and migrate) the notebook file at ``path``.

        Raises:
            NotebookError: The file cannot be opened or created (one-line reason).
            NotebookDamaged: It is not a notebook, or is damaged.
            NotebookTooNew: It was written by a newer broadsheet.
            NotebookBusy: Another process kept it locked for longer than ``timeout``.
        """
        self._db = Database(path, timeout=timeout, clock=clock)
        self.saved = SavedSearches(self._db)
        """Saved searches: add, all, get, remove, count_new, opened."""
        self.stories = FollowedStories(self._db)
        """Followed stories: follow, unfollow, all, count_new, opened."""

    @classmethod
    def open(
        cls, index_dir: Path, *, timeout: float = DEFAULT_TIMEOUT, clock: Clock = utc_now
    ) -> Notebook:
        """Open the notebook that lives in a corpus's index folder (``notebook.sqlite3``)."""
        return cls(notebook_path(index_dir), timeout=timeout, clock=clock)

    @property
    def path(self) -> Path:
        """The notebook file."""
        return self._db.path

    def close(self) -> None:
        """Close the notebook; further calls raise ``NotebookError``."""
        self._db.close()

    def __enter__(self) -> Notebook:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def check(self) -> list[str]:
        """SQLite's integrity and foreign-key checks: an empty list when all is sound."""
        return self._db.check()

    # writing on articles

    def pin(
        self, record: ArticleRecord, *, tags: Iterable[str] = (), note: str | None = None
    ) -> Entry:
        """Pin an article (again is harmless), optionally tagging it and setting its note.

        Args:
            record: The article's record (its snapshot is refreshed).
            tags: Tags to add.
            note: A note to set (None leaves the note as it is).

        Returns:
            The article's entry afterwards.
        """
        with self._db.write() as connection:
            now = self._db.now()
            writing.touch(connection, record, now)
            connection.execute(
                "UPDATE articles SET pinned = COALESCE(pinned, ?) WHERE id = ?", (now, record.id)
            )
            added = writing.tag_ids(connection, tags)
            writing.link_tags(connection, "article_tags", record.id, added)
            if note is not None:
                connection.execute(
                    "UPDATE articles SET note = ? WHERE id = ?", (values.note(note), record.id)
                )
        return self._required(record.id)

    def unpin(self, article_id: str) -> bool:
        """Unpin an article, keeping its tags, note and highlights.

        Returns:
            False when the article was not pinned.
        """
        with self._db.write() as connection:
            done = connection.execute(
                "UPDATE articles SET pinned = NULL, updated = ?"
                " WHERE id = ? AND pinned IS NOT NULL",
                (self._db.now(), article_id),
            ).rowcount
            writing.tidy(connection, article_id)
        return bool(done)

    def tag(self, record: ArticleRecord, tags: Iterable[str]) -> Entry:
        """Add tags to an article (case-insensitively once; the first spelling is kept).

        Raises:
            InvalidValue: A tag is empty, too long, contains ``;``, or none was given.
        """
        with self._db.write() as connection:
            writing.touch(connection, record, self._db.now())
            ids = writing.tag_ids(connection, tags)
            if not ids:
                raise InvalidValue("no tag was given")
            writing.link_tags(connection, "article_tags", record.id, ids)
        return self._required(record.id)

    def untag(self, article_id: str, tags: Iterable[str]) -> Entry | None:
        """Take tags off an article (tags it does not carry are ignored).

        Returns:
            The entry afterwards, or None when nothing is kept on the article any more.
        """
        keys = [name.casefold() for name in values.tags(tags)]
        with self._db.write() as connection:
            for key in keys:
                connection.execute(
                    "DELETE FROM article_tags WHERE article = ?"
                    " AND tag = (SELECT id FROM tags WHERE key = ?)",
                    (article_id, key),
                )
            connection.execute(
                "UPDATE articles SET updated = ? WHERE id = ?", (self._db.now(), article_id)
            )
            writing.tidy(connection, article_id)
        return self.entry(article_id)

    def set_note(self, record: ArticleRecord, note: str | None) -> Entry | None:
        """Write (or with None or blank text, clear) the note on an article.

        Returns:
            The entry afterwards, or None when nothing is kept on the article any more.
        """
        text = values.note(note)
        with self._db.write() as connection:
            writing.touch(connection, record, self._db.now())
            connection.execute("UPDATE articles SET note = ? WHERE id = ?", (text, record.id))
            writing.tidy(connection, record.id)
        return self.entry(record.id)

    def forget(self, article_id: str) -> bool:
        """Remove everything kept on an article: pin, tags, note and highlights.

        Returns:
            False when the notebook held nothing on it.
        """
        with self._db.write() as connection:
            done = connection.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            writing.tidy(connection, article_id)
        return bool(done.rowcount)

    # moved articles (nu36 #4)

    def known_ids(self) -> set[str]:
        """Every article id the notebook refers to (entries, followed and saved seen ids)."""
        return moving.known_ids(self._db)

    def move(self, moves: Mapping[str, str]) -> list[str]:
        """Carry what is kept on each old article id to its new one (a moved file); the
        old ids whose entry moved (`index.notebook.moving.move`)."""
        return moving.move(self._db, moves)

    def carry_seen(self, carries: Mapping[str, str]) -> None:
        """Count each old article id as its new one where followed stories and saved
        searches saw it (`index.notebook.moving.carry_seen`: a deleted exact copy's text)."""
        moving.carry_seen(self._db, carries)

    # highlights

    def highlight(
        self,
        record: ArticleRecord,
        anchor: Anchor,
        *,
        note: str | None = None,
        tags: Iterable[str] = (),
        speaker: str | None = None,
    ) -> Highlight:
        """Keep a highlighted passage (from ``anchor_at`` or ``anchor_quote``); ``speaker``:
        who said it, when it is a quote (the exports name them).

        Highlighting the same passage again adds the note to the one it has (on a line of
        its own, unless it has it already: `values.added_note`), sets the speaker (when
        given) and adds the tags, rather than keeping it twice; `set_highlight_note`
        replaces a note.

        Raises:
            InvalidValue: The anchor's range is empty or its text is blank, or the notes
                together are too long.
        """
        if not anchor.exact.strip() or not 0 <= anchor.start < anchor.end:
            raise InvalidValue("cannot highlight an empty passage")
        if anchor.end - anchor.start != len(anchor.exact):
            raise InvalidValue("the passage's positions do not match its text")
        text, said_by = values.note(note), values.label(speaker)
        with self._db.write() as connection:
            now = self._db.now()
            writing.touch(connection, record, now)
            hid = writing.keep_highlight(connection, record.id, anchor, text, now, said_by)
            writing.link_tags(connection, "highlight_tags", hid, writing.tag_ids(connection, tags))
        return self.get_highlight(hid)

    def set_highlight_note(self, highlight_id: int, note: str | None) -> Highlight:
        """Write (or with None or blank text, clear) the note on a highlight.

        Raises:
            NotFound: No highlight has that id.
        """
        text = values.note(note)
        with self._db.write() as connection:
            if writing.changed(connection, self._db.now(), highlight=highlight_id) is None:
                raise NotFound(f"no highlight {highlight_id}")
            connection.execute("UPDATE highlights SET note = ? WHERE id = ?", (text, highlight_id))
        return self.get_highlight(highlight_id)

    def tag_highlight(
        self, highlight_id: int, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> Highlight:
        """Add and take off tags on a highlight.

        Raises:
            NotFound: No highlight has that id.
        """
        removed = [name.casefold() for name in values.tags(remove)]
        with self._db.write() as connection:
            article = writing.changed(connection, self._db.now(), highlight=highlight_id)
            if article is None:
                raise NotFound(f"no highlight {highlight_id}")
            added = writing.tag_ids(connection, add)
            writing.link_tags(connection, "highlight_tags", highlight_id, added)
            for key in removed:
                connection.execute(
                    "DELETE FROM highlight_tags WHERE highlight = ?"
                    " AND tag = (SELECT id FROM tags WHERE key = ?)",
                    (highlight_id, key),
                )
            writing.tidy(connection, article)
        return self.get_highlight(highlight_id)

    def remove_highlight(self, highlight_id: int) -> None:
        """Delete a highlight (and its note and tags).

        Raises:
            NotFound: No highlight has that id.
        """
        with self._db.write() as connection:
            article = writing.changed(connection, self._db.now(), highlight=highlight_id)
            if article is None:
                raise NotFound(f"no highlight {highlight_id}")
            connection.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
            writing.tidy(connection, article)

    # reading

    def entry(self, article_id: str) -> Entry | None:
        """Everything kept on one article, or None when the notebook holds nothing on it."""
        found = queries.entries(self._db, "a.id = ?", (article_id,))
        return found[0] if found else None

    def _required(self, article_id: str) -> Entry:
        found = self.entry(article_id)
        if found is None:  # another process forgot it in between: report what we did
            raise NotFound(f"nothing is kept on article {article_id}")
        return found

    def get_highlight(self, highlight_id: int) -> Highlight:
        """One highlight by id.

        Raises:
            NotFound: No highlight has that id.
        """
        where = "a.id = (SELECT article FROM highlights WHERE id = ?)"
        for entry in queries.entries(self._db, where, (highlight_id,)):
            for highlight in entry.highlights:
                if highlight.id == highlight_id:
                    return highlight
        raise NotFound(f"no highlight {highlight_id}")

    def notes(
        self,
        *,
        tag: str | None = None,
        pinned: bool | None = None,
        orphaned: bool | None = None,
        text: str | None = None,
        articles: Iterable[str] | None = None,
    ) -> list[Entry]:
        """The entries kept, most recently changed first, filtered.

        Args:
            tag: Only articles carrying this tag, or with a highlight carrying it
                (case-insensitive).
            pinned: Only pinned (True) or only unpinned (False) articles.
            orphaned: Only articles gone from the index (True) or still there (False).
            text: Only entries whose title, outlet, tags, note or highlights contain it
                (case and accents ignored, "ae" as "ä": `queries.folded`).
            articles: Only these article ids.
        """
        condition, params = queries.where(
            tag=tag, pinned=pinned, orphaned=orphaned, articles=articles
        )
        entries = queries.entries(self._db, condition, params)
        if text:
            looked = queries.needles(text)
            entries = [e for e in entries if queries.holds(queries.searchable(e), looked)]
        return entries

    def selection(self, records: Iterable[ArticleRecord]) -> list[Entry]:
        """Entries for a list of articles (a story, a saved search's hits), in that order.

        An article the notebook holds nothing on gets an empty entry; one it holds gets
        its entry with the given (fresher) record. This is what the exporters take.
        """
        records = list(records)
        kept = {e.article.id: e for e in self.notes(articles=[r.id for r in records])}
        chosen = []
        for record in records:
            entry = kept.get(record.id)
            if entry is None:
                chosen.append(Entry(article=record))
            else:
                chosen.append(dataclasses.replace(entry, article=record))
        return chosen

    def tags(self) -> list[TagCount]:
        """Every tag in use with its counts, most used first (for completion)."""
        return queries.tag_counts(self._db)

    def marks(self) -> dict[str, Marks]:
        """For every article the notebook holds: pinned, tag and highlight counts, note."""
        return queries.marks(self._db)

    # finding highlights again

    def relocate(
        self, article_id: str, current: ArticleText | None, *, persist: bool = True
    ) -> list[Relocation]:
        """Find an article's highlights in its current text (and keep what was found).

        Args:
            article_id: The article.
            current: The article as the index has it now, or None when it is gone: then
                the article is marked orphaned and its highlights keep their places.
            persist: Store the new places and states (and the fresher record).

        Returns:
            Each highlight with where it was found (orphaned ones at their old place).
        """
        entry = self.entry(article_id)
        if entry is None:
            return []
        found = relocation.relocations(entry, current)
        if persist:
            relocation.store(self._db, [(article_id, current, found)])
        return found

    def refresh(self, lookup: Callable[[str], ArticleText | None]) -> RefreshReport:
        """Check every article the notebook holds against the index, and keep the result.

        Articles ``lookup`` no longer finds are marked orphaned (their notes stay);
        the others get their fresher record, and their highlights are found again.

        Args:
            lookup: Returns an article's current record and text, or None when it is gone.
        """
        orphaned: list[str] = []
        moved = fuzzy = lost = became_fuzzy = became_lost = 0
        entries = self.notes()
        found = []
        # the index is read and the text searched outside any transaction, then all that
        # was found is kept in one write, so other processes wait for one commit only
        for entry in entries:
            current = lookup(entry.article.id)
            relocated = relocation.relocations(entry, current)
            found.append((entry.article.id, current, relocated))
            if current is None:
                orphaned.append(entry.article.id)
                continue
            for item in relocated:
                now, was = item.location.state, item.highlight.state
                moved += item.moved and now is not AnchorState.ORPHANED
                fuzzy += now is AnchorState.FUZZY
                lost += now is AnchorState.ORPHANED
                became_fuzzy += now is AnchorState.FUZZY and was is not now
                became_lost += now is AnchorState.ORPHANED and was is not now
        relocation.store(self._db, found)
        return RefreshReport(
            len(entries), tuple(orphaned), moved, fuzzy, lost, became_fuzzy, became_lost
        )
