"""A verbatim passage cut to a phrase's bounds and shown in its cleanest carrier's words.

Words matched word for word can stop inside a name: Al Jazeera's "the half brother of North
Korean leader" and the BBC's "the half-brother of North Korea's leader" share "... of North",
and the three-way comparison showed "Kim Jong-nam,-the half brother of North" (nu54 #5). A
run that ends inside a name one carrier goes on with, or starts inside one, loses that
name's words and the function words left hanging ("of"); and the text shown is the slice of
the carrier with the fewest marks of a garbled page (",-", '"?') rather than the first's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.analysis.words import Word, word_set

Span = tuple[int, int, int]
"""``(text, first word, end word)``: a run's words in one text."""

HANGING_WORDS = word_set(
    """
    a an the of to in on at by for from with into onto upon than and or but nor as that
    which who whom whose his her its their our my your
    """
)
"""Words no phrase ends on ("... half-brother of", "... the"): cut off a run's end."""

_GARBLED = re.compile(r"[,.;:!?]-(?=\S)|\"\?|\?\"|�|\s-(?=\w)|(?<=\w)-\s")
"""A page's lost punctuation: ",-the", '"?and', a replacement character, a stray dash."""


def _capital(text: str, word: Word) -> bool:
    return text[word.start : word.start + 1].isupper()


def _one_name(text: str, left: Word, right: Word) -> bool:
    """True when ``right`` runs on from ``left`` inside one name: both capitalised, only
    spaces between ("North Korea's")."""
    joined = not text[left.end : right.start].strip()
    return joined and _capital(text, left) and _capital(text, right)


def _name_goes_on(
    texts: Sequence[str], words: Sequence[Sequence[Word]], spans: Sequence[Span]
) -> bool:
    """True when the run's last word is capitalised and some carrier's next word, capitalised
    and right after it, goes on with the name ("of North" / "North Korea's")."""
    for t, _, end in spans:
        ws, text = words[t], texts[t]
        if 0 < end < len(ws) and _one_name(text, ws[end - 1], ws[end]):
            return True
    return False


def _name_came_before(
    texts: Sequence[str], words: Sequence[Sequence[Word]], spans: Sequence[Span]
) -> bool:
    for t, start, _ in spans:
        ws, text = words[t], texts[t]
        if 0 < start < len(ws) and _one_name(text, ws[start - 1], ws[start]):
            return True
    return False


def phrase_bounds(
    texts: Sequence[str], words: Sequence[Sequence[Word]], spans: Sequence[Span], least: int
) -> tuple[Span, ...]:
    """``spans`` with a name cut off at either end when a carrier's name runs on past it,
    and then function words left hanging at the end ("of", "the"); as given when fewer
    than ``least`` words would be left (every span keeps the same number of words)."""
    t0, lo, hi = spans[0]
    head = tail = 0
    ws, text = words[t0], texts[t0]
    if _name_goes_on(texts, words, spans):
        while hi - tail > lo and _capital(text, ws[hi - tail - 1]):
            tail += 1
    if _name_came_before(texts, words, spans):
        while lo + head < hi - tail and _capital(text, ws[lo + head]):
            head += 1
    while hi - tail > lo + head and ws[hi - tail - 1].norm in HANGING_WORDS:
        tail += 1
    if (head or tail) and hi - tail - (lo + head) >= least:
        return tuple((t, s + head, e - tail) for t, s, e in spans)
    return tuple(spans)


def cleanest(texts: Sequence[str], words: Sequence[Sequence[Word]], spans: Sequence[Span]) -> str:
    """The run's text as the carrier with the fewest marks of lost punctuation writes it
    (the first listed on a tie)."""
    slices = [texts[t][words[t][s].start : words[t][e - 1].end] for t, s, e in spans]
    return min(slices, key=lambda s: len(_GARBLED.findall(s)))
