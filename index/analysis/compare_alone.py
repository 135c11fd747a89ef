"""What each article of a comparison says alone or shares only in part: the sentences no other
article carries, the names and numbers no other gives (`only_in`), and the sentences another
shares some words of in a verbatim passage without carrying them (`partly_shared`). The
dataclasses are `multicompare`'s (imported on use: it imports this module)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.alignment import Group
from index.analysis.entities import Lexicon
from index.analysis.name_passage import beyond_names
from index.analysis.namematch import ArticleNames
from index.analysis.namespellings import names_only_in
from index.analysis.numbers import NumberMention, numbers_absent, numbers_given
from index.analysis.passages import MIN_PASSAGE_WORDS
from index.analysis.sentencematch import Match
from index.analysis.words import Word, content_stems
from index.text.sentences import Sentence

if TYPE_CHECKING:
    from index.analysis.multicompare import Document, OnlyIn, Part, SharedPassage


def only_in(
    docs: Sequence[Document],
    sentences: Sequence[Sequence[Sentence]],
    matches: Sequence[Sequence[tuple[Match, ...]]],
    groups: Sequence[Group],
    numbers: Sequence[Sequence[NumberMention]],
    parts: Sequence[Sequence[tuple[Part, ...]]],
    common: frozenset[str] = frozenset(),
) -> tuple[OnlyIn, ...]:
    from index.analysis.multicompare import OnlyIn

    # alone: in no match either way (a group holds only sentences that all carry one
    # another, so one outside any group can still be carried: `build_groups`)
    linked = {(p, s) for p, row in enumerate(matches) for s, found in enumerate(row) if found}
    linked |= {(m.article, m.sentence) for row in matches for found in row for m in found}
    linked |= {m for g in groups if len(g.members) > 1 for m in g.members}
    lexicon = replace(Lexicon.of(d.body for d in docs), common=common)  # the corpus's (fn46)
    names = names_only_in(
        [ArticleNames.of(d.body, lexicon, d.source or "", d.title) for d in docs]
    )  # a name another's title gives is given (nu44)
    # a number is another's when its title or body gives it anywhere (nu38 #3)
    given = [numbers_given(f"{d.title}\n{d.body}") for d in docs]
    out = []
    for p in range(len(docs)):
        unlinked = [
            s
            for s, sent in enumerate(sentences[p])
            if (p, s) not in linked and content_stems(sent.text)
        ]
        alone = tuple(s for s in unlinked if not parts[p][s])
        others = [n for q, ns in enumerate(given) if q != p for n in ns]
        kept: dict[tuple[float, str], NumberMention] = {}
        for k in numbers_absent(numbers[p], others):
            kept.setdefault(numbers[p][k].key, numbers[p][k])
        partly = tuple(s for s in unlinked if parts[p][s])
        out.append(OnlyIn(alone, tuple(names[p]), tuple(kept.values()), partly))
    return tuple(out)


def partly_shared(
    sentences: Sequence[Sequence[Sentence]],
    words: Sequence[Sequence[Word]],
    matches: Sequence[Sequence[tuple[Match, ...]]],
    verbatim: Sequence[SharedPassage],
) -> tuple[tuple[tuple[Part, ...], ...], ...]:
    """For each sentence of each article, the other articles that share `MIN_PASSAGE_WORDS`
    or more of its words in one verbatim passage (``verbatim``, as the comparison lists
    them) but do not carry it (``matches``), with the most words one passage shares."""
    from index.analysis.multicompare import Part

    most: list[list[dict[int, int]]] = [[{} for _ in sents] for sents in sentences]
    starts = [[w.start for w in ws] for ws in words]
    for passage in verbatim:
        for p, start, end in passage.spans:
            for s, sent in enumerate(sentences[p]):
                lo, hi = max(start, sent.start), min(end, sent.end)
                inside = bisect_left(starts[p], hi) - bisect_left(starts[p], lo) if lo < hi else 0
                if inside < MIN_PASSAGE_WORDS or not beyond_names(
                    sent.text[lo - sent.start : hi - sent.start]
                ):
                    continue  # a name alone shared is no part of the sentence (rv46)
                for q in passage.articles:
                    if q != p:
                        most[p][s][q] = max(most[p][s].get(q, 0), inside)
    return tuple(
        tuple(
            tuple(
                Part(q, n)
                for q, n in sorted(found.items())
                if all(m.article != q for m in matches[p][s])
            )
            for s, found in enumerate(row)
        )
        for p, row in enumerate(most)
    )
