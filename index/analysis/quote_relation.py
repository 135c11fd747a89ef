"""How two quotes are one quotation: equal, lightly edited, a clip, or overlapping.

`relation` compares two quotes' normalised words (split from `quote_links`, which finds the
pairs worth comparing and groups a region's quotes by these relations).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from index.analysis.partialbound import partial_below
from index.analysis.quote_paraphrase import NEGATORS, named, paraphrase
from index.analysis.words import STOPWORDS

__all__ = [
    "CLIP",
    "NAMED",
    "NONE",
    "OVERLAP",
    "PARAPHRASE",
    "RUN",
    "RUN_WORDS",
    "SAID_OVERLAP",
    "SHORT_CLIP",
    "STRONG",
    "in_order",
    "overlap",
    "region_relation",
    "relation",
    "same_quotation",
    "shares_run",
    "shorter",
]

EDIT_RATIO = 85.0
"""rapidfuzz ratio (0-100) of two quotes' normalised words at or above which they are one."""
CONTAIN_RATIO = 92.0
"""rapidfuzz partial ratio at or above which the shorter quote is a clip of the longer."""
MIN_CLIP_WORDS = 5
"""The fewest words a quote needs to join a longer one as a clip of it."""
MIN_CUT_WORDS = 8
"""The fewest words a clip needs to join a longer quote as an *edited* clip: words cut
from inside it or changed ("U.S. population is much more multiracial and more diverse"
in "the US population is much more multiracial, and more racially and ethnically
diverse"), compared with the stretch of the longer quote its words align with."""
MAX_CUTS = 2
CUT_PIECE = 4
"""A clip of ``MIN_CUT_WORDS`` or more whose every word is in the longer quote, in order,
in at most ``MAX_CUTS`` + 1 runs of ``CUT_PIECE`` words or more, is a clip with words cut
out ("..."), however many: the runs are the longer quote's own words."""
SHORT_CUT_WORDS = 3
"""A clip of ``MIN_CLIP_WORDS`` words or more but under ``MIN_CUT_WORDS`` is a clip with
words cut out when its words are the longer quote's own, in order, in two runs with at
most this many words cut between them ("abundantly clear we didn't have air cover" in
"It was abundantly clear that we didn't have air cover when ..."; "inherited a mess at
home and abroad" in "I inherited a mess. It's a mess. At home and abroad")."""
ASIDE_WORDS = 10
"""The most words one outlet's copy of a quotation may hold, as one run, that another's
lacks between two runs of ``CUT_PIECE`` words or more it holds together: an aside ("any
cut to any of -- I think her phrase was -- our village schools is a cut to every family"
for "any cut to any of our village schools is a cut to every family"), at most half as
many words as those around it (`_aside`). The copy with the
aside is a clip of the one without (`_aside`); the other way round it is a clip with words
cut out already."""
K = 3  # words per shingle

MIN_OVERLAP_WORDS = 12
"""The fewest words one quote's end and another's start must share (as `STRONG` quotes
are alike: ratio >= ``EDIT_RATIO``) for the two to be one quotation *overlapping*: one
outlet ran its first half, another its second ("..., I have agreed to forgo my annual
bonus and my annual equity grant" and "[S]ince this incident happened during my tenure,
I have agreed to forgo my annual bonus and my annual equity grant this year and ...")."""
MIN_SAID_OVERLAP_WORDS = 8
"""The fewest words two quotes given to one speaker (by surname, `quote_stock.said_together`) must
share where they meet to be one quotation overlapping: one outlet ran "We absolutely support
the two-state solution but we are thinking out of the box as well", another "We are
thinking out of the box as well, which is: ...". Without a shared speaker and date such a
short overlap may be a phrase two quotations share."""
MAX_OVERLAP_SKIP = 2
"""Words the later quote may have before the shared stretch starts (a word the earlier
quote's outlet cut or wrote otherwise)."""
NONE, STRONG, CLIP, OVERLAP, SAID_OVERLAP, PARAPHRASE, NAMED, RUN = 0, 1, 2, 3, 4, 5, 6, 7
SHORT_CLIP = 8
"""A quote of ``K`` words or more but under ``MIN_CLIP_WORDS``, ``SHORT_CLIP_CONTENT``
content words or more, that is a run of a longer quote's words ("integrity of the
investigation" in "with respect for the integrity of the investigation"): a clip only when
one speaker or none said both, within a day, and no other quotation holds it
(`quote_short`, which `split` asks); else a stock phrase two quotations share (qg40)."""
SHORT_CLIP_CONTENT = 2
"""The fewest content words (not `STOPWORDS`) a `SHORT_CLIP` has: "out of the question"
("question" alone) is common words, no clip."""
RUN_WORDS = 7
"""Two quotes that are no other relation (`relation` is `NONE`) but share this many words in
a row are `RUN` to grouping (`quote_links.linked`, `same_quotation`): one region, no group
(one word under `MIN_SAID_OVERLAP_WORDS`). A part of a statement that one
outlet quotes in two and another whole may be no clip or overlap of the whole quote, yet
share a run with it ("We have no plans to interfere in Syria's internal affairs" and "...
in Syrian domestic affairs. Our task is ..."): in one region, `quote_parts` can see it
(qg36: u65, v27)."""

