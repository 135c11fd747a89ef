"""Did you mean against typos of words with an apostrophe ("wonn't" for "won't").

The words with an apostrophe that the index's articles write whole (read from its stored
titles and bodies: the segments' lists hold a word's parts apart), held by ``--min-df``
articles or more, drawn at random (seeded), each given one random edit in its longest
part that makes a word the index lacks. For each typo the search (with its Did you mean)
is run; printed: how often the first offer is the source word, is none, and the search's
time (median, 90th percentile; CPU, of this process)::

    python -m bench.suggest_marks --index-dir /tmp/reuters --corpus reuters21578.jsonl

Run from each tree (the tree's code on PYTHONPATH) before and after a change to
`index.search.held_forms` or `index.search.first_by_id`.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from bench.common import PROSE_CORPUS
from bench.suggest_typos import _typo

_MARKED = re.compile(r"(?<![\w'’])[^\W\d_]+['’][^\W\d_]+(?![\w'’])")


def _written(library: object) -> Counter[str]:
    """The words with an apostrophe the articles write whole, with how many write each."""
    searcher = library.engine.searcher.reader.searcher  # type: ignore[attr-defined]
    reader = searcher.reader()
    held: Counter[str] = Counter()
    for docnum in range(reader.doc_count_all()):
        if reader.is_deleted(docnum):
            continue
        row = reader.stored_fields(docnum)
        text = f"{row.get('title') or ''}\n{row.get('body') or ''}"
        held.update({m.lower().replace("\u2019", "'") for m in _MARKED.findall(text)})
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=PROSE_CORPUS)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=53)
    parser.add_argument("--min-df", type=int, default=3)
    args = parser.parse_args()

    from index.library import Library

    library = Library(args.corpus, args.index_dir, derived=())
    library.open_or_build()
    written = _written(library)
    words = sorted(w for w, n in written.items() if n >= args.min_df)
    draw = random.Random(args.seed)
    source = none = 0
    times: list[float] = []
    while len(times) < args.count:
        word = draw.choice(words)
        parts = word.split("'")
        at = max(range(len(parts)), key=lambda k: len(parts[k]))
        if len(parts[at]) < 3:
            continue
        parts[at] = _typo(draw, parts[at])
        typo = "'".join(parts)
        if typo == word or typo in written:
            continue
        start = time.process_time()
        result = library.search(typo, limit=1)
        took = time.process_time() - start
        if result.total:
            continue
        times.append(took * 1000)
        first = result.suggestions[0] if result.suggestions else None
        source += first == word
        none += first is None
    library.close()
    n = len(times)
    print(f"{n} typos of {len(words)} words with an apostrophe held by >= {args.min_df} articles")
    print(f"first offer is the source word: {source} ({100 * source / n:.1f}%)")
    print(f"no offer: {none} ({100 * none / n:.1f}%)")
    p90 = statistics.quantiles(times, n=10)[-1]
    median = statistics.median(times)
    print(f"search with its offer (CPU): median {median:.1f} ms, p90 {p90:.1f} ms")


if __name__ == "__main__":
    main()
