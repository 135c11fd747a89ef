"""What a search saved from the reader has shown at that moment (its hits counted seen)."""

from __future__ import annotations

from index.library import Library, QueryError
from index.models import Sort
from index.notebook import SavedSearch
from tui import notebook_ops


def seen_now(
    library: Library, name: str, query: str, source: str | None, sort: Sort, listed: list[str]
) -> list[str]:
    """What a search saved now has shown: its hits as `saved run` will find them (as
    `saved add` counts them). The article list's rows were taken, and from the stories list
    they are not this query's (nu40 #8: "30 new" right after saving); past its first 100
    rows every hit counted new. ``listed``: the rows, if the query no longer parses."""
    draft = SavedSearch(name, query, source, None, None, sort, "", None, 0)
    try:
        return notebook_ops.hit_ids(notebook_ops.run_saved(library, draft))
    except QueryError:
        return listed
