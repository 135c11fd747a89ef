"""Did you mean against one-edit typos: how often the first offer is the word typed for.

Words of the index held by ``--min-df`` articles or more (as written: the segments' lists
and counts, `index.store.words`; letters only, four or more), drawn at random (seeded),
each given one random edit (a letter put in, left out, changed, or two neighbours
swapped) that makes a word the index lacks (a search of it finds nothing). For each typo
the search (with its Did you mean) is run; printed: how often the first offer is the
source word, is one edit from the typo, is none, and the search's time (median, 90th
percentile; most of it is the offer's)::

    python -m bench.suggest_typos --index-dir /tmp/news --count 500 --seed 51

The index is built first if there is none (``index rebuild --no-stories --no-quotes``
is quicker). Run before and after a change to `index.search.suggest` from each tree.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import time
from pathlib import Path

from bench.common import PROSE_CORPUS


def _typo(draw: random.Random, word: str) -> str:
    at = draw.randrange(len(word))
    letter = draw.choice(string.ascii_lowercase)
    edit = draw.choice(["insert", "delete", "substitute", "transpose"])
    if edit == "insert":
        return word[:at] + letter + word[at:]
    if edit == "delete":
        return word[:at] + word[at + 1 :]
    if edit == "substitute":
        return word[:at] + letter + word[at + 1 :]
    at = min(at, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def _held(library: object, min_df: int) -> dict[str, int]:
    """The index's words as written, with how many articles hold each (its segments')."""
    from index.store.words import segment_counts, segment_words

    reader = library.engine.searcher.reader.searcher.reader()  # type: ignore[attr-defined]
    held: dict[str, int] = {}
    for leaf, _ in reader.leaf_readers():
        counts = segment_counts(leaf._storage, leaf.segment()) or {}
        for word in segment_words(leaf) or ():
            held[word] = held.get(word, 0) + counts.get(word, 0)
    return {w: n for w, n in held.items() if n >= min_df and w.isascii() and w.isalpha()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=PROSE_CORPUS)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=51)
    parser.add_argument("--min-df", type=int, default=5)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    args = parser.parse_args()

    from rapidfuzz.distance import OSA

    from index.library import Library

    library = Library(args.corpus, args.index_dir, derived=())
    library.open_or_build()
    held = _held(library, args.min_df)
    words = sorted(w for w in held if len(w) >= 4)
    draw = random.Random(args.seed)
    source = one = none = tried = 0
    times: list[float] = []
    misses: list[str] = []
    while len(times) < args.count:
        word = draw.choice(words)
        typo = _typo(draw, word)
        tried += 1
        if typo == word or typo in held or len(typo) < 2:
            continue
        start = time.perf_counter()
        result = library.search(typo, limit=1)
        took = time.perf_counter() - start
        if result.total:
            continue  # the index holds it (another word of its stem): not a typo here
        times.append(took * 1000)
        first = result.suggestions[0] if result.suggestions else None
        source += first == word
        one += first is not None and OSA.distance(typo, first.lower()) == 1
        none += first is None
        if first != word and len(misses) < args.errors:
            misses.append(f"{typo} (for {word}, {held[word]}): {list(result.suggestions)}")
    library.close()
    n = len(times)
    print(f"{n} typos of {len(words)} words held by >= {args.min_df} articles ({tried} drawn)")
    print(f"first offer is the source word: {source} ({100 * source / n:.1f}%)")
    print(f"first offer one edit from the typo: {one} ({100 * one / n:.1f}%)")
    print(f"no offer: {none} ({100 * none / n:.1f}%)")
    p90 = statistics.quantiles(times, n=10)[-1]
    print(f"search with its offer: median {statistics.median(times):.1f} ms, p90 {p90:.1f} ms")
    for line in misses:
        print("  ", line)


if __name__ == "__main__":
    main()
