"""`python -m bench.edit_likeness [--half 0|1]`: where `library_moves.LIKE` stands.

An edited file moved keeps its notes only when the two texts are one edited
(`index.library_moves.same_text`: twice the longest common word sequence over both
lengths, at `LIKE` or more). This measures that likeness on the shared corpora, split by
article position (``--half 0`` to tune, ``1`` held out): articles with 1, 5, 10 and 20
random word edits (each a word replaced, inserted or deleted; 2,000 articles of Reuters
of 20 words or more), the share that keeps `LIKE`; and 3,000 random pairs of different
articles of each corpus (unrelated texts), their likeness's quantiles and how many reach
`LIKE`.
"""

from __future__ import annotations

import argparse
import json
import random
import re

from rapidfuzz.distance import Indel

from bench.common import CORPORA
from index.library_moves import LIKE

WORD = re.compile(r"\w+")


def _texts(name: str, half: int) -> list[list[str]]:
    with open(CORPORA / f"{name}.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [WORD.findall(r["body"].casefold()) for k, r in enumerate(rows) if k % 2 == half]


def _edit(words: list[str], k: int, rng: random.Random) -> list[str]:
    out = list(words)
    for _ in range(k):
        where, how = rng.randrange(len(out)), rng.choice("rid")
        if how == "r":
            out[where] = f"zz{rng.random()}"
        elif how == "i":
            out.insert(where, "zz")
        elif len(out) > 1:
            del out[where]
    return out


def main() -> None:
    """Print the figures for one half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", type=int, choices=(0, 1), default=0)
    half = parser.parse_args().half
    rng = random.Random(half)
    reuters = [t for t in _texts("reuters21578", half) if len(t) >= 20]
    sample = rng.sample(reuters, 2000)
    for k in (1, 5, 10, 20):
        likes = [Indel.normalized_similarity(t, _edit(t, k, rng)) for t in sample]
        long = [s for s, t in zip(likes, sample, strict=True) if len(t) >= 50]
        print(
            f"{k:2} words edited: {sum(s >= LIKE for s in likes) / len(likes):.3f} keep {LIKE}"
            f" ({sum(s >= LIKE for s in long) / len(long):.3f} of texts of 50 words or more)"
        )
    for name in ("newsarticles", "reuters21578", "allsides_stories"):
        texts = [t for t in _texts(name, half) if t]
        likes = sorted(
            Indel.normalized_similarity(a, b)
            for a, b in (rng.sample(texts, 2) for _ in range(3000))
            if a != b
        )
        at = [likes[int(q * len(likes))] for q in (0.5, 0.99, 0.999)]
        print(
            f"unrelated {name}: median {at[0]:.2f}, p99 {at[1]:.2f}, p99.9 {at[2]:.2f},"
            f" max {likes[-1]:.2f}; {sum(s >= LIKE for s in likes)} of {len(likes)} reach {LIKE}"
        )


if __name__ == "__main__":
    main()
