"""Speakers named across a story: a group whose speaker is a bare surname ("Trump") gets the one
full name ("Donald Trump") that the quotes of its articles, or of their stories, give."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.speakernames import bare_surname, canonical

if TYPE_CHECKING:
    from index.analysis.quote_derived import QuoteBook
    from index.analysis.quote_groups import QuoteGroup
    from index.models import Story


class StorySpeakers:
    """Names the speakers of a generation's quote groups by their stories (read lazily).

    Args:
        book: The generation's quote groups.
        story_of: The story an article is in (None when it is alone or stories are missing).
    """

    def __init__(self, book: QuoteBook, story_of: Callable[[str], Story | None]) -> None:
        self.book = book
        self.story_of = story_of
        self._names: dict[tuple[str, ...], list[str | None]] = {}

    def named(self, group: QuoteGroup) -> QuoteGroup:
        """``group``, its speaker given in full where its articles' stories name them so."""
        if not group.speaker or bare_surname(group.speaker) is None:
            return group
        name = canonical(group.speaker, lambda: self._context(group))
        return group if name == group.speaker else replace(group, speaker=name)

    def _context(self, group: QuoteGroup) -> Iterator[str | None]:
        for article in group.articles:
            yield from self._names_near(article)

    def _names_near(self, article: str) -> list[str | None]:
        """The speakers the quotes of ``article``'s story (or of the article alone) give."""
        story = self.story_of(article)
        members = story.article_ids if story is not None else (article,)
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
