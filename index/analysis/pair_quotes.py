"""Quotations in a two-article comparison: found in each, linked to the same in the other."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from index.analysis.quote_limit import quoted_part
from index.analysis.quotes import extract_quotes
from index.analysis.words import normalize_words

MIN_QUOTE_WORDS = 3
"""The fewest words a quotation needs to be reported."""
QUOTE_MATCH_RATIO = 85.0
"""rapidfuzz ratio (0-100) of normalised quotes at or above which a quote is in both."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in one article.

    Attributes:
        start: Offset of the opening quotation mark.
        end: Offset just past the closing quotation mark.
        text: The words quoted, without the quotation marks.
        speaker: Who the text says spoke, when it names them ("Ban", "Maria Zakharova").
        counterpart: Index of the same quote in the other article's quotes, or None.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    counterpart: int | None


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Quotations of at least three words, in every quotation-mark style, with speakers.

    The quotes and speakers come from ``index.analysis.quotes.extract_quotes``; here
    ``text`` is the quoted words without the outer marks or a trailing comma.

    Args:
        text: An article body.

    Returns:
        The quotations in document order, ``counterpart`` unset.
    """
    return tuple(
        Quote(q.start, q.end, q.inner.strip().rstrip(","), q.speaker, None)
        for q in extract_quotes(quoted_part(text), min_words=MIN_QUOTE_WORDS)
    )


def match_quotes(
    quotes_a: tuple[Quote, ...], quotes_b: tuple[Quote, ...]
) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
    """Link each quote to the same quote in the other article (best ratio, one to one)."""
    norm_a = [normalize_words(q.text) for q in quotes_a]
    norm_b = [normalize_words(q.text) for q in quotes_b]
    pairs: list[tuple[float, int, int]] = []
    for i, qa in enumerate(norm_a):
        for j, qb in enumerate(norm_b):
            score = fuzz.ratio(qa, qb, score_cutoff=QUOTE_MATCH_RATIO)
            if not score and min(len(qa), len(qb)) >= 30:
                # One outlet may quote only part of the sentence the other quotes.
                score = fuzz.partial_ratio(qa, qb, score_cutoff=95.0) * 0.9
            if score:
                pairs.append((score, i, j))
    pairs.sort(reverse=True)
    link_a: dict[int, int] = {}
    link_b: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in link_a and j not in link_b:
            link_a[i], link_b[j] = j, i
    new_a = tuple(
        Quote(q.start, q.end, q.text, q.speaker, link_a.get(i)) for i, q in enumerate(quotes_a)
    )
    new_b = tuple(
        Quote(q.start, q.end, q.text, q.speaker, link_b.get(j)) for j, q in enumerate(quotes_b)
    )
    return new_a, new_b
