"""What happened, as the opening tells it: a pair cue for full texts (st40, issue 16; bench only).

Read on slice C's wrong pairs (`python -m bench.stories_checks --joins` and their texts): two
reports of one saga on one day (the Ferguson protest's shots and the store video; the Dutch
election's preview and its TV debate; Ryan and Price on one health bill; a UN kidnapping in
Congo and one in South Sudan) share the saga's background, its actors and its places, so
their leads' words and names agree; what a reader tells them apart by is the opening, the
headline and first sentence, which says what happened and differs. Among slice C's pairs with
a full text and likeness >= 0.1, the cosine of title and first 30 body words is under 0.15
for 36 of 60 long pairs of different events and 15 of 58 of one event (the whole lead
(`vectors.LEAD_WORDS`), 150 words, is what the clustering already reads).

`opening_cosine` is that cosine between every two articles: TF-IDF over the titles (counted
`vectors.TITLE_WEIGHT` times, as the clustering does) and the first ``words`` body words,
IDF of the articles given. `bench.stories_body_gate --gate opening --scope any` counts any pair
with a full text (one or both) whose opening cosine is under ``--cut`` ``--bare`` times, and
without `StoryParams.long_factor`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from index.analysis.stories import StoryArticle
from index.analysis.vectors import Vocabulary, idf, term_counts, tfidf, tokenize

OPENING_WORDS = 30
"""Body words read after the title: about a full text's first sentence."""


def opening_cosine(articles: Sequence[StoryArticle], words: int = OPENING_WORDS) -> np.ndarray:
    """The cosine of every two articles' openings (title and first ``words`` body words),
    as a dense matrix (diagonal 1 for an opening with a term, 0 for one without)."""
    if not articles:
        return np.zeros((0, 0))
    vocab = Vocabulary()
    tokens = tokenize(vocab, [(a.title, a.body) for a in articles], lead_words=words)
    counts = term_counts(tokens, len(articles), vocab.stop_mask(), len(vocab))
    df = np.bincount(counts.indices, minlength=len(vocab))
    rows = tfidf(counts, idf(df, len(articles)))
    found: np.ndarray = (rows @ rows.T).toarray()
    return found


__all__ = ["OPENING_WORDS", "opening_cosine"]
