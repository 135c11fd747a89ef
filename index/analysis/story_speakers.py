"""Speakers named across a story: a group whose speaker is a bare surname ("Trump") gets the one
full name ("Donald Trump") that the quotes, else the texts, of its articles' stories give."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.speakernames import bare_surname, canonical, mentioned_full_names
from index.analysis.speechverbs import KIN

if TYPE_CHECKING:
    from index.analysis.quote_derived import QuoteBook
    from index.analysis.quote_groups import QuoteGroup
    from index.models import Story


STEP_KIN = frozenset(f"step{w}" for w in ("son", "daughter", "father", "mother"))

_KIN = re.compile(
    rf"\b(?:{'|'.join(sorted(KIN | STEP_KIN))})(?:-in-law)?,?[ \t]+"
    r"(?:[A-Z][\w'’\-]*\.?[ \t]+){0,4}[A-Z][\w'’\-]*"
)
"""A relative brought in by name ("his wife, Ivanka Trump", "son Eric Trump")."""


def _no_kin_after(body: str, start: int | None) -> str:
    """``body`` with the relatives named after ``start`` blanked (None: as it is)."""
    if start is None:
        return body
    return body[:start] + _KIN.sub(lambda m: " " * len(m.group(0)), body[start:])


class StorySpeakers:
    """Names the speakers of a generation's quote groups by their stories (read lazily).

    Args:
        book: The generation's quote groups.
        story_of: The story an article is in (None when it is alone or stories are missing).
    """

    def __init__(
        self,
        book: QuoteBook,
        story_of: Callable[[str], Story | None],
        body: Callable[[str], str],
    ) -> None:
        self.book = book
        self.story_of = story_of
        self.body = body
        self._names: dict[tuple[str, ...], list[str | None]] = {}
        self._mentions: dict[tuple[object, ...], list[str]] = {}

    def named(self, group: QuoteGroup) -> QuoteGroup:
        """``group``, its speaker given in full where its articles' stories name them so."""
        if not group.speaker or bare_surname(group.speaker) is None:
            return group
        name = canonical(group.speaker, lambda: self._context(group))
        return group if name == group.speaker else replace(group, speaker=name)

    def _context(self, group: QuoteGroup) -> Iterator[str | None]:
        """The speakers of the stories of its articles, then the full names their texts give
        for its surname (read only when no speaker settles it): in an article that quotes the
        group, only before its quote ("Trump said" is no Ivanka Trump named later, nu27)."""
        stories = [self._members(a) for a in group.articles]
        for members in stories:
            yield from self._names_near(members)
        surname = (group.speaker or "").split()[-1]
        ends: dict[str, int] = {}
        for o in group.occurrences:
            ends[o.article] = min(ends.get(o.article, o.start), o.start)
        for members in stories:
            yield from self._mentioned(members, surname, ends)

    def _members(self, article: str) -> tuple[str, ...]:
        story = self.story_of(article)
        return story.article_ids if story is not None else (article,)

    def _mentioned(self, members: tuple[str, ...], surname: str, ends: dict[str, int]) -> list[str]:
        cut = tuple((a, ends[a]) for a in members if a in ends)
        found = self._mentions.get((members, surname, cut))
        if found is None:
            found = [
                n
                for a in members
                for n in mentioned_full_names(_no_kin_after(self.body(a), ends.get(a)), surname)
            ]
            self._mentions[(members, surname, cut)] = found
        return found

    def _names_near(self, members: tuple[str, ...]) -> list[str | None]:
        """The speakers the quotes of a story's articles (or of an article alone) give."""
        found = self._names.get(members)
        if found is None:
            found = [
                o.speaker
                for member in members
                for g in self.book.of_article(member)
                for o in g.occurrences
                if o.article == member
            ]
            self._names[members] = found
        return found
