"""Find an anchored highlight again in changed text.

A highlight (`anchor.Anchor`) keeps its exact text, up to 32 characters of context on each
side and its position. When the article's text changes, :func:`locate` looks for it in
this order:

1. at its old position, with its context unchanged;
2. verbatim anywhere, the occurrence whose context matches best winning (then the one
   nearest the old position); accepted when the context still largely matches, when the
   text is long enough and occurs only once, or when one whole side of its old context
   (8+ characters) is still next to it, the other rewritten or gone (fx153);
3. as similar text between its old prefix and suffix, both still there (edited in place):
   its own words when they overlap that text (found a character or two off, fx153);
   else that text, unless its words occur elsewhere with a side matching as well as the
   worse side of that text does (then they are the passage, fx153);
4. verbatim, long enough, several times, none in its old context: the occurrence nearest
   the old position (context as tie-break), fuzzy as its place is a guess (nu57), unless
   it was cut out, its old prefix and suffix now meeting (rv61) away from its words and
   both matching better than either side of any of its words (fx153: "the the the");
5. as similar text (rapidfuzz): between its old prefix and suffix, or where the text
   aligns best, accepted when similar enough and its context supports it, and only when
   its words occur nowhere verbatim (fx153: never other text beside its own words);
6. otherwise it is orphaned: kept at its old position, never attached elsewhere.

A short quote (under :data:`ALONE_MIN_LENGTH` characters) is never taken verbatim from a
place whose context does not match ("the" found somewhere else is not the passage someone
highlighted), and similar text never without its context (a wire story repeats a phrase
with one word changed in another paragraph).
"""

from __future__ import annotations

from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import partial_ratio_alignment

from index.notebook.anchor import CONTEXT, Anchor, Location
from index.notebook.models import AnchorState

CONTEXT_MIN = 0.6
"""Mean similarity of prefix and suffix above which a place's context supports it.

Two unrelated 32-character stretches of English score about 0.3; one side intact and the
other rewritten scores about 0.65."""
ALONE_MIN_LENGTH = 8
"""A verbatim quote at least this long that occurs once is found even without context."""
FUZZY_MIN = 0.75
"""Similarity of the found text to the quote for a fuzzy match (its context must support
it too: real articles repeat whole phrases with a word changed, in other paragraphs)."""
FUZZY_ONE_SIDE_MIN = 0.85
"""The similarity needed when only one side of the context still matches."""
FUZZY_MIN_LENGTH = 4
"""Quotes shorter than this are only ever found verbatim."""
ALIGN_PIECE = 256
"""Passages longer than twice this are aligned by three pieces of this length."""
EXHAUSTIVE = 256
"""Passages up to this long found from one edge try every length from 1 to twice theirs."""
MAX_OCCURRENCES = 500
"""Verbatim occurrences (of the quote, its prefix or its suffix) considered at most."""


def locate(anchor: Anchor, body: str) -> Location:
    """Find an anchored passage again in a text that may have changed.

    Args:
        anchor: The passage as it was anchored.
        body: The article's current text.

    Returns:
        Where it is now, and whether it was found verbatim, found as similar text, or
        orphaned (then with its old position).
    """
    exact = anchor.exact
    start, end = anchor.start, anchor.start + len(exact)
    if body[start:end] == exact and _context(anchor, body, start, end) == 1.0:
        return Location(start, end, AnchorState.ANCHORED, 1.0)
    starts = _occurrences(body, exact)
    verbatim = _verbatim(anchor, body, starts)
    if verbatim is not None and verbatim.state is AnchorState.ANCHORED:
        return verbatim
    fuzzy = _fuzzy(anchor, body) if len(exact.strip()) >= FUZZY_MIN_LENGTH else None
    if not starts:
        return fuzzy or _orphaned(anchor)
    # its words are there, out of its old context: they are the passage, unless similar
    # text or its old sides meeting say better where it was (fx153)
    kept = max(_side(anchor, body, at) for at in starts)
    if fuzzy is not None and _in_place(anchor, body, fuzzy):
        own = _verbatim_in(anchor, body, starts, fuzzy)
        if own is not None or _both_sides(anchor, body, fuzzy.start, fuzzy.end) > kept:
            return own or fuzzy
    if verbatim is not None and not _cut_out(anchor, body, starts, kept):
        return verbatim
    return _orphaned(anchor)


