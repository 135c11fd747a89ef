"""Who and where a full text's lead tells, as pair cues (ev36, issue 16; bench only).

Two full texts of one subject but different happenings (two kidnappings in two countries, a
saga's separate developments) share the subject's words; what differs is who and where the
lead names. Per article, the names (`entities.find_names` keys) and the countries
(`story_places.country_keys`) of its title and first `LEAD_WORDS` body words; per pair:

- `name_overlap`: the rarity weight (log of articles over articles naming it) of the names
  both leads give, over the smaller of the two leads' weights (0 when either names none);
- `place_agree`: 0 when both leads name countries and none in common, else 1.

`bench.stories_body_gate --gate names|places` keeps `StoryParams.long_factor` only for pairs
of two full texts whose cue reaches ``--cut``; the others count ``--bare`` times.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from index.analysis.entities import Lexicon, find_names
from index.analysis.stories import StoryArticle
from index.analysis.story_places import country_keys

_STOP = re.compile(r"(?<=[A-Za-z]{3})[.,;:!?](?=\s|$)")
"""Punctuation after a word of three letters or more: `country_keys` reads "Sudan." as no
name (a headline seldom ends in a stop; a lead's sentences do). "U.S." keeps its stops."""
LEAD_WORDS = 80
"""Body words read after the title: about the first three sentences of a full text."""


def lead(article: StoryArticle) -> str:
    """The article's title and the first `LEAD_WORDS` words of its body, as one text."""
    return f"{article.title}.\n{' '.join(article.body.split()[:LEAD_WORDS])}"


def lead_names(articles: Sequence[StoryArticle]) -> list[frozenset[str]]:
    """Every article's lead names, by key (words joined by spaces)."""
    texts = [lead(a) for a in articles]
    lexicon = Lexicon.of(texts)
    return [frozenset(" ".join(m.key) for m in find_names(t, lexicon)) for t in texts]


def name_overlap(names: Sequence[frozenset[str]]) -> sp.csr_matrix:
    """`name_overlap` (see the module) between every two articles, as a sparse matrix
    (zero where two leads share no name; the diagonal too)."""
    n = len(names)
    count = Counter(key for keys in names for key in keys)
    column = {key: k for k, key in enumerate(count)}
    weight = np.array([math.log(n / c) for c in count.values()])
    rows = [a for a, keys in enumerate(names) for _ in keys]
    cols = [column[key] for keys in names for key in keys]
    held = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(column)))
    total = held @ weight
    shared = sp.triu(held @ sp.diags(weight) @ held.T, 1).tocoo()
    least = np.minimum(total[shared.row], total[shared.col])
    value = np.where(least > 0, shared.data / np.maximum(least, 1e-12), 0.0)
    upper = sp.coo_matrix((value, (shared.row, shared.col)), shape=(n, n))
    return sp.csr_matrix(upper + upper.T)


def place_agree(articles: Sequence[StoryArticle]) -> np.ndarray:
    """The matrix of `place_agree` (see the module) between every two articles."""
    keys = [country_keys(_STOP.sub("", lead(a))) for a in articles]
    n = len(keys)
    out = np.ones((n, n))
    for a in range(n):
        for b in range(a + 1, n):
            if keys[a] and keys[b] and not keys[a] & keys[b]:
                out[a, b] = out[b, a] = 0.0
    return out


__all__ = ["LEAD_WORDS", "lead", "lead_names", "name_overlap", "place_agree"]
