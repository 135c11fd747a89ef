"""Where the name book's share of quote extraction goes, in CPU seconds, without a profiler.

``python -m bench.quotes_parts [--reuters N]`` extracts the quotes of ``newsarticles.jsonl``,
``allsides_stories.jsonl`` and the first N Reuters articles (3,000; ``-1`` for all) twice in
one interpreter, timing every `NameBook` built (the second pass finds `run_shape`'s cache
warm: the difference is what its misses cost), then builds the same books again and times
the parts of a book that do not depend on attribution: the scan for runs of capitals, the
sentence starts, `run_shape` (warm) and the cues read around every run. What is left of a
warm book is its loop over the names it files. With ``--phases`` it first prints where a
cold pass's extraction goes (`phases`): the book, the patterns before and after a quote,
the resolution of a phrase to a speaker, the quotation marks, the words grouping compares.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from typing import Any
from unittest import mock

from bench.quotes_same import CORPORA
from index.analysis import attribution, quotes
from index.analysis.namebook import NameBook
from index.analysis.namecues import role_before_name, speaks_after, spoken_by
from index.analysis.namerun import run_shape, runs_outside, sentence_ends
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
                speaks_after(text, m.start(), m.end(), m[0].split()[0])
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


PHASES: tuple[tuple[Any, str], ...] = (
    (attribution, "NameBook"),
    (attribution, "find_after"),
    (attribution, "find_before"),
    (attribution, "find_indirect"),
    (attribution, "_resolve"),
    (attribution, "who_speaks"),
    (quotes, "quoted_spans"),
    (quotes, "compared_words"),
)
"""The calls `phases` times, each where extraction looks it up (module, name): disjoint
(none calls another), so their CPU seconds add up."""


def phases(derived: QuotesDerived, articles: Iterable[Article]) -> dict[str, float]:
    """CPU seconds of extracting ``articles`` (``"extraction"``) and of each `PHASES` call
    in it; ``"rest"`` is what none of them spent (the attribution's own loop, titles...)."""
    spent = dict.fromkeys((name for _, name in PHASES), 0.0)

    def timed(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return call(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started

        return run

    with ExitStack() as patches:
        for module, name in PHASES:
            patches.enter_context(
                mock.patch.object(module, name, timed(name, getattr(module, name)))
            )
        total = _seconds(lambda: [derived.extract(a) for a in articles])
    return {"extraction": total, **spent, "rest": total - sum(spent.values())}


def main(argv: list[str] | None = None) -> int:
    """Print each pass's extraction and book CPU seconds, then the parts of a warm book."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", type=int, default=3000, help="-1: every Reuters article")
    parser.add_argument("--phases", action="store_true", help="first time a cold pass's phases")
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
    if args.phases:  # a pass of its own: the caches it warms are cleared for the next
        for phase, seconds in phases(derived, articles).items():
            print(f"  {phase}: {seconds:.2f}")
        _clear_caches()
    with mock.patch.object(attribution, "NameBook", Timed):
        for label in ("cold", "warm"):
            books.clear()
            spent[0] = 0.0
            cpu = _seconds(lambda: [derived.extract(a) for a in articles])
            print(f"{label}: extraction {cpu:.2f} CPU s, {len(books)} books {spent[0]:.2f}")
    for part, seconds in parts(books).items():
        print(f"  {part}: {seconds:.2f}")
    return 0


def _clear_caches() -> None:
    """Empty the caches of `run_shape` and `first_name_gender` (a cold pass again)."""
    from index.analysis.firstnames import first_name_gender

    run_shape.cache_clear()
    first_name_gender.cache_clear()


if __name__ == "__main__":
    raise SystemExit(main())