def _orphaned(anchor: Anchor) -> Location:
    return Location(anchor.start, anchor.end, AnchorState.ORPHANED, 0.0)


def _occurrences(body: str, text: str) -> list[int]:
    found: list[int] = []
    at = body.find(text)
    while at >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(at)
        at = body.find(text, at + 1)
    return found


def _similarity(a: str, b: str) -> float:
    return 1.0 if a == b else Indel.normalized_similarity(a, b)


def _sides(anchor: Anchor, body: str, start: int, end: int) -> tuple[float | None, float | None]:
    """How alike the text before and after ``body[start:end]`` is to the anchor's prefix
    and suffix (None for a side the anchor has none of: it began or ended the text)."""
    prefix, suffix = anchor.prefix, anchor.suffix
    before = _similarity(prefix, body[max(0, start - len(prefix)) : start]) if prefix else None
    after = _similarity(suffix, body[end : end + len(suffix)]) if suffix else None
    return before, after


def _context(anchor: Anchor, body: str, start: int, end: int) -> float:
    """How well the text around ``body[start:end]`` matches the anchor's prefix and suffix.

    Each side counts by its length: a passage that began the text has no prefix, so only
    its suffix can tell its place (and a passage that was the whole text matches anywhere).
    """
    prefix, suffix = len(anchor.prefix), len(anchor.suffix)
    if not prefix and not suffix:
        return 1.0
    before, after = _sides(anchor, body, start, end)
    return ((before or 0.0) * prefix + (after or 0.0) * suffix) / (prefix + suffix)


def _verbatim(anchor: Anchor, body: str, starts: list[int]) -> Location | None:
    """The occurrence (of ``starts``) that is the passage, when its context tells."""
    if not starts:
        return None
    size = len(anchor.exact)

    def rank(at: int) -> tuple[float, int]:
        return _context(anchor, body, at, at + size), -abs(at - anchor.start)

    best = max(starts, key=rank)
    context = rank(best)[0]
    alone = len(starts) == 1 and size >= ALONE_MIN_LENGTH
    if context >= CONTEXT_MIN or alone:
        return Location(best, best + size, AnchorState.ANCHORED, 1.0)
    # one side rewritten (or gone: the text now begins or ends there), the other kept
    # whole: its own place, though the mean of the two sides is low (fx153)
    whole_side = [at for at in starts if _keeps_a_side(anchor, body, at)]
    if whole_side:
        best = max(whole_side, key=rank)
        return Location(best, best + size, AnchorState.ANCHORED, 1.0)
    if size < ALONE_MIN_LENGTH:
        return None
    # its words are still there, several times, none in its old context: the nearest
    # (the text around it rewritten moves it little), fuzzy as its place is a guess
    nearest = min(starts, key=lambda at: (abs(at - anchor.start), -rank(at)[0]))
    return Location(nearest, nearest + size, AnchorState.FUZZY, 1.0)


def _keeps_a_side(anchor: Anchor, body: str, at: int) -> bool:
    """Whether the passage's words at ``at`` have its whole old prefix just before them, or
    its whole old suffix just after (a side of at least :data:`ALONE_MIN_LENGTH`)."""
    prefix, suffix, end = anchor.prefix, anchor.suffix, at + len(anchor.exact)
    before = body[max(0, at - len(prefix)) : at]
    return (len(prefix) >= ALONE_MIN_LENGTH and before == prefix) or (
        len(suffix) >= ALONE_MIN_LENGTH and body[end : end + len(suffix)] == suffix
    )


def _side(anchor: Anchor, body: str, at: int) -> float:
    """How well the better side of the passage's words at ``at`` matches its old one."""
    before, after = _sides(anchor, body, at, at + len(anchor.exact))
    return max(before or 0.0, after or 0.0)


