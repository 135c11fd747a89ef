"""Which quotes are one quotation: the links between two quotes, and the groups of a region.

Two quotes are *linked* when they share enough word shingles and are the same quotation
(`relation`): equal, lightly edited (a *strong* link) or one a clip of the other (words
left out around it, or, for a clip of eight words or more, also cut or respelled inside it). A
*region* is a connected set of linked quotes; it is split into groups by a rule that
depends on the region's quotes alone, never on the order they came in:

- quotes strongly linked are one group (transitively);
- quotes that overlap (one outlet ran a quotation's first half, another its second, by
  ``MIN_OVERLAP_WORDS`` shared words or more) are one group, unless a quote's end (or
  start) overlaps quotes of two different groups; a shorter overlap (``MIN_SAID_OVERLAP_WORDS``
  or more) only when both quotes' articles give them to one speaker (by surname) and ran
  within ``STOCK_DAYS`` of each other;
- a clip joins the group of the longer quotes that contain it only when every one of them
  is in one group: a clip inside two different quotations ("the president of the United
  States") joins neither, unless its speaker is the speaker of the quotes of one of them
  alone (by surname). Groups are settled longest first, so a clip sees the joins of
  longer clips (a clip of a clip of the full quote joins it);
- a stock phrase (a short clip of few content words, `quote_stock`) joins the quotation
  that contains it only when a side names no speaker or they share one.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from index.analysis.quote_stock import said_together, stock_apart
from index.analysis.quote_stock import surname as _surname

__all__ = [
    "CLIP",
    "NONE",
    "OVERLAP",
    "SAID_OVERLAP",
    "STRONG",
    "linked",
    "need",
    "overlap",
    "relation",
    "same_quotation",
    "split",
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
K = 3  # words per shingle
LONGEST_FIRST = True
"""Settle groups longest first, a clip seeing the joins of longer ones (False: a clip
looks at the groups of equal and edited quotes only; kept to measure the two)."""

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

NONE, STRONG, CLIP, OVERLAP, SAID_OVERLAP = 0, 1, 2, 3, 4

Key = tuple[str, int]
Words = Sequence[str]


def relation(a: Words, b: Words) -> int:
    """How two quotes (as normalised words) are one quotation: `STRONG` (equal or lightly
    edited), `CLIP` (the shorter contained in the longer), `OVERLAP` (one's end is the
    other's start, `overlap`), `SAID_OVERLAP` (the same by fewer words: one quotation only
    when one speaker said both, which `split` asks) or `NONE`."""
    if not a or not b:
        return NONE
    if a == b:
        return STRONG
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
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
    if len(short) >= MIN_CLIP_WORDS and fuzz.partial_ratio(sa, sb, score_cutoff=CONTAIN_RATIO):
        window = _window(short, long_, sa, sb)
    elif len(short) >= MIN_CUT_WORDS:
        window = _edited_clip(short, long_, sa)
    if window is None:
        if overlap(a, b) or overlap(b, a):
            return OVERLAP
        least = MIN_SAID_OVERLAP_WORDS
        return SAID_OVERLAP if overlap(a, b, least) or overlap(b, a, least) else NONE
    lo, hi = window
    return NONE if _negation_differs(short, long_[lo:hi], whole=False) else CLIP


def overlap(a: Words, b: Words, least: int = MIN_OVERLAP_WORDS) -> int:
    """Where ``b`` goes on past ``a``: the number of ``b``'s first words that are ``a``'s
    end (``b`` may have up to ``MAX_OVERLAP_SKIP`` words before the shared ones), when
    ``least`` or more are shared, alike as `STRONG` quotes are and not unlike in negation,
    and each quote has words the other lacks (else one is a clip of the other); otherwise
    0. ``[*a, *b[overlap(a, b):]]`` is the two spliced."""
    if len(a) <= least or len(b) <= least:
        return 0
    head = {tuple(b[s : s + K]): s for s in range(MAX_OVERLAP_SKIP, -1, -1)}
    for p in range(1, len(a) - least + 1):  # longest shared stretch first
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
            return s + n
    return 0


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


NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "neither",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "without",
        "cannot",
    ]
)
"""Words that turn a statement round: an edited form that drops or adds one is another
quotation ("we will allow a new war" is not "we will not allow a new war")."""


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
    for op in ops:
        if op.tag != "equal":
            here += _negators(_unrepeated(short, op.src_start, op.src_end))
            there += _negators(_unrepeated(long_, max(op.dest_start, lo), min(op.dest_end, hi)))
    return here != there


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
        Whether they are one quotation (`relation` is not `NONE`).
    """
    return relation(a, b) != NONE


