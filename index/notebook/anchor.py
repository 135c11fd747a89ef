"""Anchor highlights the way W3C Web Annotation does.

A highlight keeps its exact text, up to 32 characters of context on each side (the
``TextQuoteSelector``) and its position (the ``TextPositionSelector``): :func:`anchor_at`
makes one from a range, :func:`anchor_quote` from a quoted passage. Finding it again in
changed text is :mod:`index.notebook.locating`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.notebook.errors import InvalidValue, QuoteNotFound
from index.notebook.loose_quote import loose_spans
from index.notebook.models import AnchorState

CONTEXT = 32
"""Characters of context kept on each side of a highlight."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a passage is: its exact text, its context, and its position.

    Attributes:
        exact: The passage's text.
        prefix: Up to :data:`CONTEXT` characters before it ("" at the start of the text).
        suffix: Up to :data:`CONTEXT` characters after it ("" at the end of the text).
        start: Its start in the text.
        end: Its end in the text (exclusive).
    """

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Location:
    """Where `locating.locate` found an anchor in a text.

    Attributes:
        start: The start of the found passage (the old start when orphaned).
        end: Its end, exclusive (the old end when orphaned).
        state: Anchored (verbatim in its context), fuzzy (similar text, or verbatim
            out of its context) or orphaned (not found).
        similarity: How alike the found text and the anchor's exact text are (0 to 1;
            1.0 when verbatim, fuzzy or not; 0.0 when orphaned).
    """

    start: int
    end: int
    state: AnchorState
    similarity: float


def anchor_at(body: str, start: int, end: int) -> Anchor:
    """The anchor of ``body[start:end]``, with its context.

    Raises:
        InvalidValue: The range is outside the text, empty, or only whitespace.
    """
    if not 0 <= start < end <= len(body):
        raise InvalidValue(f"passage {start}-{end} is outside the text (0-{len(body)})")
    exact = body[start:end]
    if not exact.strip():
        raise InvalidValue("cannot highlight only whitespace")
    return Anchor(
        exact=exact,
        prefix=body[max(0, start - CONTEXT) : start],
        suffix=body[end : end + CONTEXT],
        start=start,
        end=end,
    )


def anchor_quote(
    body: str,
    quote: str,
    *,
    near: int | None = None,
    occurrence: int | None = None,
    loose: bool = False,
) -> Anchor:
    """The anchor of a quoted passage, found verbatim (or with other whitespace) in ``body``.

    Args:
        body: The article's text.
        quote: The passage as a person typed or pasted it; runs of whitespace in it match
            any run of whitespace in the text (a quote typed on one line matches a passage
            that wraps).
        near: When the quote occurs more than once, the occurrence nearest this position
            is taken; without it (and ``occurrence``), the first.
        occurrence: Which occurrence to take, counted from 1 in the text's order (see
            :func:`quote_spans`: whole words; inside longer words when only so).
        loose: When it does not occur so, find it with punctuation and spacing left out
            (`loose_quote.loose_spans`): the anchor is the text's own passage.

    Raises:
        QuoteNotFound: The quote does not occur in the text.
        InvalidValue: The quote is empty or only whitespace, or ``occurrence`` is not
            one of its occurrences.
    """
    spans = quote_spans(body, quote) or quote_spans(body, quote, inside_words=True)
    if not spans and loose:
        spans = loose_spans(body, quote)
    if not spans:
        raise QuoteNotFound("the quoted text does not occur in the article")
    if occurrence is not None:
        if not 1 <= occurrence <= len(spans):
            times = "once" if len(spans) == 1 else f"{len(spans):,} times"
            raise InvalidValue(f"the quote occurs {times}: there is no occurrence {occurrence}")
        start, end = spans[occurrence - 1]
    elif near is not None:
        start, end = min(spans, key=lambda s: abs(s[0] - near))
    else:
        start, end = spans[0]
    return anchor_at(body, start, end)


def quote_spans(body: str, quote: str, *, inside_words: bool = False) -> list[tuple[int, int]]:
    """Where ``quote`` occurs in ``body`` (any spacing, as :func:`anchor_quote` finds it),
    in order, each ``(start, end)``; occurrences do not overlap.

    A quote that starts (ends) with a letter, digit or underscore matches only where the
    text does not go on with one there: "quota" is not counted inside "quotas" (nu57 #6);
    ``inside_words`` matches inside longer words too (:func:`anchor_quote` falls back to it
    when the quote occurs only so).

    Raises:
        InvalidValue: The quote is empty or only whitespace.
    """
    words = quote.split()
    if not words:
        raise InvalidValue("the quote is empty")
    pattern = r"\s+".join(_word_pattern(word) for word in words)
    if not inside_words:
        head = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
        tail = r"(?!\w)" if re.match(r"\w", words[-1][-1]) else ""
        pattern = head + pattern + tail
    return [m.span() for m in re.finditer(pattern, body)]


_ALIKE = ("'\u2018\u2019\u02bc", '"\u201c\u201d\u201e', "-\u2010\u2011\u2013\u2014")
"""Marks a quote may give in another form than the text (straight or curly quotes and
apostrophes; a hyphen for a dash): "Government's" pasted or typed finds "Government\u2019s"."""
_MARK_CLASS = {mark: f"[{re.escape(alike)}]" for alike in _ALIKE for mark in alike}


def _word_pattern(word: str) -> str:
    """``word`` as a pattern, each quote mark or dash matching any of its forms."""
    return "".join(_MARK_CLASS.get(char) or re.escape(char) for char in word)


def span_context(body: str, start: int, end: int, words: int = 3) -> str:
    """``body[start:end]`` with up to ``words`` words either side, on one line ("…nominee
    Betsy DeVos as education…"): tells one occurrence of a passage from another."""
    window = body[max(0, start - 120) : start]
    head = re.search(rf"(?:\S+\s+){{0,{words}}}\S*\Z", window)
    tail = re.match(rf"\S*(?:\s+\S+){{0,{words}}}", body[end : end + 120])
    left = start - (len(head.group()) if head else 0)
    right = end + (len(tail.group()) if tail else 0)
    said = " ".join(body[left:right].split())
    return f"{'…' if left > 0 else ''}{said}{'…' if right < len(body) else ''}"