def _both_sides(anchor: Anchor, body: str, start: int, end: int) -> float:
    """How well the worse side of ``body[start:end]`` matches its old one."""
    before, after = _sides(anchor, body, start, end)
    return min(before or 0.0, after or 0.0)


def _verbatim_in(anchor: Anchor, body: str, starts: list[int], found: Location) -> Location | None:
    """The passage's own words where ``found`` (similar text between its old prefix and
    suffix) overlaps them: the passage, verbatim in its place, not the similar span."""
    size = len(anchor.exact)
    here = [at for at in starts if at < found.end and found.start < at + size]
    if not here:
        return None

    def rank(at: int) -> tuple[int, float, int]:
        overlap = min(found.end, at + size) - max(found.start, at)
        return overlap, _context(anchor, body, at, at + size), -abs(at - anchor.start)

    best = max(here, key=rank)
    return Location(best, best + size, AnchorState.ANCHORED, 1.0)


def _in_place(anchor: Anchor, body: str, found: Location) -> bool:
    """Whether ``found`` lies between the old prefix and suffix (rv61: not a repeat)."""
    if len(anchor.prefix) < ALONE_MIN_LENGTH or len(anchor.suffix) < ALONE_MIN_LENGTH:
        return False
    before, after = _sides(anchor, body, found.start, found.end)
    return min(before or 0.0, after or 0.0) >= CONTEXT_MIN


def _cut_out(anchor: Anchor, body: str, starts: list[int], kept: float) -> bool:
    """Whether the passage was deleted: somewhere its old prefix and suffix now meet (then
    a repeat of its words elsewhere is not it; rv61).

    Only where both sides match better than either side of any of its words' occurrences
    (``starts``, the best side ``kept``) matches, and not where those words reach into
    the prefix or suffix: they may be what matched there (fx153: "the the the").
    """
    if len(anchor.prefix) < ALONE_MIN_LENGTH or len(anchor.suffix) < ALONE_MIN_LENGTH:
        return False
    size = len(anchor.exact)
    heads = _occurrences(body, anchor.suffix.lstrip()[:ALONE_MIN_LENGTH])
    for at in _nearest(heads, anchor.start, count=8):
        while at > 0 and body[at - 1].isspace():
            at -= 1
        low, high = at - len(anchor.prefix), at + len(anchor.suffix)
        if any(low < start + size and start < high for start in starts):
            continue
        sides = _both_sides(anchor, body, at, at)
        if sides >= CONTEXT_MIN and sides > kept:
            return True
    return False


def _nearest(positions: list[int], target: int, count: int = 3) -> list[int]:
    return sorted(positions, key=lambda p: abs(p - target))[:count]


def _candidates(anchor: Anchor, body: str) -> set[tuple[int, int]]:
    """Places the passage may be now.

    When its old prefix and suffix are both found close together, the passage is what
    lies between them (and nothing, when they now touch: it was deleted). Otherwise:
    after its prefix, before its suffix, and where its text aligns best, near its old
    place and anywhere.
    """
    size = len(anchor.exact)
    longest = 2 * size + CONTEXT
    starts = (
        [at + len(anchor.prefix) for at in _occurrences(body, anchor.prefix)]
        if anchor.prefix
        else [0]
    )
    ends = _occurrences(body, anchor.suffix) if anchor.suffix else [len(body)]
    starts, ends = _nearest(starts, anchor.start), _nearest(ends, anchor.end)
    between = {
        (start, min(end for end in ends if start <= end <= start + longest))
        for start in starts
        if any(start <= end <= start + longest for end in ends)
    }
    if between:
        return {(start, end) for start, end in between if start < end}
    candidates = {_best_end(anchor.exact, body, at) for at in starts}
    candidates |= {_best_start(anchor.exact, body, at) for at in ends}
    margin = size + CONTEXT
    for low, high in ((0, len(body)), (max(0, anchor.start - margin), anchor.end + margin)):
        candidates |= _aligned(anchor.exact, body, low, min(high, len(body)))
    return {(s, e) for s, e in candidates if 0 <= s < e <= len(body)}