def need(a: int, b: int) -> int:
    """Shingles two quotes of ``a`` and ``b`` words must share to be compared at all: a
    third of the shorter one's shingles, 1 to 3 (the same whichever came first)."""
    return max(1, min(3, (min(a, b) - K + 1) // 3))


def shingles(words: Words) -> set[int]:
    """The quote's shingles (``K`` words running), each as a stable 64-bit number.

    Stable (not Python's salted ``hash``): they are kept on disk (`quote_store`) and looked
    up by later processes. CRC-32 and Adler-32 of the words make the 64 bits.
    """
    if len(words) < K:
        return {_stable(" ".join(words))}
    # `_stable` inlined: this runs for every quote of a rebuild
    texts = [" ".join(run) for run in zip(*(words[i:] for i in range(K)), strict=False)]
    crc32, adler32 = zlib.crc32, zlib.adler32
    return {crc32(data) | adler32(data) << 32 for data in map(str.encode, texts)}


def _stable(text: str) -> int:
    data = text.encode()
    return zlib.crc32(data) | zlib.adler32(data) << 32


def linked(a: Words, b: Words) -> int:
    """`relation` of two quotes that share `need` shingles, else `NONE` (what grouping
    compares: candidates are found by shared shingles)."""
    if len(shingles(a) & shingles(b)) < need(len(a), len(b)):
        return NONE
    return relation(a, b)


def _links(words: Mapping[Key, Words]) -> list[tuple[Key, Key, int]]:
    """Every linked pair of ``words`` (each pair once), with its relation."""
    own = {k: shingles(w) for k, w in words.items()}
    bucket: dict[int, list[Key]] = defaultdict(list)
    for key in sorted(words):
        for sh in own[key]:
            bucket[sh].append(key)
    out = []
    form: dict[Words, int] = {}  # a reprint's words are another's: each pair of forms once
    form_of = {k: form.setdefault(tuple(w), len(form)) for k, w in words.items()}
    known: dict[tuple[int, int], int] = {}
    for key in sorted(words):
        shared: dict[Key, int] = defaultdict(int)
        for sh in own[key]:
            for other in bucket[sh]:
                if other > key:
                    shared[other] += 1
        for other, count in shared.items():
            if count >= need(len(words[key]), len(words[other])):
                pair = (form_of[key], form_of[other])
                rel = known.get(pair, -1)
                if rel < 0:
                    rel = known[pair] = relation(words[key], words[other])
                if rel != NONE:
                    out.append((key, other, rel))
    return out


def _find(parent: dict[Key, Key], key: Key) -> Key:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _longer(a: tuple[Key, Words], b: tuple[Key, Words]) -> bool:
    """True when ``a`` is the longer of a clip pair (more words, then more letters, then
    the larger key: any fixed order of the pair)."""
    (ka, wa), (kb, wb) = a, b
    return (len(wa), sum(map(len, wa)), ka) > (len(wb), sum(map(len, wb)), kb)


def split(
    words: Mapping[Key, Words],
    speaker_of: Callable[[Key], str | None] | None = None,
    date_of: Callable[[Key], str | None] | None = None,
) -> list[set[Key]]:
    """The groups of a region (or of any set of quotes): see the module's rule.

    Args:
        words: Each quote's words, by key.
        speaker_of: Each quote's speaker, asked only for a clip inside quotes of two
            groups or more (`_said_by`) or a short one (`quote_stock`).
        date_of: Each quote's date (ISO 8601), asked only for a short clip.

    Returns:
        The groups, each a set of keys; together they hold every key once.
    """
    parent = {k: k for k in words}
    containers: dict[Key, list[Key]] = defaultdict(list)
    overlaps: list[tuple[Key, Key]] = []  # (the quote whose end, the one whose start)
    for a, b, rel in _links(words):
        if rel == STRONG:
            parent[_find(parent, a)] = _find(parent, b)
        elif rel == OVERLAP:
            overlaps.append((a, b) if overlap(words[a], words[b]) else (b, a))
        elif rel == SAID_OVERLAP:
            if speaker_of and date_of and said_together(a, b, speaker_of, date_of):
                least = MIN_SAID_OVERLAP_WORDS
                overlaps.append((a, b) if overlap(words[a], words[b], least) else (b, a))
        elif _longer((a, words[a]), (b, words[b])):
            containers[b].append(a)
        else:
            containers[a].append(b)
    _join_overlaps(parent, overlaps)
    strong: dict[Key, list[Key]] = defaultdict(list)
    for key in words:
        strong[_find(parent, key)].append(key)
    order = sorted(strong.values(), key=lambda ks: (-max(len(words[k]) for k in ks), min(ks)))
    seen = parent if LONGEST_FIRST else dict(parent)  # the groups a clip looks at
    for component in order:
        own = _find(seen, component[0])
        outer = {_find(seen, c) for k in component for c in containers[k]} - {own}
        if len(outer) > 1 and speaker_of is not None:
            around = [(_find(seen, c), c) for k in component for c in containers[k]]
            outer = _said_by(component, [(g, c) for g, c in around if g != own], speaker_of)
            # and only a group that holds a container of every quote of the clip's group
            outer = {
                g
                for g in outer
                if all(any(_find(seen, c) == g for c in containers[k]) for k in component)
            }
        if len(outer) == 1:
            (group,) = outer
            inside = (c for k in component for c in containers[k] if _find(seen, c) == group)
            if (
                speaker_of is not None
                and date_of is not None
                and stock_apart(component, inside, words.__getitem__, speaker_of, date_of)
            ):
                continue  # a stock phrase inside another's quotation (`quote_stock`)
            target, here = _find(parent, group), _find(parent, component[0])
            if target != here:
                parent[here] = target
    groups: dict[Key, set[Key]] = defaultdict(set)
    for key in words:
        groups[_find(parent, key)].add(key)
    return list(groups.values())


def _said_by(
    clip: Sequence[Key],
    around: Sequence[tuple[Key, Key]],
    speaker_of: Callable[[Key], str | None],
) -> set[Key]:
    """Of the groups around a clip (group, containing quote), those whose containing
    quotes have a speaker of the clip (by surname: "Tillerson", "Rex Tillerson"): a clip
    its outlets give to one speaker belongs to that speaker's quotation, when only one of
    the quotations that contain it is that speaker's."""
    mine = {_surname(speaker_of(k)) for k in clip} - {None}
    return {group for group, quote in around if _surname(speaker_of(quote)) in mine}


def _join_overlaps(parent: dict[Key, Key], pairs: Sequence[tuple[Key, Key]]) -> None:
    """Join the groups of overlapping quotes (one's end the other's start), before clips
    settle: a clip of the shared stretch then sees one group. A quote whose end (or
    start) overlaps quotes of two different groups joins neither there: two quotations
    may go on differently from one shared sentence."""
    reach: dict[tuple[Key, bool], set[Key]] = defaultdict(set)  # (quote, at its end?)
    for first, last in pairs:
        reach[(first, True)].add(_find(parent, last))
        reach[(last, False)].add(_find(parent, first))
    for first, last in pairs:
        if len(reach[(first, True)]) == 1 and len(reach[(last, False)]) == 1:
            parent[_find(parent, first)] = _find(parent, last)


def components(words: Mapping[Key, Words]) -> list[set[Key]]:
    """The connected parts of a set of quotes under `linked` (the regions it makes)."""
    parent = {k: k for k in words}
    for a, b, _ in _links(words):
        parent[_find(parent, a)] = _find(parent, b)
    parts: dict[Key, set[Key]] = defaultdict(set)
    for key in words:
        parts[_find(parent, key)].add(key)
    return list(parts.values())
