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
    mine = words_of(text)
    diff = SequenceMatcher(
        None, [w.norm for w in mine], [w.norm for w in words_of(other)], autojunk=False
    )
    return tuple(
        (offset + mine[i1].start, offset + mine[i2 - 1].end)
        for tag, i1, i2, _, _ in diff.get_opcodes()
        if tag in ("replace", "delete")
    )


def same_words_share(align: Sequence[Alignment], runs: Sequence[Span]) -> float:
    """The share of an article's sentences (by length) the other has in the same words.

    A sentence the other has word for word counts whole; a near-verbatim one all but its
    changed words; any other the parts of it inside a verbatim run (``runs``: body offsets).
    """
    total = sum(len(al.text) for al in align)
    if not total:
        return 0.0
    same = 0
    for al in align:
        if al.changed is not None:
            same += len(al.text) - sum(end - start for start, end in al.changed)
            continue
        covered = sorted((max(s, al.start), min(e, al.end)) for s, e in runs if s < al.end)
        reach = al.start
        for start, end in covered:
            if end > max(start, reach):
                same += end - max(start, reach)
                reach = end
    return round(min(same / total, 1.0), 4)


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
