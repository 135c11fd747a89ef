"""The stop filter of broadsheet's analyzers: stop words are indexed, and dropped only from
a query's loose words.

A module of its own, so that the analyzers (and the schema Whoosh's writer processes
unpickle) can name the class, while `index.store.schema` imports Whoosh only on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from whoosh.analysis import StopFilter


class PhraseStopFilter(StopFilter):
    """Whoosh's `StopFilter` (its stop list, single letters) on a query's loose words only.

    Indexing ("index" mode) keeps every word at its own position, and so does a quoted
    phrase: Whoosh's parser analyses a phrase with ``chars=True`` (to know each word's
    place), a loose word without. So ``"will not allow"`` needs "will", "not" and "allow"
    in a row, where a stop list on both sides matched any "allow"; and ``"to be or not to
    be"`` is a phrase, not nothing. A loose "the" or "a" is still dropped (a query of
    nothing else is refused), so plain queries find what they found.
    """

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        stream = iter(tokens)
        first = next(stream, None)
        if first is None:
            return
        if first.mode == "index" or (first.mode == "query" and first.chars):
            yield first
            yield from stream
            return
        yield from super().__call__(chain((first,), stream))


def is_stop(term: str) -> bool:
    """Whether a query's loose word ``term`` (lower case, folded) is one the filter drops."""
    return len(term) < 2 or term in STOP_TERMS


STOP_TERMS: frozenset[str] = PhraseStopFilter().stops
"""Whoosh's stop list, the words a loose query word may not be."""
