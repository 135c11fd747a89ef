"""Did you mean, for the lists beside the articles': the stories and the quotes (nu16: `S`
then `/gorsuh` said only "No stories match"; `stories gorsuh` and `quotes gorsuh` too).

The respelling is the articles list's own (`index.search.suggest`, through
`Library.search`): one rule of what a user meant, wherever a query is typed. It is offered
only when it lists something in the list at hand, as the articles list offers one only
when it finds articles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rich.text import Text

from index.library import Library
from index.models import SearchResult


def did_you_mean(
    library: Library,
    query: str,
    lists: Callable[[str], bool],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    source: str | None = None,
) -> str | None:
    """The respelling of ``query`` the articles list offers when no article (of the outlet
    ``source``, when given) matches it, if ``lists(respelling)`` (it lists something
    here); else None. Searches: run it off the UI thread.

    Raises:
        QueryError: The query is malformed.
    """
    if not query.strip():
        return None
    result = library.search(query, limit=1, source=source, since=since, until=until)
    return respelling(result, lists)


def respelling(result: SearchResult, lists: Callable[[str], bool]) -> str | None:
    """`did_you_mean` of a search already made (``result``)."""
    if result.total or not result.suggestion:
        return None
    return result.suggestion if lists(result.suggestion) else None


def offer(said: str, suggestion: str | None) -> str:
    """``said`` ("No stories match 'gorsuh'.") with the respelling offered after it."""
    return f"{said} Did you mean: {suggestion}?" if suggestion else said


def options_said(options: tuple[str, ...]) -> Text:
    """Respellings offered, each bold, as a sentence says them: "a", "a or b", "a, b or c"
    (queries from the corpus's words: no markup)."""
    said = Text()
    for n, option in enumerate(options):
        if n:
            said.append(" or " if n == len(options) - 1 else ", ")
        said.append(option, "bold")
    return said
