"""`SentenceMatcher.best` walks only the other articles' postings of a term (fd44).

One long article's common stems made each of its sentences walk every posting of its own
(a 20,000-paragraph article against a short one: `broadsheet compare` 68 s, quadratic).
The old loop, kept here as the oracle, walked them all and skipped its own; the matches
must be the same, sentence for sentence, over generated articles that share words.
"""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.furniture import content_sentences
from index.analysis.numbers import find_numbers
from index.analysis.passages import pairwise_runs
from index.analysis.sentencematch import Match, SentenceMatcher, SentenceWords
from index.analysis.words import words_of

WORDS = [
    "dam",
    "river",
    "council",
    "water",
    "flood",
    "valley",
    "budget",
    "mayor",
    "spillway",
    "bridge",
    "said",
]
QUOTE = '"The {} is holding and we will {} it," said {}.'
NAMES = ["Maria Lopez", "John Carter", "Aisha Khan"]


def old_best(matcher: SentenceMatcher, p: int, s: int) -> tuple[Match, ...]:
    """`best` before fd44: one flat posting list per term, its own article skipped inside."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for q, vecs in enumerate(matcher._vectors):
        for t, vec in enumerate(vecs):
            for term, weight in vec.items():
                postings[term].append((matcher._offsets[q] + t, weight))
    lo, hi = matcher._offsets[p], matcher._offsets[p + 1]
    scores: dict[int, float] = {}
    for term, weight in matcher._vectors[p][s].items():
        for gid, other in postings[term]:
            if not lo <= gid < hi:
                scores[gid] = scores.get(gid, 0.0) + weight * other
    by_article: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for gid, score in scores.items():
        q, t = matcher._where[gid]
        by_article[q].append((score, t))
    found = []
    for q in range(len(matcher.articles)):
        if q != p:
            match = matcher._best_in(p, s, q, by_article.get(q, []))
            if match is not None:
                found.append(match)
    return tuple(found)


@st.composite
def bodies(draw: st.DrawFn) -> list[str]:
    """2 to 4 articles of 1 to 12 sentences (plain ones and quotations) of a small vocabulary."""
    out = []
    for _ in range(draw(st.integers(2, 4))):
        sentences = []
        for _ in range(draw(st.integers(1, 12))):
            if draw(st.booleans()):
                words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=9))
                sentences.append("The " + " ".join(words) + ".")
            else:
                a, b = draw(st.sampled_from(WORDS)), draw(st.sampled_from(WORDS))
                sentences.append(QUOTE.format(a, b, draw(st.sampled_from(NAMES))))
        out.append("\n\n".join(sentences))
    return out


@settings(max_examples=150, deadline=None)
@given(bodies())
def test_best_is_the_old_best(texts: list[str]) -> None:
    sentences = [content_sentences(b) for b in texts]
    words = [words_of(b) for b in texts]
    runs = pairwise_runs([[w.norm for w in ws] for ws in words])
    table = [
        SentenceWords.of(s, w, find_numbers(b))
        for s, w, b in zip(sentences, words, texts, strict=True)
    ]
    new, old = SentenceMatcher(table, runs), SentenceMatcher(table, runs)
    for p, art in enumerate(table):
        for s in range(len(art.sentences)):
            assert new.best(p, s) == old_best(old, p, s)


def test_the_generator_reaches_matches() -> None:
    texts = ["The dam river council.\n\nThe flood valley.", "The dam river council.\n\nThe bridge."]
    sentences = [content_sentences(b) for b in texts]
    words = [words_of(b) for b in texts]
    runs = pairwise_runs([[w.norm for w in ws] for ws in words])
    table = [
        SentenceWords.of(s, w, find_numbers(b))
        for s, w, b in zip(sentences, words, texts, strict=True)
    ]
    matcher = SentenceMatcher(table, runs)
    assert matcher.best(0, 0) == old_best(SentenceMatcher(table, runs), 0, 0)
    assert matcher.best(0, 0)[0].kind == "verbatim"
