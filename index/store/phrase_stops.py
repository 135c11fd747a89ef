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

from index.store.cjk import is_cjk_letter


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
        yield from self._loose(chain((first,), stream))

    def _loose(self, tokens: Iterable[Any]) -> Iterator[Any]:
        """`StopFilter` on a query's loose words, but a single Chinese, Japanese or Korean
        character is a word there, not a stray letter (`is_stop`)."""
        pos = None
        for token in tokens:
            if is_stop(token.text, self.stops, self.min):
                if not token.removestops:  # kept, marked, as Whoosh keeps them then
                    token.stopped = True
                    yield token
                continue
            if self.renumber and token.positions:
                pos = token.pos if pos is None else pos + 1
                token.pos = pos
            token.stopped = False
            yield token


def is_stop(term: str, stops: frozenset[str] | None = None, minsize: int = 2) -> bool:
    """Whether a query's loose word ``term`` (lower case, folded) is one the filter drops: a
    stop word or a single letter (a Chinese, Japanese or Korean character is a word)."""
    if len(term) < minsize and not is_cjk_letter(term):
        return True
    return term in (STOP_TERMS if stops is None else stops)


STOP_TERMS: frozenset[str] = PhraseStopFilter().stops
"""Whoosh's stop list, the words a loose query word may not be."""