Words = Sequence[str]


def relation(a: Words, b: Words) -> int:
    """How two quotes (as normalised words) are one quotation: `STRONG` (equal or lightly
    edited), `CLIP` (the shorter contained in the longer), `OVERLAP` (one's end is the
    other's start, `overlap`), `SAID_OVERLAP` (the same by fewer words: one quotation only
    when one speaker said both, which `split` asks), `PARAPHRASE` (another rendering of one
    statement, `quote_paraphrase`: one only when one speaker said both, as `split` asks),
    `NAMED` (a rendering carrying the same names and numbers: one when one speaker at most
    is named, `quote_paraphrase.said_alike`), `SHORT_CLIP` (a clip of three or four words:
    one only on evidence, `quote_short`) or `NONE`. A quote that is the other's words
    with an aside inserted (`_aside`) is a `CLIP` of it."""
    if not a or not b:
        return NONE
    if a == b:
        return STRONG
    short, long_ = (a, b) if shorter(a, b) else (b, a)
    if len(short) < K:
        return NONE
    sa, sb = " ".join(short), " ".join(long_)
    if fuzz.ratio(sa, sb, score_cutoff=EDIT_RATIO) and not _negation_differs(
        short, long_, whole=True
    ):
        return (
            STRONG  # else it may still be a clip: "..., they don't" of "..., they don't. Not me!"
        )
    window: tuple[int, int] | None = None
    near = 0.0  # partial ratio, when EDIT_RATIO or more (one call for both thresholds)
    if len(short) >= MIN_CLIP_WORDS and not partial_below(sa, sb, EDIT_RATIO):
        near = fuzz.partial_ratio(sa, sb, score_cutoff=EDIT_RATIO)  # (0 when surely under)
    if near >= CONTAIN_RATIO:
        window = _window(short, long_, sa, sb)
    elif len(short) >= MIN_CUT_WORDS:
        window = _edited_clip(short, long_, sa)
        if window is None and near:
            found = _window(short, long_, sa, sb)  # a repeated word misled the alignment
            stretch = long_[found[0] : found[1]]
            if not _negation_differs(short, stretch, whole=False) and not _swapped(short, stretch):
                window = found  # (else it may still overlap: a run-on quote goes on past)
        if window is None:
            aside = _aside(short, long_)
            if aside is not None and not _negation_differs(
                short, long_[aside[0] : aside[1]], whole=False
            ):
                return CLIP  # an aside inserted ("-- I think her phrase was --")
    elif len(short) >= MIN_CLIP_WORDS and SHORT_CUT_WORDS:
        window = _short_cut(short, long_)
    if window is None:
        # the shared stretch found at the fewer words is the one `overlap` finds at more
        # (the longest first), so one search each way tells both relations
        met = max(_meet(a, b, MIN_SAID_OVERLAP_WORDS)[1], _meet(b, a, MIN_SAID_OVERLAP_WORDS)[1])
        if met >= MIN_OVERLAP_WORDS:
            return OVERLAP
        if met:
            return SAID_OVERLAP
        if named(short, long_):
            return NAMED  # (a paraphrase too, perhaps: the same names let a body speak)
        if paraphrase(short, long_):
            return PARAPHRASE
        return SHORT_CLIP if _short_clip(short, long_) else NONE
    lo, hi = window
    return NONE if _negation_differs(short, long_[lo:hi], whole=False) else CLIP


