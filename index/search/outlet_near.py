"""Whether an outlet a user named (``--source``) is one of the index's, and the names near
it when it is not: "Foxnews" finds nothing, and "No articles match" alone would not say why."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


def unknown_outlet(
    source: str | None, query: str, sources: Sequence[tuple[str, int]]
) -> tuple[str, list[str]] | None:
    """The outlet a search named, by ``--source`` or a ``source:`` clause of its query,
    that no outlet of ``sources`` is called, and the names near it; None if there is none
    (a ``source:`` clause under NOT names none)."""
    if source is not None:
        near = outlets_near(source, sources)
        if near is not None:
            return source, near
    if not query.strip():
        return None
    # imported here: the parser and the outlet table are not needed to import this module
    from index.search.query import parse_unbound
    from index.search.source_clause import unknown_sources

    unknown = unknown_sources(parse_unbound(query), sources)
    return unknown[0] if unknown else None


def outlet_named(typed: str, sources: Sequence[tuple[str, int]]) -> str | None:
    """The index's own name for the outlet ``typed`` names in any spelling ("dw",
    "deutsche WELLE": "Deutsche Welle"), the one with most articles if several spell it;
    None when none of ``sources`` (most articles first) is called so."""
    return outlet_resolver(sources)(typed)


def outlet_resolver(sources: Sequence[tuple[str, int]]) -> Callable[[str], str | None]:
    """`outlet_named` for many names against one index's ``sources``: each outlet's key
    (`source_key`) is made once, not once a name (a user's map of leans names dozens)."""
    names: dict[str, str] = {}
    for name, _ in sources:
        names.setdefault(source_key(name), name)  # most articles first: the first wins
    return lambda typed: names.get(source_key(typed))
