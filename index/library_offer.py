"""The search that shows an offer's hits: `index.library.Library.search_as_meant`.

Split from `index.library` by job (its size). A query that found nothing, one plain word
of which the index lacks, is searched as its first offer, and the result says so
(`SearchResult.read_as`; the rules: `index.search.offer_run`); the CLI's ``search`` and
the reader's list ask for it, with a way to search as typed. The stories and quotes keep
`Library.search` (their "Did you mean" asks for the articles the query as typed finds).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from index.models import SearchResult


class OfferMethods:
    """`search_as_meant`: the query as typed, or its offer when it found nothing."""

    if TYPE_CHECKING:  # provided by `index.library.Library`
        search: Callable[..., SearchResult]

    def search_as_meant(self, text: str, *, as_typed: bool = False, **options: Any) -> SearchResult:
        """`Library.search` (the same ``options``); when the query finds nothing, is plain
        words and lacks one of them, the hits of its first offer, with ``read_as`` that
        offer and ``query`` the query as typed (its offers kept: ``suggestions``); the
        query as typed always with ``as_typed``.

        Raises:
            QueryError: The query (or its offer) is malformed, over a limit, or too slow.
        """
        from index.search.offer_run import offer_shown  # Whoosh: not on the reader's first frame

        result = self.search(text, **options)
        offer = None if as_typed else offer_shown(result)
        if offer is None:
            return result
        found = self.search(offer, **options)
        if not found.total and not found.hits:  # the engine kept it as finding: not now
            return result
        return replace(
            found,
            query=result.query,
            read_as=offer,
            suggestion=result.suggestion,
            suggestions=result.suggestions,
        )
