"""The story list follows what the article list searches (fx169, nu67's fault 3): a query
that finds nothing, whose offer the article list shows the hits of ("Showing results for
sessions"), lists the offer's stories, and the note under the bar says so; after ctrl+y,
the query as typed. It said "No stories match 'sesions'" under the article list's note.
"""

from __future__ import annotations

from collections.abc import Collection

from index.library import Library
from index.models import Story


def stories_as_meant(
    library: Library, text: str, as_typed: bool, keep: Collection[str] = ()
) -> tuple[list[Story], str | None]:
    """The stories ``text`` lists, and None; when it lists none and the article list would
    show its offer's hits (`Library.search_as_meant`), the offer's stories and the offer
    (unless ``as_typed``), even none: the list says none match the offer, and the pane
    keeps the offer's matches lit, as the article list does (rv76: lit as typed, the
    article list's article said "no matches in this article" after `S` twice). Run it
    off the UI thread.

    Raises:
        QueryError: The query (or its offer) is malformed, over a limit, or too slow.
    """
    found = library.stories(text, keep=keep)
    if found or as_typed or not text.strip():
        return found, None
    offer = library.search_as_meant(text, limit=1).read_as
    if offer is None:
        return found, None
    return library.stories(offer, keep=keep), offer