def _short_clip(short: Words, long_: Words) -> bool:
    """True when ``short`` is a `SHORT_CLIP` of ``long_``: under ``MIN_CLIP_WORDS`` words,
    ``SHORT_CLIP_CONTENT`` of them content words, running one after another in ``long_``."""
    n, run = len(short), tuple(short)
    if n >= MIN_CLIP_WORDS or sum(w not in STOPWORDS for w in run) < SHORT_CLIP_CONTENT:
        return False
    return any(
        tuple(long_[i : i + n]) == run for i in range(len(long_) - n + 1) if long_[i] == run[0]
    )


def shorter(a: Words, b: Words) -> bool:
    """Whether ``a`` is the shorter of a pair, the clip when they are one: fewer words, then
    fewer letters, then the words themselves (any fixed order of the pair: `relation` is
    the same whichever comes first, as grouping's reference assumes; two quotes of equal
    length could otherwise be a clip one way and nothing the other)."""
    if len(a) != len(b):  # (most pairs: letters and words are read on a tie only, qp44)
        return len(a) < len(b)
    return (sum(map(len, a)), tuple(a)) <= (sum(map(len, b)), tuple(b))


def in_order(short: Words, long_: Words) -> bool:
    """True when ``short``'s words are all ``long_``'s, in order: a clip word for word, or
    with words cut out ("..."), not reworded. An "and" may be the other's "&", which is no
    word (`quotes.quote_words`): "to NATO and the United States", "to NATO & the United
    States"."""
    rest = iter(long_)
    return all(word in rest for word in short if word != "and")


def overlap(a: Words, b: Words, least: int = MIN_OVERLAP_WORDS) -> int:
    """Where ``b`` goes on past ``a``: the number of ``b``'s first words that are ``a``'s
    end (``b`` may have up to ``MAX_OVERLAP_SKIP`` words before the shared ones), when
    ``least`` or more are shared, alike as `STRONG` quotes are and not unlike in negation,
    and each quote has words the other lacks (else one is a clip of the other); otherwise
    0. ``[*a, *b[overlap(a, b):]]`` is the two spliced."""
    skip, shared = _meet(a, b, least)
    return skip + shared if shared else 0


def _meet(a: Words, b: Words, least: int) -> tuple[int, int]:
    """`overlap`'s search: (``b``'s words before the shared ones, the shared words), or
    (0, 0). The stretch is the longest there is, so the one found with a smaller ``least``
    is the one a larger finds when it has that many words or more."""
    if len(a) <= least or len(b) <= least:
        return 0, 0
    firsts = set(b[: MAX_OVERLAP_SKIP + 1])  # a shared stretch starts with one of these
    last = len(a) - least + 1
    if firsts.isdisjoint(a[1:last]):
        return 0, 0  # (most pairs: one test)
    head = {tuple(b[s : s + K]): s for s in range(MAX_OVERLAP_SKIP, -1, -1)}
    for p in range(1, last):  # longest shared stretch first
        if a[p] not in firsts:
            continue
        s = head.get(tuple(a[p : p + K]))
        if s is None or s >= p:
            continue  # b's skipped words may be a's first: an edited copy, not an overlap
        tail = a[p:]
        n = len(tail)
        if s + n >= len(b):
            continue  # b has nothing after: not an overlap
        mine = b[s : s + n]
        if fuzz.ratio(" ".join(tail), " ".join(mine), score_cutoff=EDIT_RATIO) and not (
            _negation_differs(tail, mine, whole=True)
        ):
            return s, n
    return 0, 0


def _window(short: Words, long_: Words, sa: str, sb: str) -> tuple[int, int]:
    """The words of ``long_`` (first, past last) around the stretch `partial_ratio`
    matched ``short`` with, two more on either side."""
    found = fuzz.partial_ratio_alignment(sa, sb)
    if found is None:
        return 0, len(long_)
    at = list(accumulate([len(word) + 1 for word in long_[:-1]], initial=0))  # word starts
    lo = max(0, bisect_right(at, found.dest_start) - 1)  # the last word starting by it
    hi = bisect_left(at, found.dest_end)  # past the last word starting before its end
    return max(0, lo - 2), min(len(long_), hi + 2)


