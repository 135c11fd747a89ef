"""Compare two to eight articles at once: what all share, what each alone says.

``compare_many(documents)`` is pure and headless. It finds the verbatim passages any set of
the articles shares, the sentences each other article carries for every sentence (verbatim
or paraphrased), the aligned sentence groups, the quotations they share, and per article
the sentences, names and numbers no other article has. Views ask it for a base article's
coverage (a heat map) and for the alignment table in that base's reading order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

from index.analysis.alignment import CellKind, Group, build_groups, order_rows
from index.analysis.compare_alone import only_in, partly_shared
from index.analysis.furniture import content_sentences
from index.analysis.namematch import Entity
from index.analysis.numbers import NumberMention, find_numbers
from index.analysis.passage_bounds import cleanest, phrase_bounds
from index.analysis.passages import MIN_PASSAGE_WORDS, Run, pairwise_runs, shared_runs
from index.analysis.quote_groups import QuoteGroup
from index.analysis.quote_sentences import quoted_parts, shared_quotes
from index.analysis.sentencematch import Match, MatchKind, SentenceWords, sentence_matches
from index.analysis.words import Word, words_of
from index.models import Article
from index.text.sentences import Sentence
from index.when import iso_when

__all__ = [
    "MAX_ARTICLES",
    "Carrier",
    "CompareError",
    "Document",
    "MultiComparison",
    "OnlyIn",
    "Part",
    "SentenceCoverage",
    "SharedPassage",
    "compare_many",
]

MIN_ARTICLES = 2
MAX_ARTICLES = 8
PassageKind = Literal["verbatim", "paraphrase"]


class CompareError(ValueError):
    """The articles cannot be compared (too few, too many, the same id twice)."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article to compare.

    Attributes:
        id: Its id, unique in the comparison.
        title: Its title.
        source: Its outlet, or None.
        date: Its date (ISO 8601, `iso_when`: the day alone when no time is known), or None.
        body: Its cleaned body; every offset of the comparison indexes it.
        url: Its web address, or None (the memo and the JSON cite it: nu74 #3).
    """

    id: str
    title: str
    source: str | None
    date: str | None
    body: str
    url: str | None = None

    @classmethod
    def from_article(cls, article: Article) -> Document:
        """The document of an indexed ``Article``."""
        date = iso_when(article.date) if isinstance(article.date, datetime) else None
        return cls(article.id, article.title, article.source, date, article.body, article.url)


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """Text that several articles share.

    Attributes:
        text: The text as the first listed article words it (a verbatim run: as the
            carrier with the fewest marks of lost punctuation does, `passage_bounds`).
        kind: "verbatim": every listed article holds these words, word for word (case and
            punctuation aside); "paraphrase": each listed article has a sentence saying
            this, in its own words (``text`` is the first one's sentence).
        spans: ``(article, start, end)`` for each listed article, by article position.
        words: How many words ``text`` has.
    """

    text: str
    kind: PassageKind
    spans: tuple[tuple[int, int, int], ...]
    words: int

    @property
    def articles(self) -> tuple[int, ...]:
        """The positions of the articles that share it."""
        return tuple(a for a, _, _ in self.spans)


@dataclass(frozen=True, slots=True)
class Carrier:
    """Another article's sentence that carries a base sentence.

    Attributes:
        article: That article's position.
        sentence: The index of its sentence.
        kind: "verbatim" or "paraphrase".
        similarity: How alike they are, in [0, 1].
        text: Its sentence: the words it carries the base sentence in.
    """

    article: int
    sentence: int
    kind: MatchKind
    similarity: float
    text: str


@dataclass(frozen=True, slots=True)
class Part:
    """Another article that shares part of a sentence word for word, but does not carry it.

    Attributes:
        article: That article's position.
        words: How many of the sentence's words a verbatim passage of both holds (at least
            `MIN_PASSAGE_WORDS`: the shortest passage the comparison lists).
    """

    article: int
    words: int


@dataclass(frozen=True, slots=True)
class SentenceCoverage:
    """One sentence of the base article, and which other articles carry it.

    Attributes:
        sentence: Its index in the base article.
        start: Its offset in the base body.
        end: Offset just past it.
        text: The sentence.
        carriers: At most one per other article, by article position.
        partly: The other articles that share a verbatim passage with it without carrying
            it (nu45 #6: "not in" though the passages list one in both), by position.
    """

    sentence: int
    start: int
    end: int
    text: str
    carriers: tuple[Carrier, ...]
    partly: tuple[Part, ...] = ()

    @property
    def count(self) -> int:
        """How many other articles carry it (the heat-map shade)."""
        return len(self.carriers)

    @property
    def verbatim(self) -> int:
        """How many carry it word for word (or nearly)."""
        return sum(1 for c in self.carriers if c.kind == "verbatim")


@dataclass(frozen=True, slots=True)
class OnlyIn:
    """What one article says and no other does.

    Attributes:
        sentences: Indexes of its sentences no other article carries or shares a verbatim
            passage with.
        names: Names no other article gives in any variant, in order of first mention.
        numbers: Numbers no other article gives with that value, first mention of each
            (in its title or body, inside a word too: ``numbers_given``).
        partly: Indexes of its sentences no other article carries, but some share part of
            word for word (a passage of `MIN_PASSAGE_WORDS` or more words): not "only in".
    """

    sentences: tuple[int, ...]
    names: tuple[Entity, ...]
    numbers: tuple[NumberMention, ...]
    partly: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class MultiComparison:
    """Everything ``compare_many`` found about two to eight articles.

    Attributes:
        documents: The articles, in the order given; "article" positions index this.
        sentences: Each article's sentences.
        matches: ``matches[p][s]``: the carriers of sentence ``s`` of article ``p`` in each
            other article (at most one each).
        groups: Aligned sentence groups; every sentence is in exactly one.
        passages: Verbatim passages (most widely shared, then longest first), then
            paraphrased sentence groups.
        only_in: What each article alone says, by position.
        quotes: Quotations, grouped across the articles, most widely carried first.
        parts: ``parts[p][s]``: the other articles sharing part of sentence ``s`` of
            article ``p`` in a verbatim passage, that ``matches`` does not list.
    """

    documents: tuple[Document, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    matches: tuple[tuple[tuple[Match, ...], ...], ...]
    groups: tuple[Group, ...]
    passages: tuple[SharedPassage, ...]
    only_in: tuple[OnlyIn, ...]
    quotes: tuple[QuoteGroup, ...]
    parts: tuple[tuple[tuple[Part, ...], ...], ...] = ()

    def position(self, article: int | str) -> int:
        """The position of an article given by position or id.

        Raises:
            CompareError: No such article in the comparison.
        """
        if isinstance(article, int):
            if 0 <= article < len(self.documents):
                return article
            raise CompareError(f"no article number {article + 1} in this comparison")
        for k, doc in enumerate(self.documents):
            if doc.id == article:
                return k
        raise CompareError(f"article {article!r} is not in this comparison")

    def coverage(self, base: int | str = 0) -> tuple[SentenceCoverage, ...]:
        """Each sentence of ``base`` with the other articles that carry it (the heat map).

        Args:
            base: The base article, by position or id.
        """
        p = self.position(base)
        out = []
        for s, sent in enumerate(self.sentences[p]):
            carriers = tuple(
                Carrier(
                    m.article,
                    m.sentence,
                    m.kind,
                    m.similarity,
                    self.sentences[m.article][m.sentence].text,
                )
                for m in self.matches[p][s]
            )
            partly = self.parts[p][s] if self.parts else ()
            out.append(SentenceCoverage(s, sent.start, sent.end, sent.text, carriers, partly))
        return tuple(out)

    def alignment(self, base: int | str = 0) -> tuple[Group, ...]:
        """The alignment table's rows in ``base``'s reading order (one column per article).

        ``row.sentence_of(article)`` is the cell (None: that article has nothing there),
        ``row.kinds`` how each present cell relates to the others.
        """
        p = self.position(base)
        return order_rows(self.groups, [len(s) for s in self.sentences], p)

    def to_json(self, base: int | str | None = None) -> dict[str, Any]:
        """The comparison as the CLI prints it (see ``index.analysis.comparejson``)."""
        from index.analysis.comparejson import comparison_json

        return comparison_json(self, None if base is None else self.position(base))


def compare_many(
    documents: Sequence[Document | Article], common: frozenset[str] = frozenset()
) -> MultiComparison:
    """Compare two to eight articles.

    Results are cached for the last few sets of articles, so a view can ask again cheaply.

    Args:
        documents: The articles (``Document`` or ``Article``), in the order to show them.
        common: The words the indexed corpus writes mostly in lower case
            (`Library.common_words`): a heading's "Place" is no name only one article gives.

    Returns:
        Passages, sentence carriers and groups, quotes and what each article alone says.

    Raises:
        CompareError: Fewer than two or more than eight articles, or an id given twice.
    """
    docs = tuple(d if isinstance(d, Document) else Document.from_article(d) for d in documents)
    if len(docs) < MIN_ARTICLES:
        raise CompareError("a comparison needs at least two articles")
    if len(docs) > MAX_ARTICLES:
        raise CompareError(f"at most {MAX_ARTICLES} articles can be compared at once")
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise CompareError(f"article {doc.id!r} is given twice")
        seen.add(doc.id)
    return _compare_cached(docs, common)


@lru_cache(maxsize=4)
def _compare_cached(docs: tuple[Document, ...], common: frozenset[str]) -> MultiComparison:
    sentences = tuple(content_sentences(d.body) for d in docs)
    words = [words_of(d.body) for d in docs]
    norms = [[w.norm for w in ws] for ws in words]
    runs = pairwise_runs(norms)
    numbers = [find_numbers(d.body) for d in docs]
    table = [SentenceWords.of(s, w, n) for s, w, n in zip(sentences, words, numbers, strict=True)]
    matches, near = sentence_matches(table, runs)
    groups = build_groups([len(s) for s in sentences], matches, near)  # cp47: `GROUP_FLOOR`
    verbatim = _verbatim(docs, words, norms, runs)
    passages = verbatim + _paraphrased(docs, sentences, groups, matches)
    parts = partly_shared(sentences, words, matches, verbatim)
    parts = quoted_parts(docs, sentences, matches, quotes := shared_quotes(docs), parts)  # nu55 #4
    return MultiComparison(
        documents=docs,
        sentences=sentences,
        matches=tuple(tuple(rows) for rows in matches),
        groups=groups,
        passages=passages,
        only_in=only_in(docs, sentences, matches, groups, numbers, parts, common),
        quotes=quotes,
        parts=parts,
    )


def _verbatim(
    docs: Sequence[Document],
    words: Sequence[Sequence[Word]],
    norms: Sequence[Sequence[str]],
    runs: dict[tuple[int, int], tuple[Run, ...]],
) -> tuple[SharedPassage, ...]:
    out = []
    bodies = [d.body for d in docs]
    for run in shared_runs(norms, runs, MIN_PASSAGE_WORDS):
        cut = phrase_bounds(bodies, words, run.spans, MIN_PASSAGE_WORDS)  # nu54 #5 (cp45)
        spans = tuple((a, words[a][lo].start, words[a][hi - 1].end) for a, lo, hi in cut)
        text = cleanest(bodies, words, cut)
        out.append(SharedPassage(text, "verbatim", spans, cut[0][2] - cut[0][1]))
    return tuple(out)


def _paraphrased(
    docs: Sequence[Document],
    sentences: Sequence[Sequence[Sentence]],
    groups: Sequence[Group],
    matches: Sequence[Sequence[tuple[Match, ...]]],
) -> tuple[SharedPassage, ...]:
    """A passage for each group said in other words: its first sentence, in the group's
    articles and in every other article that carries that sentence (a group holds only
    sentences that all carry one another, so a carrier may sit in another group: RTE's
    Croyle quotation, 74%, was left out of "[paraphrase, in 2,5]")."""
    out = []
    for group in groups:
        kinds: tuple[CellKind, ...] = group.kinds
        if len(group.members) < 2 or all(k == "verbatim" for k in kinds):
            continue
        a, s = group.members[0]
        listed = dict(group.members)
        for m in matches[a][s]:  # a carrier grouped elsewhere says it too: named (nu49 #2)
            listed.setdefault(m.article, m.sentence)
        spans = tuple(
            (q, sentences[q][t].start, sentences[q][t].end) for q, t in sorted(listed.items())
        )
        q, t = min(listed.items())  # the first listed article's words (a carrier's may be)
        text = sentences[q][t].text
        out.append(SharedPassage(text, "paraphrase", spans, len(words_of(text))))
    out.sort(key=lambda p: (-len(p.spans), p.spans))
    return tuple(out)
