"""Why a query lists no story: no article matches it (and the respelling that lists one,
if any), or none of those that do is in one.

A bare "No stories match 'peacekeep*'" read as if nothing matched, though 3 articles did:
each stood alone, and the story list leaves out stories of one article.
"""

from __future__ import annotations

from datetime import datetime

from index.library import Library, QueryError
from index.models import counted, undated_left_words
from tui.did_you_mean import offer, respelling


def none_listed(
    library: Library,
    query: str,
    *,
    min_articles: int = 2,
    since: datetime | None = None,
    until: datetime | None = None,
) -> str:
    """The line shown when ``query`` lists no story of ``min_articles`` or more (it counts
    the query's articles: run it off the UI thread).

    Raises:
        QueryError: The query is malformed.
    """
    return why_none(library, query, min_articles=min_articles, since=since, until=until)[0]


def why_none(
    library: Library,
    query: str,
    *,
    min_articles: int = 2,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[str, str | None]:
    """`none_listed`'s line and the respelling it offers, if any (the reader's ctrl+y on
    the story list searches it, nu67).

    Raises:
        QueryError: The query is malformed.
    """
    result = library.search(query, limit=1, since=since, until=until)
    matched = result.total
    if matched == 0:

        def lists(respelt: str) -> bool:
            found = library.stories(respelt, since=since, until=until, min_articles=min_articles)
            return bool(found)

        said = f"No stories match {query!r}."
        try:  # as the article list says of a date filter (nu46 #2)
            left = library.undated_left_out(query, since=since, until=until)
        except QueryError:  # too slow to count: the line stands without it
            left = 0
        if left:
            said = f"No stories match {query!r}; {undated_left_words(left)}."
        respelt = respelling(result, lists)
        return offer(said, respelt), respelt
    verb = "matches" if matched == 1 else "match"
    smallest = "a story" if min_articles <= 1 else f"a story of {min_articles:,} or more"
    return f"{counted(matched, 'article')} {verb} {query!r}; none is in {smallest}.", None
