"""Whether an outlet a user named (``--source``) is one of the index's, and the names near
it when it is not: "Foxnews" finds nothing, and "No articles match" alone would not say why."""

from __future__ import annotations

from collections.abc import Sequence

from index.store.schema import source_key

NEAR_SCORE = 70
"""Least rapidfuzz WRatio (0-100) at which an outlet's name is offered as the one meant."""


def outlets_near(
    typed: str, sources: Sequence[tuple[str, int]], limit: int = 3
) -> list[str] | None:
    """None when ``typed`` names an outlet of ``sources`` (in any of its spellings: the
    filter's `source_key`); else the names nearest it, best first (maybe none)."""
    key = source_key(typed)
    names = [name for name, _ in sources]
    if any(source_key(name) == key for name in names):
        return None
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        typed,
        names,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=NEAR_SCORE,
        limit=limit,
    )
    return [name for name, _, _ in found]
