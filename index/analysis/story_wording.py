"""Shared wording in a story: the stretches of an article that its story-mates print verbatim."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.analysis.passages import MIN_PASSAGE_WORDS
from index.analysis.words import words_of

MAX_OTHERS = 40
"""Most story-mates an article is compared with (the first ones given): a story of hundreds
of reprints would otherwise cost a second per article shown."""


@dataclass(frozen=True, slots=True)
class SharedSpan:
    """A stretch of an article that other articles of its story hold word for word.

    Attributes:
        start: Offset of its first character in the article's body.
        end: Offset just past its last character.
        holders: How many of the other articles hold all of it.
    """

    start: int
    end: int
    holders: int


@dataclass(frozen=True, slots=True)
class SharedWording:
    """What one article of a story shares verbatim with the story's other articles.

    Attributes:
        article_id: The article.
        body: Its body (every span indexes it).
        spans: The shared stretches, in reading order, never overlapping.
        compared: How many other articles it was compared with.
    """

    article_id: str
    body: str
    spans: tuple[SharedSpan, ...]
    compared: int

    @property
    def words(self) -> int:
        """How many words the body has (counted as `shared_words` counts them)."""
        return len(words_of(self.body))

    @property
    def shared_words(self) -> int:
        """How many of the body's words are in a shared stretch."""
        return sum(len(words_of(self.body[s.start : s.end])) for s in self.spans)


def shared_spans(
    body: str, others: Sequence[str], min_words: int = MIN_PASSAGE_WORDS
) -> tuple[SharedSpan, ...]:
    """The stretches of ``body`` that some of ``others`` hold word for word.

    Words are compared without case and punctuation (as in `index.analysis.passages`). A
    word is held by another text when some run of ``min_words`` or more words around it
    is in that text too (every such run counts, overlapping ones included); consecutive
    words held by the same number of other texts form one stretch.

    Args:
        body: The text whose stretches are wanted.
        others: The texts it is compared with.
        min_words: The shortest run of shared words counted.

    Returns:
        The stretches in reading order, with how many of ``others`` hold each.
    """
    words = words_of(body)
    norms = [w.norm for w in words]
    holders = [0] * len(words)
    grams = [tuple(norms[i : i + min_words]) for i in range(len(norms) - min_words + 1)]
    for other in others:
        theirs = [w.norm for w in words_of(other)]
        known = {tuple(theirs[i : i + min_words]) for i in range(len(theirs) - min_words + 1)}
        covered = bytearray(len(words))
        for i, gram in enumerate(grams):
            if gram in known:
                covered[i : i + min_words] = b"\x01" * min_words
        for k, flag in enumerate(covered):
            holders[k] += flag
    spans: list[SharedSpan] = []
    k = 0
    while k < len(words):
        count = holders[k]
        if not count:
            k += 1
            continue
        end = k
        while end + 1 < len(words) and holders[end + 1] == count:
            end += 1
        spans.append(SharedSpan(words[k].start, words[end].end, count))
        k = end + 1
    return tuple(spans)


def shared_wording(
    article_id: str, body: str, others: Sequence[str], min_words: int = MIN_PASSAGE_WORDS
) -> SharedWording:
    """`shared_spans` of one article against (at most MAX_OTHERS of) its story-mates."""
    chosen = others[:MAX_OTHERS]
    return SharedWording(article_id, body, shared_spans(body, chosen, min_words), len(chosen))


__all__ = ["MAX_OTHERS", "SharedSpan", "SharedWording", "shared_spans", "shared_wording"]
