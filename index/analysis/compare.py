"""Compare two article bodies: sentence alignment, shared passages, quotes and entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from index.analysis.furniture import content_sentences
from index.analysis.name_passage import beyond_names
from index.analysis.pair_names import OnlyIn, pair_only_in
from index.analysis.pair_quotes import Quote, find_quotes, match_quotes
from index.analysis.passages import MIN_PASSAGE_WORDS, verbatim_runs
from index.analysis.repunctuated import joined_same_words
from index.analysis.sentencecosines import sentence_cosines, sentence_vectors
from index.analysis.worddiff import (
    clipped,
    found_share,
    same_words_share,
    weighted_similarity,
    word_changes,
    word_diff,
)
from index.analysis.words import WORD as _WORD
from index.analysis.words import norm_word as _norm
from index.analysis.words import normalize_words
from index.text.sentences import Sentence

Kind = Literal["shared", "similar", "unique"]

SHARED_RATIO = 0.85
"""Normalised edit similarity at or above which two sentences are near-verbatim: compared
word by word, their changed words shown (they are "shared" only with no word changed)."""
SIMILAR_COSINE = 0.3
"""TF-IDF cosine of content-word stems at or above which two sentences are paraphrases."""
_RANK = {"shared": 3, "near": 2, "similar": 1, "unique": 0}
"""How a counterpart ranks: the same words, near-verbatim, a paraphrase, nothing."""
_KIND_OF: dict[str, Kind] = {
    "shared": "shared",
    "near": "similar",
    "similar": "similar",
    "unique": "unique",
}
_CANDIDATES = 5  # best cosine candidates per sentence that get a verbatim (edit) check


@dataclass(frozen=True, slots=True)
class Alignment:
    """One sentence of one article and its best counterpart in the other.

    Attributes:
        index: The sentence's position in its own article.
        start: Offset of the sentence in its article's body.
        end: Offset just past the sentence.
        text: The sentence.
        kind: "shared" (the same words in the other, case and punctuation aside),
            "similar" (near-verbatim with words changed, or a paraphrase: the same content
            words, other wording) or "unique".
        counterpart: Index of the best matching sentence in the other article, or None
            when nothing in the other article resembles it at all.
        similarity: How alike the sentence and its counterpart are, in [0, 1].
        changed: Body offsets of its words the counterpart words otherwise (each replaced
            or added run one span): empty for "shared", the diff's spans for a
            near-verbatim "similar", None where the two are not compared word by word.
        left_out: Those of ``changed`` with no word in their place: only in this text.
        partly: For a "unique" sentence, how many of its words one verbatim passage of both
            holds when that is `MIN_PASSAGE_WORDS` or more (nu45 #6): not only in this
            article, part of it is in the other word for word; else 0.
    """

    index: int
    start: int
    end: int
    text: str
    kind: Kind
    counterpart: int | None
    similarity: float
    changed: tuple[tuple[int, int], ...] | None = None
    left_out: tuple[tuple[int, int], ...] = ()
    partly: int = 0

    @property
    def alone(self) -> bool:
        """Whether only this article says it: nothing in the other carries it or any
        passage of it (what "only A" lists)."""
        return self.kind == "unique" and not self.partly


@dataclass(frozen=True, slots=True)
class Passage:
    """A maximal verbatim run of words found in both articles.

    ``a[a_start:a_end]`` and ``b[b_start:b_end]`` hold the same words, compared without case
    and punctuation.

    Attributes:
        a_start: Offset of the run in the first article.
        a_end: Offset just past the run in the first article.
        b_start: Offset of the run in the second article.
        b_end: Offset just past the run in the second article.
        text: The run as the first article words it.
        words: How many words the run has.
    """

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    text: str
    words: int


@dataclass(frozen=True, slots=True)
class Summary:
    """Overall figures of a comparison.

    Attributes:
        similarity: How alike the two articles are overall, in [0, 1].
        a_in_b: Share of the first article (by length) found in the second, shared or
            similar; words a near-verbatim counterpart leaves out are only in the first.
        b_in_a: Share of the second article (by length) found in the first.
        only_a: Names, acronyms and numbers that only the first article mentions.
        only_b: Names, acronyms and numbers that only the second article mentions.
        a_same_in_b: Share of the first article found in the second in the same words: its
            near-verbatim sentences and the verbatim runs inside the others (the rest of
            ``a_in_b`` is found in other words: nu31 #14, "B found in A 100%" for one
            paraphrase holding a six-word run).
        b_same_in_a: The same share of the second article.
    """

    similarity: float
    a_in_b: float
    b_in_a: float
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    a_same_in_b: float = 0.0
    b_same_in_a: float = 0.0

    def found(self, side: int) -> str:
        """How much of one article (0: the first) the other has, told apart: "16% same
        words, 84% in other words" (a near-verbatim sentence's replaced words are in other
        words, its words the other leaves out are not found); "0%" for nothing."""
        found, same = ((self.a_in_b, self.a_same_in_b), (self.b_in_a, self.b_same_in_a))[side]
        other = max(found - same, 0.0)
        parts = [f"{_percent(same)} same words"] if same > 0 else []
        parts += [f"{_percent(other)} in other words"] if other > 0 else []
        return ", ".join(parts) or "0%"


def _at_word(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters after a whole word (a line's "…" follows one:
    nu54 #4), inside a word only when one is longer than half the limit."""
    cut = text[:limit]
    head = cut if text[limit : limit + 1] == " " else cut.rpartition(" ")[0]
    return (head if len(head) >= limit // 2 else cut).rstrip(" ,;:-")


def _percent(share: float) -> str:
    """A share as a whole percent that never rounds a part to all or none: one word changed
    in a long article is ">99%", not "100% same words" (nu36 #1)."""
    if 0 < share < 0.005:
        return "<1%"
    if 0.995 <= share < 1:
        return ">99%"
    return f"{share:.0%}"


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything :func:`compare` found about two articles.

    Attributes:
        a: One alignment per sentence of the first article, in order.
        b: One alignment per sentence of the second article, in order.
        passages: Verbatim runs in both, in the first article's order.
        quotes_a: Quotations in the first article; ``counterpart`` indexes ``quotes_b``.
        quotes_b: Quotations in the second article; ``counterpart`` indexes ``quotes_a``.
        summary: Overall figures.
    """

    a: tuple[Alignment, ...]
    b: tuple[Alignment, ...]
    passages: tuple[Passage, ...]
    quotes_a: tuple[Quote, ...]
    quotes_b: tuple[Quote, ...]
    summary: Summary

    def only_said(self, side: int, names: int | None = None) -> str:
        """What only one article says, in a line: its names and numbers (the first
        ``names``), then its sentences found nowhere in the other; "—" for nothing.

        "Putin, 200,000; 1 sentence of its own: “Officials later said…”". A sentence of
        its own may name nobody and give no number, so the names alone can say "—" for an
        article that adds a sentence (nu16).
        """
        found = (self.summary.only_a, self.summary.only_b)[side][:names]
        own = [" ".join(al.text.split()) for al in (self.a, self.b)[side] if al.alone]
        parts = [", ".join(found)] if found else []
        if own:
            first = own[0] if len(own[0]) <= 70 else _at_word(own[0], 69) + "…"
            many = (
                f"{len(own)} sentences of its own, first"
                if len(own) > 1
                else "1 sentence of its own:"
            )
            parts.append(f"{many} “{first}”")
        return "; ".join(parts) or "—"

    @property
    def quotes_in_both(self) -> tuple[tuple[Quote, Quote], ...]:
        """Pairs of the same quotation, (as in the first, as in the second)."""
        return tuple(
            (q, self.quotes_b[q.counterpart]) for q in self.quotes_a if q.counterpart is not None
        )

    @property
    def word_changes(self) -> tuple[tuple[Alignment, tuple[str, ...], tuple[str, ...]], ...]:
        """Each near-verbatim sentence of the first with the words it changes: (its
        alignment, its own changed words, the counterpart's words in their place).

        ((…, ("Sunday", "week"), ("Saturday", "month")),): what a diff tool would mark.
        """
        return word_changes(self.a, self.b)

    @staticmethod
    def same_words(first: str, second: str) -> bool:
        """Whether two texts hold the same words (case, punctuation, spacing aside): a
        quote in both may be worded otherwise in one ("utmost" / "very best")."""
        return normalize_words(first) == normalize_words(second)


def compare(
    a: str,
    b: str,
    outlets: tuple[str, str] = ("", ""),
    titles: tuple[str, str] = ("", ""),
    common: frozenset[str] = frozenset(),
) -> Comparison:
    """Compare two cleaned article bodies.

    Results are cached for the last few pairs, so a view can ask again cheaply.

    Args:
        a: The first article's body.
        b: The second article's body.
        outlets: Their outlets, when known (never an "only in" name of their own article).
        titles: Their titles, when known: a number one title gives is not "only in" the
            other article (nu38 #3).
        common: The words the indexed corpus writes mostly in lower case
            (`index.analysis.casing`): a heading's "Place" is no "only in" name.

    Returns:
        The sentence alignment both ways, shared passages, quotations and a summary.
    """
    return _compare_cached(a, b, outlets, titles, common)


@lru_cache(maxsize=8)
def _compare_cached(
    a: str, b: str, outlets: tuple[str, str], titles: tuple[str, str], common: frozenset[str]
) -> Comparison:
    sents_a, sents_b = content_sentences(a), content_sentences(b)
    align_a, align_b = _align(sents_a, sents_b)
    quotes_a, quotes_b = match_quotes(find_quotes(a), find_quotes(b))
    passages = shared_passages(a, b)
    runs_a = [(p.a_start, p.a_end) for p in passages]
    runs_b = [(p.b_start, p.b_end) for p in passages]
    align_a, align_b = _partly(align_a, runs_a), _partly(align_b, runs_b)
    only = pair_only_in(
        a, b, outlets, titles, counted=True, common=common
    )  # "38 years", not "38" (fx146)
    summary = _summary(align_a, align_b, only, (runs_a, runs_b))
    same_a, same_b = same_words_share(align_a, runs_a), same_words_share(align_b, runs_b)
    # never more than is found ("80% same words" of 67% found: a run crossing into a sentence
    # with no counterpart, ci103); "in other words" is what is found less the same words
    same_a, same_b = min(same_a, summary.a_in_b), min(same_b, summary.b_in_a)
    return Comparison(
        a=align_a,
        b=align_b,
        passages=passages,
        quotes_a=quotes_a,
        quotes_b=quotes_b,
        summary=replace(summary, a_same_in_b=same_a, b_same_in_a=same_b),
    )


# --- sentence alignment ---------------------------------------------------------------------


def _best(
    sents: Sequence[Sentence],
    others: Sequence[Sentence],
    cosines: Sequence[dict[int, float]],
    norm_self: Sequence[str],
    norm_other: Sequence[str],
) -> tuple[Alignment, ...]:
    """Pick each sentence's best counterpart and class it.

    "shared" is the same words (``normalize_words`` equal, or punctuated otherwise:
    ``joined_same_words``); a near-verbatim counterpart (edit ratio ``SHARED_RATIO`` or
    more, or ``clipped``: a clause left out) with a word changed is "similar", its changed
    words found by a word diff; a paraphrase is "similar" by content-word cosine.
    """
    out: list[Alignment] = []
    words_self = [norm.split() for norm in norm_self]
    words_other = [norm.split() for norm in norm_other]
    for i, sent in enumerate(sents):
        scores = cosines[i]
        candidates = sorted(scores, key=scores.__getitem__, reverse=True)[:_CANDIDATES]
        best_j: int | None = None
        best_sim = 0.0
        rank = "unique"
        for j in candidates:
            ratio = fuzz.ratio(norm_self[i], norm_other[j]) / 100.0
            cos = min(1.0, scores[j])
            if norm_self[i] == norm_other[j] or joined_same_words(i, j, words_self, words_other):
                this_rank, ratio = "shared", 1.0
            elif (
                ratio >= SHARED_RATIO
                or clipped(words_self[i], words_other[j])
                or _contained(norm_self[i], norm_other[j])
            ):
                this_rank = "near"
            elif cos >= SIMILAR_COSINE:
                this_rank = "similar"
            else:
                this_rank = "unique"
            sim = max(ratio, cos) if this_rank != "unique" else cos
            if best_j is None or (_RANK[this_rank], sim) > (_RANK[rank], best_sim):
                best_j, best_sim, rank = j, sim, this_rank
        if best_j is None and norm_self[i]:
            # No content word in common: still an exact repeat of stopwords counts as shared.
            for j, other in enumerate(norm_other):
                if other == norm_self[i]:
                    best_j, best_sim, rank = j, 1.0, "shared"
                    break
        kind = _KIND_OF[rank]
        changed: tuple[tuple[int, int], ...] | None = () if rank == "shared" else None
        left_out: tuple[tuple[int, int], ...] = ()
        if rank == "near" and best_j is not None:
            changed, left_out = word_diff(sent.text, others[best_j].text, sent.start)
        sim = round(best_sim, 4)
        out.append(
            Alignment(i, sent.start, sent.end, sent.text, kind, best_j, sim, changed, left_out)
        )
    return tuple(out)


def _partly(align: Sequence[Alignment], runs: Sequence[tuple[int, int]]) -> tuple[Alignment, ...]:
    """``align`` with each "unique" sentence's ``partly`` set: the most words one verbatim
    run (``runs``, body offsets) holds of it, when that is `MIN_PASSAGE_WORDS` or more."""
    out = []
    for al in align:
        if al.kind == "unique":
            inside = (
                al.text[max(s, al.start) - al.start : min(e, al.end) - al.start]
                for s, e in runs
                if s < al.end and e > al.start
            )  # a name alone shared is no part of the sentence (rv46)
            most = max((len(_WORD.findall(t)) for t in inside if beyond_names(t)), default=0)
            if most >= MIN_PASSAGE_WORDS:
                al = replace(al, partly=most)
        out.append(al)
    return tuple(out)


def _contained(mine: str, theirs: str) -> bool:
    """Whether one sentence's normalised words are a contiguous run of the other's: all of it
    is there word for word, however much the other adds (nu45 #6: "... in the form of a
    letter." inside "... in the form of a letter from Mrs May to Mr Tusk, ...")."""
    return bool(mine) and len(mine) < len(theirs) and f" {mine} " in f" {theirs} "


def _align(
    sents_a: Sequence[Sentence], sents_b: Sequence[Sentence]
) -> tuple[tuple[Alignment, ...], tuple[Alignment, ...]]:
    vecs_a, vecs_b = sentence_vectors(sents_a, sents_b)
    cos_ab = sentence_cosines(vecs_a, vecs_b)
    cos_ba: list[dict[int, float]] = [{} for _ in sents_b]
    for i, row in enumerate(cos_ab):
        for j, value in row.items():
            cos_ba[j][i] = value
    norm_a = [normalize_words(s.text) for s in sents_a]
    norm_b = [normalize_words(s.text) for s in sents_b]
    return (
        _best(sents_a, sents_b, cos_ab, norm_a, norm_b),
        _best(sents_b, sents_a, cos_ba, norm_b, norm_a),
    )


# --- shared passages ------------------------------------------------------------------------


def shared_passages(a: str, b: str, min_words: int = MIN_PASSAGE_WORDS) -> tuple[Passage, ...]:
    """Maximal verbatim runs of at least ``min_words`` words that occur in both texts.

    Words are compared without case and punctuation. Runs are seeded by hashing word
    n-grams, extended to maximal length, and overlapping runs are resolved longest first,
    so no two passages overlap in either text.

    Args:
        a: The first text.
        b: The second text.
        min_words: The shortest run to report.

    Returns:
        The passages in the order they appear in ``a``.
    """
    toks_a = [(m.start(), m.end(), _norm(m.group())) for m in _WORD.finditer(a)]
    toks_b = [(m.start(), m.end(), _norm(m.group())) for m in _WORD.finditer(b)]
    runs = verbatim_runs([t[2] for t in toks_a], [t[2] for t in toks_b], min_words)
    chosen = [(r.length, r.i, r.j) for r in runs]
    passages = []
    for length, i, j in chosen:
        a_start, a_end = toks_a[i][0], toks_a[i + length - 1][1]
        b_start, b_end = toks_b[j][0], toks_b[j + length - 1][1]
        passages.append(Passage(a_start, a_end, b_start, b_end, a[a_start:a_end], length))
    return tuple(passages)


# --- summary and entities --------------------------------------------------------------------


def _summary(
    align_a: Sequence[Alignment],
    align_b: Sequence[Alignment],
    only: OnlyIn,
    runs: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
) -> Summary:
    similarity = (weighted_similarity(align_a) + weighted_similarity(align_b)) / 2
    only_a, only_b = only
    return Summary(
        similarity=round(min(1.0, similarity), 4),
        a_in_b=round(found_share(align_a, runs[0]), 4),
        b_in_a=round(found_share(align_b, runs[1]), 4),
        only_a=only_a,
        only_b=only_b,
    )
