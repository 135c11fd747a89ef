"""The highlighting part of `index.library.Library`: what a query lights up in an article,
and the snippets around the first lit words of a hit's article.

Split from `index.library` by job (its size); `Library.search` fills snippets with
`_with_snippet`, the reader lazily with `snippet_for`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from index.search.highlight import Highlighter, highlighter_for_terms, highlighter_for_text
from index.search.snippets import with_first_snippet, with_snippet

if TYPE_CHECKING:
    from index.engine import Engine
    from index.models import Article, Hit


class SnippetMethods:
    """Highlighters for a query or for words, and hits' snippets."""

    if TYPE_CHECKING:  # provided by `index.library.Library`
        engine: Engine

        def article(self, article_id: str) -> Article: ...

    def highlighter(self, text: str) -> Highlighter:
        """What a query lights up in an article ("" lights nothing).

        Raises:
            QueryError: The query is malformed.
        """
        return highlighter_for_text(text, self.engine.prefix_stems, self.engine.wildcard_stems)

    @staticmethod
    def highlighter_for_words(words: Iterable[str]) -> Highlighter:
        """A highlighter for plain words (watch words): each lights all its stem's forms."""
        return highlighter_for_terms(words)

    def snippet_for(
        self,
        hit: Hit,
        highlighter: Highlighter,
        *,
        cancelled: Callable[[], bool] = lambda: False,
        pause: float = 0.0,
    ) -> Hit | None:
        """``hit`` with a snippet around the first matches of its article (None if gone).

        Scans the article a stretch at a time and stops at the first that has matches,
        sleeping ``pause`` seconds between stretches (so a UI thread keeps the GIL) and
        giving up when ``cancelled`` says so.
        """
        try:
            body = self.article(hit.id).body
        except KeyError:
            return None
        lit = highlighter.for_article(hit.title, body)  # a wildcard's, in this article
        return with_first_snippet(hit, body, lit, cancelled=cancelled, pause=pause)

    def _with_snippet(self, hit: Hit, highlighter: Highlighter) -> Hit:
        try:
            body = self.article(hit.id).body
        except KeyError:
            return hit
        return with_snippet(hit, body, highlighter.for_article(hit.title, body))
