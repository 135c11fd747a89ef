"""Finding an article's highlights again in its current text, and keeping what was found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.notebook.anchor import Anchor, Location
from index.notebook.db import Database
from index.notebook.locating import locate
from index.notebook.models import AnchorState, ArticleText, Entry, Highlight


@dataclass(frozen=True, slots=True)
class Relocation:
    """A highlight and where it was found in its article's current text."""

    highlight: Highlight
    location: Location

    @property
    def moved(self) -> bool:
        """True when the found place or state differs from the stored one."""
        h, found = self.highlight, self.location
        return (h.start, h.end, h.state) != (found.start, found.end, found.state)


@dataclass(frozen=True, slots=True)
class RefreshReport:
    """What ``Notebook.refresh`` found against the index.

    Attributes:
        articles: Articles checked.
        orphaned: Ids of the articles no longer in the index.
        moved: Highlights found at another place or in another state (not lost).
        fuzzy: Highlights found only as similar text.
        lost: Highlights in existing articles that could not be found (kept, orphaned).
        became_fuzzy: Of ``fuzzy``, those that were not fuzzy before this check.
        became_lost: Of ``lost``, those that were found (or their article gone) before.
    """

    articles: int
    orphaned: tuple[str, ...]
    moved: int
    fuzzy: int
    lost: int
    became_fuzzy: int = 0
    became_lost: int = 0


def anchor_of(highlight: Highlight) -> Anchor:
    """The anchor a stored highlight was made from (its last known position)."""
    return Anchor(
        highlight.exact, highlight.prefix, highlight.suffix, highlight.start, highlight.end
    )


def relocations(entry: Entry, current: ArticleText | None) -> list[Relocation]:
    """Where each of an entry's highlights is in the article's current text.

    When the article is gone (``current`` is None) every highlight stays where it was,
    orphaned.
    """
    if current is None:
        return [
            Relocation(h, Location(h.start, h.end, AnchorState.ORPHANED, 0.0))
            for h in entry.highlights
        ]
    return [Relocation(h, locate(anchor_of(h), current.body)) for h in entry.highlights]


def store(
    db: Database, found: Sequence[tuple[str, ArticleText | None, Sequence[Relocation]]]
) -> None:
    """Keep what relocations found, in one transaction: each article's fresher record (or
    its orphaning) and its highlights' new places and states. Notes, tags and ``updated``
    are left alone.

    Args:
        db: The notebook.
        found: For each article: its id, its current text (None when gone), and where its
            highlights were found.
    """
    with db.write() as connection:
        for article_id, current, relocated in found:
            if current is None:
                connection.execute("UPDATE articles SET orphaned = 1 WHERE id = ?", (article_id,))
                continue
            record = current.record
            connection.execute(
                "UPDATE articles SET title = ?, source = ?, date = ?, url = ?, byline = ?,"
                " orphaned = 0 WHERE id = ?",
                (record.title, record.source, record.date, record.url, record.byline, article_id),
            )
            connection.executemany(
                "UPDATE highlights SET start_pos = ?, end_pos = ?, state = ? WHERE id = ?",
                [
                    (where.start, where.end, where.state.value, item.highlight.id)
                    for item in relocated
                    if item.moved
                    for where in (item.location,)
                ],
            )
