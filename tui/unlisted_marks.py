"""The marked articles a search leaves out of the list: how many the status line says
(`marks_note`), and which of them the search finds further down (`marks_further`).

Split from `tui.widgets.article_list` by job (its size).
"""

from __future__ import annotations

from index.library import Library, QueryError
from index.models import Hit, SearchResult


def marks_note(marked: list[str], hits: list[Hit], further: frozenset[str] = frozenset()) -> str:
    """What the status line says of the marks: how many ("" when none), and how many a
    search left out of the list: `c` compares them too, and no ● shows them. ``further``:
    marked articles the search finds beyond the rows listed so far (`marks_further`). The
    count stays when every mark is listed (nu18 #5: clearing the query dropped it)."""
    listed = {hit.id for hit in hits}
    hidden = sum(article_id not in listed and article_id not in further for article_id in marked)
    if not marked:
        return ""
    return f"{len(marked)} marked, {hidden} not in this list" if hidden else f"{len(marked)} marked"


def marks_further(
    library: Library, text: str, source: str | None, marked: list[str], result: SearchResult
) -> frozenset[str]:
    """The marked articles not among the hits of ``result`` that the search ``text`` (in
    ``source``) finds all the same: the list shows its first rows only, and adds more as
    it is scrolled, so they are in this list, further down. One search, by id, run only
    when some mark is not listed and the result has more hits than it holds; a query it
    cannot ask leaves them counted as not listed."""
    if len(result.hits) >= result.total and result.total_exact:
        return frozenset()  # every hit is listed
    listed = {hit.id for hit in result.hits}
    unlisted = [i for i in dict.fromkeys(marked) if i not in listed and '"' not in i]
    if not unlisted:
        return frozenset()
    ids = " OR ".join(f'id:"{article_id}"' for article_id in unlisted)
    query = f"({text}) AND ({ids})" if text.strip() else ids
    try:
        found = library.search(query, limit=len(unlisted), source=source, count=False)
    except QueryError:
        return frozenset()
    return frozenset(hit.id for hit in found.hits) & frozenset(unlisted)
