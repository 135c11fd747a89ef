"""Two articles' sentences as TF-IDF vectors of content-word stems, and their cosines."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from index.analysis.words import content_stems
from index.text.sentences import Sentence


def sentence_vectors(
    sents_a: Sequence[Sentence], sents_b: Sequence[Sentence]
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Unit TF-IDF vectors of content-word stems, document frequency over both articles."""
    bags_a = [content_stems(s.text) for s in sents_a]
    bags_b = [content_stems(s.text) for s in sents_b]
    df: Counter[str] = Counter()
    for bag in (*bags_a, *bags_b):
        df.update(bag.keys())
    n = len(bags_a) + len(bags_b)

    def weigh(bag: Counter[str]) -> dict[str, float]:
        vec = {t: (1.0 + math.log(c)) * math.log(1.0 + n / df[t]) for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    return [weigh(bag) for bag in bags_a], [weigh(bag) for bag in bags_b]


def sentence_cosines(
    vecs_a: Sequence[dict[str, float]], vecs_b: Sequence[dict[str, float]]
) -> list[dict[int, float]]:
    """For each vector of A, the non-zero cosines with vectors of B (via an inverted index)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, vec in enumerate(vecs_b):
        for term, weight in vec.items():
            postings[term].append((j, weight))
    result: list[dict[int, float]] = []
    for vec in vecs_a:
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vec.items():
            for j, other in postings.get(term, ()):
                scores[j] += weight * other
        result.append(scores)
    return result
