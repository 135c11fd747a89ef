"""Which words of a sentence its near-verbatim counterpart words otherwise, and how much of
an article a comparison finds in the same words.

"The same words" is what ``normalize_words`` keeps equal: case, punctuation, quotation
marks and spacing aside. Two sentences nearly the same ("on Sunday" / "on Saturday") are
told apart word by word, as a diff tool would, so a changed word is never called "same"
(nu36 #1: three words changed, every sentence "=" and "100% same words").
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from index.analysis.words import words_of

if TYPE_CHECKING:
    from index.analysis.compare import Alignment

Span = tuple[int, int]
Edit = tuple[str, int, int, int, int]


def word_edits(mine: Sequence[str], theirs: Sequence[str]) -> list[Edit]:
    """The runs a word diff of ``mine`` against ``theirs`` does not keep, in order.

    Each is ``(op, i1, i2, j1, j2)`` as difflib gives it: "replace" (``mine[i1:i2]`` worded
    otherwise as ``theirs[j1:j2]``), "delete" (words ``theirs`` lacks) or "insert" (words
    ``mine`` lacks). Compare and the quote groups (`quote_change.difference`) both read it.
    """
    ops = SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes()
    return [op for op in ops if op[0] != "equal"]


MAX_CUTS = 2
"""The most runs of words a sentence may leave out of its counterpart and still be the same
sentence clipped (`clipped`); not tuned."""


def clipped(words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether one sentence is the other with up to ``MAX_CUTS`` runs of words left out and
    at least half its words kept (each given as its normalised words).

    A clause dropped takes the edit ratio below ``SHARED_RATIO`` ("…, after a week of
    tensions with Beijing."), yet every word left is the other's: near-verbatim, its
    left-out words only in the fuller one (rv35 #9), not a paraphrase "in other words".
    """
    short, long = sorted((words, other), key=len)
    if not short or 2 * len(short) < len(long) or not set(short) <= set(long):
        return False
    edits = word_edits(long, short)
    return len(edits) <= MAX_CUTS and all(op == "delete" for op, *_ in edits)


def changed_words(text: str, other: str, offset: int = 0) -> tuple[Span, ...]:
    """The stretches of ``text`` a word diff against ``other`` does not keep.

    Each replaced or added run of words is one span, from its first word's start to its
    last word's end, shifted by ``offset`` (the sentence's place in its body). Words ``other``
    has and ``text`` lacks leave nothing here: they are ``other``'s changed words.

    Args:
        text: One sentence.
        other: Its counterpart.
        offset: Where ``text`` starts in its article's body.

    Returns:
        The spans in order; empty when every word of ``text`` is kept.
    """
    return word_diff(text, other, offset)[0]


def word_diff(text: str, other: str, offset: int = 0) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """``changed_words`` and, of those, the runs ``other`` leaves out (no word in their place:
    only in ``text``, rv35 #9), as body spans."""
    mine = words_of(text)
    edits = word_edits([w.norm for w in mine], [w.norm for w in words_of(other)])
    spans = [
        (tag, (offset + mine[i1].start, offset + mine[i2 - 1].end))
        for tag, i1, i2, _, _ in edits
        if tag in ("replace", "delete")
    ]
    return tuple(span for _, span in spans), tuple(span for tag, span in spans if tag == "delete")


def found_share(align: Sequence[Alignment], runs: Sequence[Span]) -> float:
    """The share of an article's sentences (by length) the other has, in the same or in other
    words: all but its "unique" sentences and the words near-verbatim counterparts leave out
    (those are only in this article, rv35 #9: not "in other words"), unless a verbatim run
    (``runs``) finds them elsewhere in the other (a clause it moved to the next sentence).
    A "unique" sentence's words inside a verbatim run are found too (nu45 #6: "found in B
    0%" beside a shared passage)."""
    total = sum(len(al.text) for al in align)
    if not total:
        return 0.0
    found = sum(len(al.text) for al in align if al.kind != "unique")
    gone = sum(end - start for al in align for start, end in al.left_out)
    unique = [(al.start, al.end) for al in align if al.kind == "unique"]
    back = _inside([s for al in align for s in al.left_out] + unique, runs)
    return (found - gone + back) / total


def weighted_similarity(align: Sequence[Alignment]) -> float:
    """How alike each sentence is to its counterpart, weighted by the sentence's length."""
    total = sum(len(al.text) for al in align)
    if not total:
        return 0.0
    return sum(len(al.text) * al.similarity for al in align) / total


def same_words_share(align: Sequence[Alignment], runs: Sequence[Span]) -> float:
    """The share of an article's sentences (by length) the other has in the same words.

    A sentence the other has word for word counts whole; a near-verbatim one all but its
    changed words; any other the parts of it inside a verbatim run (``runs``: body offsets),
    as do changed words inside one (the other has them, elsewhere).
    """
    total = sum(len(al.text) for al in align)
    if not total:
        return 0.0
    same = 0
    for al in align:
        if al.changed is not None:
            changed = sum(end - start for start, end in al.changed)
            same += len(al.text) - changed + _inside(al.changed, runs)
        else:
            same += _inside([(al.start, al.end)], runs)
    return round(min(same / total, 1.0), 4)


def _inside(spans: Sequence[Span], runs: Sequence[Span]) -> int:
    """How many characters of ``spans`` (apart from each other) lie inside ``runs``."""
    inside = 0
    for low, high in spans:
        covered = sorted((max(s, low), min(e, high)) for s, e in runs if s < high and e > low)
        reach = low
        for start, end in covered:
            if end > max(start, reach):
                inside += end - max(start, reach)
                reach = end
    return inside


def word_changes(
    align_a: Sequence[Alignment], align_b: Sequence[Alignment]
) -> tuple[tuple[Alignment, tuple[str, ...], tuple[str, ...]], ...]:
    """Each near-verbatim sentence of A (``changed`` set, "similar") with its changed words
    and its counterpart's words in their place (`Comparison.word_changes`)."""
    out = []
    for al in align_a:
        if al.kind != "similar" or al.changed is None or al.counterpart is None:
            continue
        other = align_b[al.counterpart].text
        mine = tuple(al.text[s - al.start : e - al.start] for s, e in al.changed)
        theirs = tuple(other[s:e] for s, e in changed_words(other, al.text))
        out.append((al, mine, theirs))
    return tuple(out)
