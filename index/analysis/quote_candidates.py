"""Which quotes a new quote is compared with when quotes are grouped (`QuoteIndex`): those
that share enough of its shingles (`quote_links.need`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

from index.analysis.quote_links import Key, need, whole

SHORT = 3 * 1 + 4
"""A quote this short (in words) is a candidate on one shared shingle."""
COMMON_SHINGLE = 400
"""Shingles in more quotes than this are not used to find candidates."""


def candidates(
    key: Key,
    words: Sequence[str],
    own: set[int],
    buckets_of: Mapping[int, set[Key]],
    short: set[Key],
    words_of: Mapping[Key, Sequence[str]],
) -> list[Key]:
    """The quotes that share enough shingles with ``key``'s to be compared with it, in no
    set order (grouping does not depend on it).

    Args:
        key: The new quote.
        words: Its words.
        own: Its shingles.
        buckets_of: The quotes of each shingle.
        short: The quotes of `SHORT` words or fewer.
        words_of: Each quote's words.

    A quote is a candidate when it shares ``need`` shingles: sharing one is enough for a
    short quote or when this one is short; others must share two or more. Most quotes a
    shingle reaches share only it and are long: they are left out with set operations, not
    counted one by one.
    """
    found = map(buckets_of.get, own)
    buckets = [b for b in found if b and len(b) <= COMMON_SHINGLE]
    same = same_words(key, buckets_of.get(whole(words)))
    n = len(words)
    most = need(n, n)  # at most; a shorter other needs less: `need` <= shared
    if most <= 1:
        return [other for other in set().union(*buckets, same) if other != key]
    seen: set[Key] = set()
    twice: set[Key] = set()  # the quotes in two buckets or more
    for bucket in buckets:
        twice |= seen & bucket
        seen |= bucket
    seen.discard(key)
    out = seen & short
    twice -= out | {key}
    if twice:
        counts = Counter(chain.from_iterable(buckets))
        out.update(
            other
            for other in twice
            if (shared := counts[other]) >= most or len(words_of[other]) <= 3 * shared + 4
        )
    out.update(same)
    return list(out)


def same_words(key: Key, bucket: set[Key] | None) -> set[Key]:
    """One quote of ``bucket`` (the quotes of the same words as ``key``'s: `whole`) other
    than ``key``, or none: all of them are in one group, so one is enough, however many."""
    for other in bucket or ():
        if other != key:
            return {other}
    return set()
