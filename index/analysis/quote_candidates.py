"""Which quotes a new quote is compared with when quotes are grouped (`QuoteIndex`): those
that share enough of its shingles (`quote_links.need`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import chain

from index.analysis.quote_links import LOOSE, Key, need, whole

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
    loose: set[Key] | None = None,
) -> list[Key]:
    """The quotes that share enough shingles with ``key``'s to be compared with it, in no
    set order (grouping does not depend on it); ``loose``, when given, is filled with those
    that share `quote_links.LOOSE` or more but fewer than ``need`` (compared as renderings
    alone: `quote_links.loose`).

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
        if loose is not None:  # (the rest of ``twice`` share two shingles or more)
            loose.update(twice - out)
    out.update(same)
    if loose is not None:
        loose -= out
    return list(out)


def counted(
    key: Key, n: int, counts: Mapping[Key, int], size_of: Callable[[Key], int], loose: set[Key]
) -> list[Key]:
    """Of the quotes that share ``counts`` shingles with ``key``'s (of ``n`` words), those
    that share ``need`` (`candidates`' rule, as `StoredQuotes` counts); those that share
    fewer, but `LOOSE` or more, are added to ``loose``."""
    most = need(n, n)  # at most; a shorter other needs less: `need` <= shared
    close = []
    for other, shared in counts.items():
        if other == key:
            continue
        if shared >= most or size_of(other) <= 3 * shared + 4:
            close.append(other)
        elif shared >= LOOSE:
            loose.add(other)
    return close


def same_words(key: Key, bucket: set[Key] | None) -> set[Key]:
    """One quote of ``bucket`` (the quotes of the same words as ``key``'s: `whole`) other
    than ``key``, or none: all of them are in one group, so one is enough, however many."""
    for other in bucket or ():
        if other != key:
            return {other}
    return set()
