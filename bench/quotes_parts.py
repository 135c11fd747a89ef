"""Where the name book's share of quote extraction goes, in CPU seconds, without a profiler.

``python -m bench.quotes_parts [--reuters N]`` extracts the quotes of ``newsarticles.jsonl``,
``allsides_stories.jsonl`` and the first N Reuters articles (3,000; ``-1`` for all) twice in
one interpreter, timing every `NameBook` built (the second pass finds `run_shape`'s cache
warm: the difference is what its misses cost), then builds the same books again and times
the parts of a book that do not depend on attribution: the scan for runs of capitals, the
sentence starts, `run_shape` (warm) and the cues read around every run. What is left of a
warm book is its loop over the names it files.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from unittest import mock

from bench.quotes_same import CORPORA
from index.analysis import attribution
from index.analysis.namebook import _SPEAKS_AFTER, NameBook, runs_outside
from index.analysis.namecues import role_before_name, spoken_by
from index.analysis.namerun import run_shape, sentence_ends
from index.analysis.quote_derived import QuotesDerived
from index.ingest.readers import iter_articles
from index.models import Article

Book = tuple[str, list[tuple[int, int]]]


def _seconds(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def parts(books: list[Book]) -> dict[str, float]:
    """CPU seconds of whole books and of their parts, each over every ``(text, quoted)``."""

    def cues() -> None:
        for text, quoted in books:
            for m in runs_outside(text, quoted):
                before = text[max(0, m.start() - 20) : m.start()]
                _SPEAKS_AFTER.match(text, m.end())
                spoken_by(before)
                role_before_name(before)

    return {
        "book": _seconds(lambda: [NameBook(t, q) for t, q in books]),
        "runs": _seconds(lambda: [list(runs_outside(t, q)) for t, q in books]),
        "sentences": _seconds(lambda: [sentence_ends(t) for t, _ in books]),
        "runs+shape": _seconds(
            lambda: [[run_shape(m[0], False) for m in runs_outside(t, q)] for t, q in books]
        ),
        "cues at every run": _seconds(cues),
    }


def main(argv: list[str] | None = None) -> int:
    """Print each pass's extraction and book CPU seconds, then the parts of a warm book."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", type=int, default=3000, help="-1: every Reuters article")
    args = parser.parse_args(argv)
    articles: list[Article] = []
    for name in ("newsarticles.jsonl", "allsides_stories.jsonl", "reuters21578.jsonl"):
        found = [a for a in iter_articles(CORPORA / name) if isinstance(a, Article)]
        articles += found[: args.reuters] if "reuters" in name and args.reuters >= 0 else found
    books: list[Book] = []
    spent = [0.0]

    class Timed(NameBook):
        def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
            started = time.process_time()
            super().__init__(text, quoted)
            spent[0] += time.process_time() - started
            books.append((text, quoted))

    derived = QuotesDerived()
    derived.extract(articles[0])  # the name lists load with the first extraction
    with mock.patch.object(attribution, "NameBook", Timed):
        for label in ("cold", "warm"):
            books.clear()
            spent[0] = 0.0
            cpu = _seconds(lambda: [derived.extract(a) for a in articles])
            print(f"{label}: extraction {cpu:.2f} CPU s, {len(books)} books {spent[0]:.2f}")
    for part, seconds in parts(books).items():
        print(f"  {part}: {seconds:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