def _short_cut(short: Words, long_: Words) -> tuple[int, int] | None:
    """The stretch of ``long_`` (first word, past last) that holds ``short``'s words in two
    runs with 1 to ``SHORT_CUT_WORDS`` words between them, or None."""
    if not set(short) <= set(long_):
        return None  # (most pairs: one test)
    mine, theirs = tuple(short), tuple(long_)
    n = len(mine)
    for i, word in enumerate(theirs):
        if word != mine[0]:
            continue
        same = 1  # how many of short's first words run on from here
        while same < n and i + same < len(theirs) and theirs[i + same] == mine[same]:
            same += 1
        for cut in range(1, min(same, n - 1) + 1):
            tail = mine[cut:]
            for j in range(i + cut + 1, i + cut + SHORT_CUT_WORDS + 1):
                if theirs[j : j + len(tail)] == tail:
                    return i, j + len(tail)
    return None


def _aside(short: Words, long_: Words) -> tuple[int, int] | None:
    """The stretch of ``long_`` (first word, past last) that holds ``short``'s words but for
    one run of 1 to ``ASIDE_WORDS`` words inside it: ``short`` is A, an aside, then B, with
    A and B of ``CUT_PIECE`` words or more, the aside at most half as long as A and B
    together, and A then B a stretch of ``long_``; or None. (A longer run is more than an
    aside: "the bridge stays shut, and the ferry will carry the commuters, for a whole year"
    is not in another's "he says the bridge stays shut for a whole year, which is wrong".)"""
    n = len(short)
    if n < 2 * CUT_PIECE + 1 or short[0] not in long_ or short[-1] not in long_:
        return None  # (most pairs: two tests)
    mine, theirs = tuple(short), tuple(long_)
    head = mine[:CUT_PIECE]
    for i, word in enumerate(theirs):
        if word != mine[0] or theirs[i : i + CUT_PIECE] != head:
            continue
        same = CUT_PIECE  # how many of short's first words run on from here
        while same < n and i + same < len(theirs) and theirs[i + same] == mine[same]:
            same += 1
        for p in range(same, CUT_PIECE - 1, -1):  # A is short's first p words
            for x in range(1, ASIDE_WORDS + 1):  # the aside's words
                m = n - p - x  # B's
                if m < CUT_PIECE or 2 * x > p + m:
                    break
                if theirs[i + p : i + p + m] == mine[p + x :]:
                    return i, i + p + m
    return None


def _swapped(short: Words, stretch: Words) -> bool:
    """True when the words that differ between a clip and the stretch of the longer quote
    it aligns with move a content word or change a number: "faster in the south than in
    the north" is not a clip of "slower in the north than in the south", nor "3 percent"
    of "2 percent". Only the partial-ratio fallback asks: it finds near stretches whatever
    their order."""
    ops = LCSseq.opcodes(short, stretch)
    equal = [op for op in ops if op.tag == "equal"]
    if not equal:
        return True
    lo, hi = equal[0].dest_start, equal[-1].dest_end  # the longer's words outside were cut
    mine: list[str] = []
    theirs: list[str] = []
    for s1, s2, d1, d2 in _changes(ops):
        mine += short[s1:s2]
        theirs += stretch[max(d1, lo) : max(min(d2, hi), max(d1, lo))]
    if any(ch.isdigit() for w in (*mine, *theirs) for ch in w):
        return True
    moved = {w for w in mine if w not in STOPWORDS} & {w for w in theirs if w not in STOPWORDS}
    return bool(moved)


def _edited_clip(short: Words, long_: Words, joined: str) -> tuple[int, int] | None:
    """The stretch of ``long_`` (first word, past last) of which ``short`` is an edited
    form, or None: the stretch from the first to the last word of their longest common
    word sequence, compared as `STRONG` quotes are (ratio >= ``EDIT_RATIO``).
    `partial_ratio` compares ``short`` with stretches of its own length only, so a word
    cut or respelled inside a clip ("Aug. 31" for "August the 31st") can push it below
    ``CONTAIN_RATIO``."""
    equal = [op for op in LCSseq.opcodes(short, long_) if op.tag == "equal"]
    if not equal:
        return None
    lo, hi = equal[0].dest_start, equal[-1].dest_end
    if fuzz.ratio(joined, " ".join(long_[lo:hi]), score_cutoff=EDIT_RATIO):
        return lo, hi
    if (
        len(equal) <= MAX_CUTS + 1
        and sum(op.src_end - op.src_start for op in equal) == len(short)
        and all(op.src_end - op.src_start >= CUT_PIECE for op in equal)
    ):
        return lo, hi  # "The opinion of this so-called judge ... is ridiculous": words cut out
    return None


