"""The searching part of `index.library.Library`: a query's page of hits and its count,
copies folded, under one time budget, what to say beside a search, and the articles most
like one.

Split from `index.library` by job (its size); the offer's search is `index.library_offer`,
the snippets `index.library_snippets`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from index.copies import folded_count, folded_page

if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from datetime import datetime

    from index.engine import Engine
    from index.models import Hit, SearchResult, Sort
    from index.search.highlight import Highlighter


class SearchMethods:
    """`search` and `count` (copies folded), `one_search`, `search_note`, `most_similar`,
    `made_older`."""

    if TYPE_CHECKING:  # provided by `index.library.Library`
        engine: Engine

        def copies(self) -> dict[str, str]: ...

        def highlighter(self, text: str) -> Highlighter: ...

        def _with_snippet(self, hit: Hit, highlighter: Highlighter) -> Hit: ...

        def date_miss(
            self,
            text: str,
            *,
            since: datetime | None = None,
            until: datetime | None = None,
            now: datetime | None = None,
        ) -> str | None: ...

        @staticmethod
        def phrase_marks(text: str) -> str | None: ...

        @staticmethod
        def lone_minus(text: str) -> str | None: ...

    def search(
        self,
        text: str,
        *,
        limit: int | None = 50,
        sort: Sort = "relevance",
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        snippets: bool = False,
        count: bool = True,
    ) -> SearchResult:
        """Search the corpus; a copy's hit folds into its original's (`index.copies`).

        Args:
            text: A query (the README's Queries; "" lists every article, newest first).
            limit: Most hits to return (None for all).
            sort: "relevance", "newest", "oldest" or "source".
            source: Keep only this outlet (its whole name, any case).
            since: Keep only articles dated at or after this instant (see `read_date`).
            until: Keep only articles dated at or before this instant.
            snippets: Fill each hit's snippet around its best passage (one article read a
                hit; the reader fills them lazily with `snippet_for` instead).
            count: Count every match for ``total``; without it ``total`` may be a lower
                bound (``total_exact`` says so) and `count` tells the rest later.

        Raises:
            QueryError: The query is malformed, over a limit, or took too long.
        """
        asked = (text, limit, sort, count, source, since, until)
        with self.one_search():  # the page, the copies past it, the count: one budget
            result = folded_page(self.engine, self.copies(), *asked)  # copies folded too
            if not snippets:
                return result
            highlighter = self.highlighter(text)
            hits = tuple(self._with_snippet(hit, highlighter) for hit in result.hits)
        return replace(result, hits=hits)

    def count(
        self,
        text: str,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        """How many hits a query and the limits give, copies folded (`copies.folded_count`)."""
        with self.one_search():  # the matches, then the copies among them: one budget
            return folded_count(self.engine, self.copies(), text, source, since, until)

    def one_search(self) -> AbstractContextManager[None]:
        """A block whose searches and counts are the steps of one search, with one time
        budget between them (`Engine.one_search`): the CLI's page, total and undated
        count stop together at 5 s, not at 5 s each (rv45: ``*ed`` took 8.3 s)."""
        return self.engine.one_search()

    def wire_hint(self, text: str) -> str | None:
        """What to say when a word of ``text`` has a wire abbreviation the index holds far
        more often, "wires write mln (...): try `million OR mln`" (`index.search.wire_words`)."""
        from index.search.wire_words import wire_hint

        return wire_hint(text, self.count)

    def search_note(self, text: str, found: int) -> str | None:
        """What the reader says under its search bar after ``text`` found ``found``: a date
        filter outside the corpus's, a phrase's "?" read as a question mark (when none), a
        lone minus read as nothing, a wire abbreviation to try."""
        said = [self.date_miss(text), self.phrase_marks(text)] if found == 0 else []
        return "  ".join(filter(None, [*said, self.lone_minus(text), self.wire_hint(text)])) or None

    def most_similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """The articles most like one (by its key terms), best first, itself excluded.

        Raises:
            KeyError: No article has this id.
        """
        return self.engine.most_similar(article_id, limit)

    def made_older(self, kind: str) -> str | None:
        """What to say when older rules made the open index's ``kind`` ("articles",
        "quotes", "stories") or the articles under it ("quotes, stories made by older rules:
        run `broadsheet index update`", as `index status` advises), else None. Read from
        the index's record alone (no corpus scan); an engine that cannot tell so cheaply
        (OpenSearch) says nothing (nu71; nu72: the stories and the search too)."""
        from index.rules import ARTICLES

        older = getattr(self.engine, "outdated", ())
        if kind not in older and ARTICLES not in older:
            return None
        from index.store.status import older_advice  # reads the corpus's files: not loaded else

        return older_advice(older)
