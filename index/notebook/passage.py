"""The passages a highlight made without a selection may cover: short paragraphs, sentences.

A body often has no paragraph breaks (one line of thousands of characters): a highlight of
its "paragraph" would be the whole article. A paragraph longer than ``SHORT`` characters is
offered as its sentences (the project's splitter) instead. Offsets are exact: each passage
is ``body[start:end]``, trimmed, never empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.text.sentences import split_sentences

SHORT = 600
"""The longest paragraph offered whole; a longer one is offered sentence by sentence."""

_PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(body: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each paragraph of ``body``: its lines that are not blank, trimmed."""
    for match in _PARAGRAPH.finditer(body):
        text = match.group()
        if not text.strip():
            continue
        start = match.start() + len(text) - len(text.lstrip())
        end = match.end() - (len(text) - len(text.rstrip()))
        yield start, end


def passages(body: str, short: int = SHORT) -> Iterator[tuple[int, int]]:
    """The (start, end) of each passage of ``body`` in order: a paragraph of at most
    ``short`` characters whole, a longer one as its sentences."""
    for start, end in paragraphs(body):
        if end - start <= short:
            yield start, end
            continue
        for sentence in split_sentences(body[start:end]):
            if sentence.text.strip():
                yield start + sentence.start, start + sentence.end
