"""Snippets: the passage of an article around its matches, for result lists."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace

from index.models import Hit, Span
from index.search.highlight import Highlighter

SNIPPET_CHARS = 160
"""Characters a snippet shows at most."""
SCAN_CHARS = 20_000
"""Characters of an article scanned at a time when only its first matches are wanted."""


def with_snippet(hit: Hit, body: str, highlighter: Highlighter) -> Hit:
    """``hit`` with the snippet around the densest cluster of matches in ``body``."""
    text, spans = snippet(body, highlighter.spans(body))
    return replace(hit, snippet=text, snippet_spans=spans)


def with_first_snippet(
    hit: Hit,
    body: str,
    highlighter: Highlighter,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    pause: float = 0.0,
) -> Hit:
    """``hit`` with the snippet around the first stretch of ``body`` that has matches.

    Quicker than `with_snippet` on long articles: a list shows one passage, so a 5 MB
    article is not scanned to its end. Between stretches the thread sleeps ``pause``
    seconds (so that a UI thread gets the GIL) and stops early when ``cancelled`` says so.
    """
    text, spans = snippet(body, first_spans(body, highlighter, cancelled=cancelled, pause=pause))
    return replace(hit, snippet=text, snippet_spans=spans)


def first_spans(
    body: str,
    highlighter: Highlighter,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    pause: float = 0.0,
) -> tuple[Span, ...]:
    """Matches in the first stretch of ``body`` that has any (a snippet needs no more)."""
    for piece_start, piece in scan_pieces(body):
        spans = highlighter.spans(piece)
        if spans:
            return tuple(Span(s.start + piece_start, s.end + piece_start, s.term) for s in spans)
        if pause:
            time.sleep(pause)
        if cancelled():
            break
    return ()


def scan_pieces(body: str) -> Iterator[tuple[int, str]]:
    """``body`` cut (after a space or newline) into about SCAN_CHARS-character pieces."""
    start = 0
    while start < len(body):
        end = start + SCAN_CHARS
        if end < len(body):
            cut = max(body.rfind(" ", start, end), body.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        yield start, body[start:end]
        start = end


def snippet(
    text: str, spans: tuple[Span, ...], width: int = SNIPPET_CHARS
) -> tuple[str, tuple[Span, ...]]:
    """Cut the passage of ``text`` around its densest cluster of spans.

    Returns:
        The snippet (one line, "…" where cut) and the spans moved into it.
    """
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        best, best_count = 0, 0
        j = 0
        for i, span in enumerate(spans):
            while spans[j].start < span.start - width // 2:
                j += 1
            if i - j + 1 > best_count:
                best, best_count = j, i - j + 1
        first = spans[best].start
        start = max(0, first - width // 4)
        end = min(len(text), start + width)
    if spans:
        start = _word_start(text, start, spans[best].start)
    if end < len(text) and not text[end].isspace():
        space = _last_space(text, start + width // 2, end)
        end = space if space != -1 else end
    piece = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    flat = " ".join(piece.split())
    # map spans through whitespace collapsing: walk both strings together
    moved: list[Span] = []
    if spans:
        offsets = _collapse_map(piece)
        shift = len(prefix)
        for span in spans:
            if span.start >= start and span.end <= end:
                a = offsets[span.start - start]
                b = offsets[span.end - start - 1] + 1
                moved.append(Span(a + shift, b + shift, span.term))
    return f"{prefix}{flat}{suffix}", tuple(moved)


def _word_start(text: str, start: int, first: int) -> int:
    """``start`` moved to the start of a word, at most 20 characters back, never past ``first``.

    A cut 1 to 20 characters into the body's first word moves back to the body's start
    (it once kept "ROVILLE" of "OROVILLE" with an ellipsis in front).
    """
    if start == 0 or text[start - 1].isspace():
        return start
    space = _last_space(text, max(0, start - 20), start)
    if space != -1:
        return space + 1
    if start <= 20:
        return 0
    for i in range(start, first):
        if text[i].isspace():
            return i + 1
    return first


def _last_space(text: str, lo: int, hi: int) -> int:
    """Index of the last whitespace character in ``text[lo:hi]``, or -1."""
    for i in range(hi - 1, lo - 1, -1):
        if text[i].isspace():
            return i
    return -1


def _collapse_map(piece: str) -> list[int]:
    """For each char of ``piece``, its index in ``" ".join(piece.split())``."""
    out: list[int] = []
    pos = -1
    in_space = True
    for char in piece:
        if char.isspace():
            if not in_space:
                pos += 1
                in_space = True
            out.append(max(pos, 0))
        else:
            pos += 1
            in_space = False
            out.append(pos)
    return out
