"""Sentences split in two threads at once are each text's own (rv62). pysbd's Segmenter keeps
the text it splits on itself and finds its sentences in whatever text is there when it looks:
two threads sharing `index.text.sentences`' one segmenter got each other's (a line then came
back as one sentence, and stayed so in `_split_line`'s cache). The reader splits in several
threads at once: the comparison's warm-up (fx146) beside the first `c`'s comparison, an
update's cleaning. Oracle: the same lines split in one thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest

from index.text import sentences
from index.text.sentences import split_sentences

_NAMES = ["Tolvar Brennick", "Osrick Halvorsen", "Wendrel Marlaine", "Faramund Dorweiler"]


def _lines(tag: str, n: int) -> list[str]:
    """Lines pysbd has to split (titles, initials, times: no sure cut), each one new."""
    return [
        f"Gen. {_NAMES[k % 4]} of the U.S. Army met Mr. {tag}{k} at 3 p.m. on Jan. {k % 28 + 1}"
        f" in St. Paul. He said no. Sen. {_NAMES[(k + 1) % 4]} agreed {tag} {k}."
        for k in range(n)
    ]


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Threads switch as often as they can, so that two calls overlap."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def test_two_threads_split_as_one_does(busy_switching: None) -> None:
    work = {tag: _lines(tag, 300) for tag in "AB"}
    expected = {
        tag: [sentences._split_chunk(line, 0, len(line)) for line in lines]
        for tag, lines in work.items()
    }
    assert all(len(spans) >= 3 for lines in expected.values() for spans in lines)
    sentences._split_line.cache_clear()
    got: dict[str, list[list[tuple[int, int]]]] = {}

    def split(tag: str) -> None:
        got[tag] = [[(s.start, s.end) for s in split_sentences(line)] for line in work[tag]]

    threads = [threading.Thread(target=split, args=(tag,)) for tag in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sentences._split_line.cache_clear()  # no line split here stays for other tests
    for tag in work:
        wrong = sum(g != e for g, e in zip(got[tag], expected[tag], strict=True))
        assert wrong == 0, f"{wrong} of {len(work[tag])} lines of thread {tag} split wrongly"
