"""A highlighter's phrases and overlaps: where Whoosh's phrase matching finds a phrase among
a text's words, and the spans that overlap joined (`index.search.highlight.Highlighter`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from index.models import Span

Word = tuple[int, int, str]
"""A word of a text: (start, end, its term), a tuple: made for each word of a text."""
ONE_OF = "\x1f"
"""Between the terms a phrase's position may hold, in one term of the phrase: a word's
lost-letter spellings, "schaubl\x1fsch?ubl" (`index.search.lost_phrases.lit_phrases`, rv70:
every mix of two words' spellings was a phrase of its own, and past 256 mixes a copy with
both words damaged was found but not lit)."""


def merged_spans(spans: tuple[Span, ...], joins: bool) -> tuple[Span, ...]:
    """``spans`` in order, each overlapping run of them one span (a hyphenated word's
    joined form and its parts: "COVID-19" lit whole, not "COVID" within it), if ``joins``.
    """
    if not joins:
        return spans
    merged: list[Span] = []
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end, merged[-1].term)
            continue
        merged.append(span)
    return tuple(merged)


def with_phrases(
    found: list[Span],
    words: list[Word] | dict[int, Word],
    phrases: tuple[tuple[tuple[str, ...], int], ...],
    also: Sequence[tuple[int, str]] = (),
) -> tuple[Span, ...]:
    """``found`` with a stretch for each place Whoosh's phrase matching finds one of
    ``phrases`` among ``words`` (each at its position: its place in a list, its key in a
    dict; ``also``: (position, term) of a second term at a word's position), first word to
    last. A term of a phrase holding `ONE_OF` stands for each of the terms it joins."""
    if not phrases or not words:
        return tuple(found)
    wanted = {each for terms, _ in phrases for term in terms for each in term.split(ONE_OF)}
    # a phrase's starred word, "governo*": the stems starting with it (`highlighter_for_query`)
    begun = [term[:-1] for term in wanted if term.endswith("*")]
    at: dict[str, list[int]] = {}
    placed = enumerate(words) if isinstance(words, list) else sorted(words.items())
    terms_at = [(position, term) for position, (_, _, term) in placed]
    for position, term in sorted([*terms_at, *also]) if also else terms_at:
        if term in wanted:
            at.setdefault(term, []).append(position)
        for prefix in begun:
            if term.startswith(prefix):
                at.setdefault(prefix + "*", []).append(position)
    for term in {term for terms, _ in phrases for term in terms if ONE_OF in term}:
        at[term] = sorted({place for each in term.split(ONE_OF) for place in at.get(each, ())})
    extra: set[Span] = set()
    for terms, slop in phrases:
        named = " ".join(term.split(ONE_OF)[0] for term in terms)
        for first, last in phrase_stretches(at, terms, slop):
            extra.add(Span(words[first][0], words[last][1], named))
    if not extra:
        return tuple(found)
    return tuple(sorted([*found, *extra], key=lambda span: (span.start, -span.end)))


def phrase_stretches(
    at: dict[str, list[int]], terms: tuple[str, ...], slop: int = 1
) -> list[tuple[int, int]]:
    """The (first, last) positions of the places a phrase of ``terms`` stands, given the
    positions of each term (``at``, in order): Whoosh's own phrase matching
    (`SpanNear2`, ordered, ``mindist`` 1), step for step. Each term after the first
    stands after the stretch's first word and 1 to ``slop`` positions after its last."""
    if not terms:
        return []
    stretches = [(position, position) for position in at.get(terms[0], ())]
    for term in terms[1:]:
        if not stretches:
            break
        positions = at.get(term, [])
        found: set[tuple[int, int]] = set()
        for first, last in stretches:
            j = bisect_left(positions, first)
            while j < len(positions) and positions[j] <= last + slop:
                position = positions[j]
                j += 1
                if 1 <= position - last <= slop:  # an overlapping one: distance 0
                    found.add((first, position))
        stretches = sorted(found)
    return stretches
