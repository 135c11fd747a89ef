"""Verbatim passages: runs of words that two or more texts share word for word.

Words are compared without case and punctuation (``index.analysis.words``). Two texts share
maximal runs found by hashing word n-grams; across several texts a passage is a stretch
that a set of texts all hold, as long as that same set holds it (a closed set: a wire
paragraph that five outlets ran, with a sentence inside it that only three kept, gives two
passages, the paragraph for the five and the sentence for the three).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

MIN_PASSAGE_WORDS = 6
"""The shortest verbatim run of words reported as a shared passage."""


@dataclass(frozen=True, slots=True)
class Run:
    """Words ``a[i:i+length]`` equal ``b[j:j+length]``."""

    length: int
    i: int
    j: int


def verbatim_runs(
    a: Sequence[str], b: Sequence[str], min_words: int = MIN_PASSAGE_WORDS
) -> tuple[Run, ...]:
    """Maximal runs of at least ``min_words`` equal words in two word sequences.

    Runs are seeded by hashing word n-grams, extended to maximal length, and overlapping
    runs are resolved longest first, so no two runs overlap in either sequence.

    Args:
        a: The first text's normalised words.
        b: The second text's normalised words.
        min_words: The shortest run to report.

    Returns:
        The runs in the order they start in ``a``.
    """
    if min_words < 1:
        raise ValueError("min_words must be at least 1")
    return _runs(a, b, _grams(a, min_words), _grams(b, min_words), min_words)


def _grams(words: Sequence[str], n: int) -> dict[tuple[str, ...], list[int]]:
    """Where each n-gram of ``words`` starts."""
    out: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(words) - n + 1):
        out[tuple(words[i : i + n])].append(i)
    return out


def _runs(
    a: Sequence[str],
    b: Sequence[str],
    grams_a: dict[tuple[str, ...], list[int]],
    grams_b: dict[tuple[str, ...], list[int]],
    n: int,
) -> tuple[Run, ...]:
    runs: list[Run] = []
    for gram in grams_a.keys() & grams_b.keys():
        for i in grams_a[gram]:
            for j in grams_b[gram]:
                if i > 0 and j > 0 and a[i - 1] == b[j - 1]:
                    continue  # inside a longer run that starts earlier
                length = n
                while (
                    i + length < len(a) and j + length < len(b) and a[i + length] == b[j + length]
                ):
                    length += 1
                runs.append(Run(length, i, j))
    runs.sort(key=lambda r: (-r.length, r.i, r.j))
    used_a = bytearray(len(a))
    used_b = bytearray(len(b))
    chosen: list[Run] = []
    for run in runs:
        i, j, k = run.i, run.j, run.length
        if any(used_a[i : i + k]) or any(used_b[j : j + k]):
            continue
        used_a[i : i + k] = b"\x01" * k
        used_b[j : j + k] = b"\x01" * k
        chosen.append(run)
    chosen.sort(key=lambda r: r.i)
    return tuple(chosen)


@dataclass(frozen=True, slots=True)
class SharedRun:
    """Words that several texts hold word for word.

    Attributes:
        spans: ``(text, first word, end word)`` for each text that holds the run, in the
            order of the texts; the word ranges index each text's word list and all have
            the same length.
    """

    spans: tuple[tuple[int, int, int], ...]

    @property
    def texts(self) -> tuple[int, ...]:
        """The indexes of the texts that hold it."""
        return tuple(s[0] for s in self.spans)

    @property
    def length(self) -> int:
        """How many words it has."""
        _, start, end = self.spans[0]
        return end - start


def pairwise_runs(
    words: Sequence[Sequence[str]], min_words: int = MIN_PASSAGE_WORDS
) -> dict[tuple[int, int], tuple[Run, ...]]:
    """Verbatim runs of every ordered pair of texts (``(p, q)`` runs index ``p`` by ``i``)."""
    if min_words < 1:
        raise ValueError("min_words must be at least 1")
    grams = [_grams(w, min_words) for w in words]
    out: dict[tuple[int, int], tuple[Run, ...]] = {}
    for p in range(len(words)):
        for q in range(p + 1, len(words)):
            runs = _runs(words[p], words[q], grams[p], grams[q], min_words)
            out[(p, q)] = runs
            out[(q, p)] = tuple(sorted((Run(r.length, r.j, r.i) for r in runs), key=_by_i))
    return out


def _by_i(run: Run) -> int:
    return run.i


def shared_runs(
    words: Sequence[Sequence[str]],
    runs: dict[tuple[int, int], tuple[Run, ...]],
    min_words: int = MIN_PASSAGE_WORDS,
) -> tuple[SharedRun, ...]:
    """The passages several texts share, each with every text that holds all of it.

    Each text in turn is the pivot: its words are cut where any pairwise run starts or
    ends; every piece gives the set of texts whose runs cover it, and the passage of that
    set is where all those runs overlap. Passages found from several pivots are kept once,
    a passage inside a longer one held by the same texts is dropped, and the same words
    found at several places are one passage, held by every text that has them there.

    Args:
        words: Each text's normalised words.
        runs: Their pairwise runs, as :func:`pairwise_runs` gives them.
        min_words: The shortest passage to report.

    Returns:
        The passages, most widely held first, then longest, then in order of the first text.
    """
    found: dict[tuple[tuple[int, int, int], ...], SharedRun] = {}
    for p in range(len(words)):
        starting: dict[int, list[tuple[int, Run]]] = defaultdict(list)
        for q in range(len(words)):
            if q != p:
                for run in runs[(p, q)]:
                    starting[run.i].append((q, run))
        cuts = sorted({x for r in starting.values() for _, run in r for x in _ends(run)})
        active: dict[int, Run] = {}  # runs of one pair never overlap: one per other text
        for lo in cuts[:-1]:
            active = {q: r for q, r in active.items() if r.i + r.length > lo}
            active.update(starting.get(lo, ()))
            if not active:
                continue
            over = list(active.items())
            start = max(r.i for _, r in over)
            end = min(r.i + r.length for _, r in over)
            if end - start < min_words:
                continue
            spans = [(p, start, end)]
            spans += [(q, r.j + start - r.i, r.j + end - r.i) for q, r in over]
            key = tuple(sorted(spans))
            found.setdefault(key, SharedRun(key))
    kept = _one_per_wording(words, _drop_contained(list(found.values())))
    kept.sort(key=lambda s: (-len(s.spans), -s.length, s.spans))
    return tuple(kept)


def _one_per_wording(words: Sequence[Sequence[str]], passages: list[SharedRun]) -> list[SharedRun]:
    """One passage for the same words wherever they stand (nu36 #10: "The California
    Department of Water Resources" was listed five times, once for each place the phrase
    stood and the texts holding it there): every text that holds it, at its first place."""
    first: dict[tuple[str, ...], dict[int, tuple[int, int]]] = {}
    for passage in passages:
        t, lo, hi = passage.spans[0]
        places = first.setdefault(tuple(words[t][lo:hi]), {})
        for text, start, end in passage.spans:
            if text not in places or start < places[text][0]:
                places[text] = (start, end)
    return [
        SharedRun(tuple((text, lo, hi) for text, (lo, hi) in sorted(places.items())))
        for places in first.values()
    ]


def _ends(run: Run) -> tuple[int, int]:
    return run.i, run.i + run.length


def _drop_contained(passages: list[SharedRun]) -> list[SharedRun]:
    """Drop a passage lying inside a longer one held by the same texts at the same place."""
    by_texts: dict[tuple[int, ...], list[SharedRun]] = defaultdict(list)
    for passage in passages:
        by_texts[passage.texts].append(passage)
    kept: list[SharedRun] = []
    for group in by_texts.values():
        group.sort(key=lambda s: -s.length)
        for k, passage in enumerate(group):
            if not any(_inside(passage, longer) for longer in group[:k]):
                kept.append(passage)
    return kept


def _inside(small: SharedRun, big: SharedRun) -> bool:
    return all(
        bs <= ss and se <= be
        for (_, ss, se), (_, bs, be) in zip(small.spans, big.spans, strict=True)
    )
