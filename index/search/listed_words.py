"""The stems of the words an index lists that a prefix begins or a wildcard fits.

Each segment lists its words as written (`index.store.words`, px34). A prefix stands for
the stems of the listed words it begins (`index.search.prefixes.begun_stems`), a wildcard
for those of the words it fits (`index.search.wildcards.fitted_stems`): one walk over the
segments, which reads each list, takes the words asked for and stems them, cached by
index reader (a reader's segments, and so its lists, never change).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any
from weakref import WeakKeyDictionary

from index.search.limits import UNLIMITED, Budget

_STEMS: WeakKeyDictionary[Any, dict[Hashable, frozenset[str] | None]] = WeakKeyDictionary()
"""`stems_of_listed` by index reader, then by what was asked."""


def stems_of_listed(
    reader: Any,
    asked: Hashable,
    take: Callable[[tuple[str, ...]], Iterable[str]],
    budget: Budget = UNLIMITED,
) -> frozenset[str] | None:
    """The stems of the words that ``take`` picks from each segment's sorted list, over
    the segments of ``reader`` (a whole index's: a word of one segment stands for its stem
    in all), or None if a segment has no list. Cached by reader and ``asked``, which names
    what ``take`` picks (``("begun", "rate")``). The budget is checked at each segment and
    as the words are stemmed (``*a*`` fits most of them); a search out of time caches
    nothing."""
    from index.store.schema import stem
    from index.store.words import segment_words

    try:
        known = _STEMS.setdefault(reader, {})
    except TypeError:  # not weakly referable: not cached
        known = {}
    if asked in known:
        return known[asked]
    words: set[str] = set()
    for leaf, _ in reader.leaf_readers():
        budget.check()
        listed = segment_words(leaf)
        if listed is None:
            known[asked] = None
            return None
        words.update(take(listed))
    stems = frozenset(stem(word) for word in budget.watch(words))
    known[asked] = stems
    return stems