def _aligned(exact: str, body: str, low: int, high: int) -> set[tuple[int, int]]:
    """Where ``exact`` aligns best in ``body[low:high]``.

    A long passage is aligned by three pieces of it (start, middle, end), since aligning
    all of it costs time that grows with its length times the text's.
    """
    size = len(exact)
    if high - low <= size:
        return {(low, high)}
    window = body[low:high]
    if size <= ALIGN_PIECE * 2:
        pieces = [(0, exact)]
    else:
        offsets = (0, (size - ALIGN_PIECE) // 2, size - ALIGN_PIECE)
        pieces = [(at, exact[at : at + ALIGN_PIECE]) for at in offsets]
    found = set()
    for offset, piece in pieces:
        aligned = partial_ratio_alignment(piece, window)
        if aligned is not None:
            start = max(0, low + aligned.dest_start - offset)
            found.add(_refine(exact, body, start, min(len(body), start + size)))
    return found


def _refine(exact: str, body: str, start: int, end: int) -> tuple[int, int]:
    """Move a window's edges a little where that makes its text more like ``exact``."""
    if end <= start:
        return start, end
    reach = min(16, max(2, len(exact) // 4))
    best = _similarity(exact, body[start:end])
    for _ in range(2):
        moved = False
        for s in range(max(0, start - reach), min(end - 1, start + reach) + 1):
            score = _similarity(exact, body[s:end])
            if score > best:
                best, start, moved = score, s, True
        for e in range(max(start + 1, end - reach), min(len(body), end + reach) + 1):
            score = _similarity(exact, body[start:e])
            if score > best:
                best, end, moved = score, e, True
        if not moved:
            break
    return start, end


def _reaches(size: int) -> tuple[int, int]:
    """How much shorter and longer than the quote a passage found from one edge may be."""
    if size <= EXHAUSTIVE:
        return size - 1, size + CONTEXT
    return 16, 16


def _best_end(exact: str, body: str, start: int) -> tuple[int, int]:
    """The end that makes ``body[start:end]`` most like ``exact`` (its start is known)."""
    shorter, longer = _reaches(len(exact))
    low, high = start + len(exact) - shorter, min(len(body), start + len(exact) + longer)
    ends = range(max(start + 1, low), high + 1)
    if not ends:
        return start, start
    end = max(ends, key=lambda e: (_similarity(exact, body[start:e]), -abs(e - start - len(exact))))
    return start, end


def _best_start(exact: str, body: str, end: int) -> tuple[int, int]:
    """The start that makes ``body[start:end]`` most like ``exact`` (its end is known)."""
    shorter, longer = _reaches(len(exact))
    low, high = max(0, end - len(exact) - longer), end - len(exact) + shorter
    starts = range(low, min(end - 1, high) + 1)
    if not starts:
        return end, end
    start = max(starts, key=lambda s: (_similarity(exact, body[s:end]), -abs(end - s - len(exact))))
    return start, end


def _fuzzy(anchor: Anchor, body: str) -> Location | None:
    accepted: list[tuple[float, float, int, int]] = []
    for start, end in sorted(_candidates(anchor, body)):
        similarity = _similarity(anchor.exact, body[start:end])
        context = _context(anchor, body, start, end)
        # context on one side only (the other rewritten) asks for more alike text: a
        # neighbouring paragraph may end the same way and say nearly the same
        sides = [side for side in _sides(anchor, body, start, end) if side is not None]
        both = all(side >= CONTEXT_MIN for side in sides)
        needed = FUZZY_MIN if both else FUZZY_ONE_SIDE_MIN
        if context >= CONTEXT_MIN and similarity >= needed:
            accepted.append((similarity, context, start, end))
    if not accepted:
        return None
    # the place: likeness with context, then nearness to the old place...
    place = max(accepted, key=lambda c: (c[0] + c[1], -abs(c[2] - anchor.start)))
    # ...and at that place, the extent most like the passage (the context of an edge
    # found by guessing says little)
    here = [c for c in accepted if c[2] < place[3] and place[2] < c[3]]
    similarity, _, start, end = max(here, key=lambda c: (c[0], c[1]))
    return Location(start, end, AnchorState.FUZZY, similarity)
