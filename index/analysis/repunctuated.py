"""The same words, punctuated otherwise: two sentences joined with ";" in one text, one
split in two in the other (rv35 #4). Neither sentence equals a counterpart, but a run of
adjacent sentences in one holds exactly the words of a run of adjacent sentences in the
other, so each sentence of the run is "shared", with no word changed."""

from __future__ import annotations

from collections.abc import Sequence

MAX_SENTENCES = 6
"""The most adjacent sentences a run may join on either side."""


def joined_same_words(
    i: int, j: int, mine: Sequence[Sequence[str]], theirs: Sequence[Sequence[str]]
) -> bool:
    """Whether sentence ``i`` of one text and sentence ``j`` of the other lie in runs of
    adjacent sentences holding the same words (each sentence given as its normalised words).

    A run starts at a sentence of each side and takes the next sentence on the side that
    has fewer words so far, until both end together: the shortest runs starting there.
    """
    if not _overlap(mine[i], theirs[j]):
        return False
    for start in range(max(0, i - MAX_SENTENCES + 1), i + 1):
        for other_start in range(max(0, j - MAX_SENTENCES + 1), j + 1):
            run = _run(start, other_start, mine, theirs)
            if run is not None and run[0] >= i and run[1] >= j:
                return True
    return False


def _run(
    start: int, other_start: int, mine: Sequence[Sequence[str]], theirs: Sequence[Sequence[str]]
) -> tuple[int, int] | None:
    """The last sentences (mine, theirs) of the shortest same-words runs from these starts."""
    if not mine[start] or not theirs[other_start] or mine[start][0] != theirs[other_start][0]:
        return None
    end, other_end = start, other_start
    words, other_words = list(mine[start]), list(theirs[other_start])
    while len(words) != len(other_words):
        if len(words) < len(other_words):
            end += 1
            if end >= len(mine) or end - start >= MAX_SENTENCES:
                return None
            words += mine[end]
        else:
            other_end += 1
            if other_end >= len(theirs) or other_end - other_start >= MAX_SENTENCES:
                return None
            other_words += theirs[other_end]
        if words[: len(other_words)] != other_words[: len(words)]:
            return None
    return (end, other_end) if words == other_words else None


def _overlap(words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether one holds the other, or one ends with the words the other starts with: how
    two sentences of runs with the same words meet (a cheap test before looking for runs)."""
    for first, second in ((words, other), (other, words)):
        if not first or not second:
            return False
        for at, word in enumerate(first):
            rest = first[at : at + len(second)]
            if word == second[0] and rest == second[: len(rest)]:
                return True
    return False
