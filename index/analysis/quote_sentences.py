"""Sentences that carry a quotation another compared article carries too.

A comparison lists the quotations more than one of its articles carry (`compare_many`'s
``quotes``). A sentence holding one of them is not what its article alone says, even when
no other article carries the sentence and the quotation is shorter than a listed verbatim
passage (nu55 #4: ABC's "found the actions of the officer were "lawful and within
Department policy," it said" was "only in" ABC while the quotes listed that quotation in
ABC and CNBC). `quoted_parts` adds those articles to the sentence's ``partly`` list, as
`compare_alone.partly_shared` does for a verbatim passage, so the "only in" lists, the heat
map and the kept #only-here highlights agree with the quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from index.analysis.quote_groups import QuoteGroup, QuoteIndex
from index.analysis.quote_limit import quoted_part
from index.analysis.quotes import extract_quotes
from index.analysis.words import words_of
from index.text.sentences import Sentence

if TYPE_CHECKING:
    from index.analysis.multicompare import Document, Part
    from index.analysis.sentencematch import Match

__all__ = ["quoted_parts", "shared_quotes"]


def shared_quotes(docs: Sequence[Document]) -> tuple[QuoteGroup, ...]:
    """The quotations of ``docs`` grouped as a comparison lists them (`compare_many`'s
    ``quotes``; moved here from `index.analysis.multicompare` to keep it short, fn46)."""
    index = QuoteIndex()
    for doc in docs:
        index.add_article(doc.id, doc.source, doc.date, extract_quotes(quoted_part(doc.body)))
    return tuple(index.groups())


def quoted_parts(
    docs: Sequence[Document],
    sentences: Sequence[Sequence[Sentence]],
    matches: Sequence[Sequence[tuple[Match, ...]]],
    quotes: Sequence[QuoteGroup],
    parts: Sequence[Sequence[tuple[Part, ...]]],
) -> tuple[tuple[tuple[Part, ...], ...], ...]:
    """``parts`` with, for each sentence holding a quotation of ``quotes`` carried by more
    than one article, the other articles carrying it that do not carry the sentence
    (``matches``), with the most words of the quotation the sentence holds.

    Args:
        docs: The articles, by position (``Occurrence.article`` gives the id; the offsets
            of sentences and occurrences index the ``body``).
        sentences: Each article's sentences.
        matches: ``matches[p][s]``: the carriers of sentence ``s`` of article ``p``.
        quotes: The comparison's quotation groups.
        parts: The parts found so far (verbatim passages), ``parts[p][s]``.
    """
    from index.analysis.multicompare import Part

    position = {d.id: p for p, d in enumerate(docs)}
    most = [[{r.article: r.words for r in row} for row in rows] for rows in parts]
    for group in quotes:
        held = {position[a] for a in group.articles if a in position}
        if len(held) < 2:
            continue
        for o in group.occurrences:
            p = position.get(o.article)
            if p is None:
                continue
            for s, sent in enumerate(sentences[p]):
                lo, hi = max(o.start, sent.start), min(o.end, sent.end)
                inside = len(words_of(docs[p].body[lo:hi])) if lo < hi else 0
                if not inside:
                    continue
                for q in held - {p}:
                    if all(m.article != q for m in matches[p][s]):
                        most[p][s][q] = max(most[p][s].get(q, 0), inside)
    return tuple(
        tuple(tuple(Part(q, n) for q, n in sorted(found.items())) for found in rows)
        for rows in most
    )
