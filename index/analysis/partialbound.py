"""When rapidfuzz's ``partial_ratio`` of two long strings is surely under a cutoff: a cheap
bound, so that grouping skips the slow call (its answer is known: 0 under a cutoff).

``fuzz.partial_ratio(a, b)`` is the best ``fuzz.ratio`` of the shorter string (``n``
characters) against stretches of the longer one of at most ``n`` characters (its windows;
the long-needle algorithm of rapidfuzz tries only some of them). The ratio of the needle
and a window of ``w`` characters is ``200 * lcs / (n + w)`` with ``lcs <= min(w, L)``,
where ``L`` is the longest common subsequence of the needle and any stretch holding the
window; over ``w`` that is at most ``200 * L / (n + L)``. Every window lies inside one of
the stretches of ``2 * n`` characters starting at ``0, n, 2n, ...``, so ``L`` is the
largest of their common subsequences with the needle: a few bit-parallel LCS runs, where
``partial_ratio`` of a needle longer than 64 characters aligns it again and again (a quote
of 300 characters in one of 600: about 1.5 ms against 10 µs).
"""

from __future__ import annotations

from rapidfuzz.distance import LCSseq

__all__ = ["SHORT_NEEDLE", "partial_below", "upper_bound"]

SHORT_NEEDLE = 64
"""Up to this length rapidfuzz's own search is faster than the bound: it is not tried."""
_MARGIN = 0.01
"""How far under the cutoff (in ratio points) the bound must be: rounding of the ratio's
floating point never reaches that far."""


def partial_below(a: str, b: str, cutoff: float) -> bool:
    """True only when ``fuzz.partial_ratio(a, b)`` is under ``cutoff`` (0-100), so that
    ``partial_ratio(a, b, score_cutoff=cutoff)`` is 0; False when it may not be, and for
    a shorter string of `SHORT_NEEDLE` characters or fewer (not worth the bound)."""
    needle, hay = (a, b) if len(a) <= len(b) else (b, a)
    n = len(needle)
    if n <= SHORT_NEEDLE:
        return False
    limit = (cutoff - _MARGIN) / 100
    # 200 * L / (n + L) < 100 * limit  <=>  L < limit * n / (2 - limit)
    most = limit * n / (2 - limit)
    for k in range(0, len(hay) - n + 1, n):
        if LCSseq.similarity(needle, hay[k : k + 2 * n]) >= most:
            return False
    return True


def upper_bound(a: str, b: str) -> float:
    """The bound itself (0-100): ``fuzz.partial_ratio(a, b)`` is never above it
    (`partial_below` stops reading as soon as it knows the answer)."""
    needle, hay = (a, b) if len(a) <= len(b) else (b, a)
    n = len(needle)
    if not n:
        return 100.0  # (rapidfuzz: 100 for two empty strings, 0 for one)
    most = max(LCSseq.similarity(needle, hay[k : k + 2 * n]) for k in range(0, len(hay) - n + 1, n))
    return 200 * most / (n + most)
