"""The passages a highlight made without a selection may cover: short paragraphs, sentences.

A body often has no paragraph breaks (one line of thousands of characters): a highlight of
its "paragraph" would be the whole article. A paragraph longer than ``SHORT`` characters is
offered as its sentences (the project's splitter) instead. Offsets are exact: each passage
is ``body[start:end]``, trimmed, never empty.

A sentence end inside a quotation that closes later in the same paragraph does not end a
passage: the picker once offered ``…Obama was to them.`` and ``Not me!"`` apart, so a
highlight quoted Trump with the quote never closed. Likewise a piece the splitter leaves
that cannot start a sentence (a lone closing mark, ``," he said.``, a lowercase word) joins
the passage before it. The sentence splitter itself is unchanged: quotes and stories use it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from index.text.sentences import split_sentences

SHORT = 600
"""The longest paragraph offered whole; a longer one is offered sentence by sentence."""

_PARAGRAPH = re.compile(r"[^\n]+")

_OPENS_AFTER = frozenset(" \t([{\u2014\u2013-/")
"""Characters after which a straight double mark opens a quotation (else it closes one)."""

_NOT_A_START = re.compile(r"[\u201d\u2019,;:.!?)\]}\u2014\u2013-]|[a-z]")
"""How a piece that cannot begin a sentence begins: a closing mark, punctuation, a
lowercase letter (the attribution after a quotation, ``" he said.``). A straight mark
closes when no space stands before it (see ``_closes``)."""


def quotations(text: str) -> list[tuple[int, int]]:
    """The (open, close) offsets of each double-marked quotation of ``text`` whose marks
    pair up: curly marks by their shape, a straight mark by what stands before it (start,
    space or bracket: opening). Double marks do not nest: an opening mark while one is open
    starts afresh (a quotation running on into the next paragraph is not closed before its
    next paragraph opens again: '"…in China. "In Manchester…'). A mark with no partner is left
    out, so one stray mark never holds a whole paragraph together. Single marks are not
    counted: they double as apostrophes ("Iran's", "students'"); nor is ``"?``, what some
    feeds make of a dash or a curly mark ('encourage-"?or at least', 'facing,"?Gillibrand
    said'), nor a straight mark between two letters (an apostrophe gone wrong: 'wasn"t')."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, char in enumerate(text):
        if text.startswith('"?', i) or _apostrophe(text, i):
            continue
        if char == "\u201c" or (char == '"' and _opens(text, i)):
            opened = i
        elif char in '"\u201d' and opened is not None:
            spans.append((opened, i))
            opened = None
    return spans


def _apostrophe(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a straight double mark between two letters."""
    return (
        text[i] == '"' and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
    )


def _opens(text: str, i: int) -> bool:
    """Whether the straight double mark at ``i`` opens a quotation: nothing, a space or a
    bracket stands before it."""
    return i == 0 or text[i - 1] in _OPENS_AFTER


def _closes(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a straight double mark that closes a quotation."""
    return text.startswith('"', i) and not _opens(text, i)


def _cuts(text: str, starts: list[int]) -> list[int]:
    """Of the sentence starts in ``text``, those that may begin a passage: not inside a
    quotation that closes later, and not before a piece that cannot start a sentence."""
    spans = quotations(text)
    kept: list[int] = []
    for start in starts:
        if any(open_ < start <= close for open_, close in spans):
            continue
        if kept and (_NOT_A_START.match(text, start) or _closes(text, start)):
            continue
        kept.append(start)
    return kept


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
    ``short`` characters whole, a longer one as its sentences, those of one quotation
    together. The passages of a paragraph cover all of it but the spaces between them."""
    for start, end in paragraphs(body):
        if end - start <= short:
            yield start, end
            continue
        text = body[start:end]
        starts = [s.start for s in split_sentences(text) if s.text.strip()]
        cuts = [*_cuts(text, [0, *starts[1:]]), len(text)]
        for first, after in itertools.pairwise(cuts):
            piece = text[first:after]
            left = len(piece) - len(piece.lstrip())
            right = len(piece.rstrip())
            if right > left:
                yield start + first + left, start + first + right