def _negators(words: Words) -> int:
    if type(words) is tuple:  # a whole quote's words: counted once, not for each pair
        return _tuple_negators(words)
    return sum(w in NEGATORS or w.endswith("n't") for w in words)


@lru_cache(maxsize=1 << 12)
def _tuple_negators(words: tuple[str, ...]) -> int:
    return sum(w in NEGATORS or w.endswith("n't") for w in words)


def _negation_differs(short: Words, long_: Words, *, whole: bool) -> bool:
    """True when the words that differ between two quotes hold more negators on one side
    than on the other ("will not" for "won't" is even; a dropped "not" is not). The
    words are aligned by their longest common sequence; for a clip (``whole`` False) the
    longer quote's words before the first and after the last aligned word were cut, not
    changed, so they do not count."""
    if not (_negators(short) or _negators(long_)):
        return False
    ops = LCSseq.opcodes(short, long_)
    equal = [op for op in ops if op.tag == "equal"]
    if not equal:
        return True
    lo, hi = (0, len(long_)) if whole else (equal[0].dest_start, equal[-1].dest_end)
    here = there = 0
    for s1, s2, d1, d2 in _changes(ops):
        mine = _unrepeated(short, s1, s2)
        theirs = _unrepeated(long_, max(d1, lo), max(min(d2, hi), max(d1, lo)))
        if "".join(mine) == "".join(theirs):
            continue  # one word split or joined ("do-nothing-ism", "do-nothingism")
        here += _negators(mine) - _echoed(short, s1, s2)
        there += _negators(theirs) - _echoed(long_, d1, d2)
    return here != there


def _changes(ops: Iterable[Any]) -> list[tuple[int, int, int, int]]:
    """The stretches (short's start, end, long's start, end) between aligned words: a
    delete next to an insert is one change."""
    out: list[tuple[int, int, int, int]] = []
    for op in ops:
        if op.tag == "equal":
            continue
        if out and out[-1][1] == op.src_start and out[-1][3] == op.dest_start:
            s1, _, d1, _ = out[-1]
            out[-1] = (s1, op.src_end, d1, op.dest_end)
        else:
            out.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return out


def _echoed(words: Words, start: int, end: int) -> int:
    """Negators of ``words[start:end]`` that only repeat the word just before or after the
    stretch ("no, repeat, no, use of military force" reprinted as "no use of military
    force"): saying "no" twice does not turn the statement round."""
    if start == end:
        return 0
    around = {words[i] for i in (start - 1, end) if 0 <= i < len(words)}
    return sum(1 for w in words[start:end] if w in around and w in NEGATORS)


def _unrepeated(words: Words, start: int, end: int) -> Words:
    """``words[start:end]``, or nothing when those words repeat the ones just before or
    after them: "we will not, we will not stand by" reprinted as "we will not stand by"
    drops a repetition, not a negation."""
    n = end - start
    part = words[start:end]
    if n and ((start >= n and words[start - n : start] == part) or words[end : end + n] == part):
        return ()
    return part


def same_quotation(a: Words, b: Words) -> bool:
    """True when two quotes (as normalised words) may be one quotation: same, edited,
    clipped or overlapping (a short overlap is one only when one speaker said both, as
    `split` decides; regions are made of quotes that may be one).

    Args:
        a: One quote's words, as ``quote_words`` gives them.
        b: The other's.

    Returns:
        Whether they are one quotation (`relation` is not `NONE`), or share `RUN_WORDS`
        words in a row (`RUN`: one region, that `quote_parts` may find one statement in).
    """
    return relation(a, b) != NONE or shares_run(a, b)


def region_relation(a: Words, b: Words) -> int:
    """`relation`, or `RUN` for two quotes that are no other but share `RUN_WORDS` words in
    a row (what grouping links into one region: `quote_links.linked`)."""
    rel = relation(a, b)
    return RUN if rel == NONE and shares_run(a, b) else rel


def shares_run(a: Words, b: Words) -> bool:
    """True when two quotes (normalised words) share `RUN_WORDS` words in a row."""
    n = RUN_WORDS
    if len(a) < n or len(b) < n:
        return False
    mine = {tuple(a[i : i + n]) for i in range(len(a) - n + 1)}
    return any(tuple(b[i : i + n]) in mine for i in range(len(b) - n + 1))
