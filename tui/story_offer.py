"""The story list follows what the article list searches (fx169, nu67's fault 3): a query
that finds nothing, whose offer the article list shows the hits of ("Showing results for
sessions"), lists the offer's stories, and the note under the bar says so; after ctrl+y,
the query as typed. It said "No stories match 'sesions'" under the article list's note.
Each story listed for a query is previewed by its best match (`best_matches`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from index.library import QUERY_HITS as STORY_HITS
from index.library import Library
from index.models import Story

Match = tuple[str, str | None]
"""An article a query matched: its id and its outlet."""


def stories_as_meant(
    library: Library,
    text: str,
    as_typed: bool,
    keep: Collection[str] = (),
    **options: Any,
) -> tuple[list[Story], str | None]:
    """The stories ``text`` lists, and None; when it lists none and the article list would
    show its offer's hits (`Library.search_as_meant`), the offer's stories and the offer
    (unless ``as_typed``), even none: the list says none match the offer, and the pane
    keeps the offer's matches lit, as the article list does (rv76: lit as typed, the
    article list's article said "no matches in this article" after `S` twice). ``options``
    go to `Library.stories` (`broadsheet stories`' dates and size). Run it off the UI
    thread.

    Raises:
        QueryError: The query (or its offer) is malformed, over a limit, or too slow.
    """
    found = library.stories(text, keep=keep, **options)
    if found or as_typed or not text.strip():
        return found, None
    offer = library.search_as_meant(text, limit=1).read_as
    if offer is None:
        return found, None
    return library.stories(offer, keep=keep, **options), offer


def best_matches(
    library: Library, text: str, stories: Sequence[Story]
) -> dict[str, tuple[Match, ...]]:
    """The articles of each story that ``text`` matches, best first, by story id: the pane
    shows the best, of the outlet chosen if one is (issue 16 #4: it showed the first
    article, which may lack the query's words); a story none of whose articles is among
    the best `STORY_HITS` hits has none. The same search as `Library.stories`' (6 ms
    against its 16 for "trump" on 3,779 articles). Run it off the UI thread.

    Raises:
        QueryError: The query is malformed, over a limit, or too slow.
    """
    if not text.strip() or not stories:
        return {}
    story_of = {article: story.id for story in stories for article in story.article_ids}
    found: dict[str, list[Match]] = {}
    for hit in library.search(text, limit=STORY_HITS, count=False).hits:
        story_id = story_of.get(hit.id)
        if story_id is not None:
            found.setdefault(story_id, []).append((hit.id, hit.source))
    return {story_id: tuple(matches) for story_id, matches in found.items()}


def preview(story: Story, matches: Sequence[Match], outlet: str | None) -> str:
    """The article the pane shows for ``story``: the best of ``matches`` (`best_matches`)
    of ``outlet`` when it has one, else the best, else (none: no query) its first."""
    if not matches:
        return story.first
    folded = outlet.casefold() if outlet else None
    return next((a for a, source in matches if (source or "").casefold() == folded), matches[0][0])
