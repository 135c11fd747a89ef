"""What a grouped quotation is: each article's occurrence of it, and their group.

`index.analysis.quote_groups.QuoteIndex` keeps the groups up to date."""

from __future__ import annotations

from dataclasses import dataclass

from index.analysis.quote_change import Change
from index.first_dated import first_dated, moment


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One appearance of a grouped quotation.

    Attributes:
        article: The article's id.
        source: Its outlet, or None.
        date: Its date (ISO 8601), or None.
        start: Offset of the quote in the article's cleaned body.
        end: Offset just past it; ``body[start:end] == text``.
        text: The quote as this article has it, marks included.
        speaker: Who this article says spoke, or None.
        change: How it differs from the group's fullest form, word by word: "same",
            "clipped" (words left out, none changed) or "reworded".
        diff: The differences as ``(op, fullest words, these words)``, op being "delete",
            "insert" or "replace".
    """

    article: str
    source: str | None
    date: str | None
    start: int
    end: int
    text: str
    speaker: str | None
    change: Change
    diff: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """A quotation and every article that carries it.

    Attributes:
        id: A stable id (from the group's earliest-known occurrence).
        text: The fullest form's words inside its marks, as they read alone: without the
            comma (or semicolon, colon) the article's sentence puts before the closing mark.
        speaker: The speaker most occurrences name (a bare surname counting for the one
            full name other occurrences give: "Trump" for "Donald Trump"), or None.
        occurrences: Every occurrence, first published first.
        first: The id of the article listed first (by date; undated ones last); who ran it
            first is `lead`.
    """

    id: str
    text: str
    speaker: str | None
    occurrences: tuple[Occurrence, ...]
    first: str

    @property
    def articles(self) -> tuple[str, ...]:
        """The ids of the articles that carry it, no repeats."""
        return tuple(dict.fromkeys(o.article for o in self.occurrences))

    @property
    def lead(self) -> Occurrence | None:
        """The occurrence that ran it first: the earliest dated one of a named outlet
        (`index.first_dated`, as a story's first); None when none is (nu42 #8)."""
        return first_dated(self.occurrences, lambda o: o.source, lambda o: moment(o.date))

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets that carry it, no repeats (unknown outlets left out)."""
        return tuple(dict.fromkeys(o.source for o in self.occurrences if o.source))
