"""A quoted passage found though its punctuation or spacing differs from the article's.

`broadsheet highlight ID --quote "..."` finds the passage verbatim (any run of whitespace,
straight or curly quotes, a hyphen for a dash: `anchor.quote_spans`). A passage typed from
a text that has ",-the" (a comma and a hyphen, no space) was not found, and nothing said
where it was (nu40 #16). Here the passage is looked for with everything but its letters
and digits left out, on both sides, and case left out too ("accord" finds "Accord": nu53
#9, fx129); what is found is the body's own slice, so the highlight keeps the article's
text. When even that fails, `nearest_passage` gives the
passage most like the quote, for a "did you mean".
"""

from __future__ import annotations

from rapidfuzz.fuzz import partial_ratio_alignment

NEAREST_MIN = 70.0
"""How alike (0 to 100, rapidfuzz's partial ratio) the nearest passage must be to the quote
to be offered: below it, the quote is simply not in the article."""


def letters_of(text: str) -> tuple[str, list[int]]:
    """The letters and digits of ``text`` (punctuation, marks and spaces left out), and the
    place in ``text`` of each."""
    places = [at for at, char in enumerate(text) if char.isalnum()]
    return "".join(text[at] for at in places), places


def loose_spans(body: str, quote: str) -> list[tuple[int, int]]:
    """Where ``quote`` occurs in ``body`` when punctuation, spacing and case are left out of
    both, in order, each ``(start, end)`` a slice of the body; occurrences do not
    overlap.

    A span starts and ends on the edges of the body's words ("the" is never found inside
    "bathe"), from the first letter or digit to the last; when the quote starts or ends
    with marks (an opening quote, a closing full stop), the span takes as many of the
    marks next to it in the body, never a space.
    """
    wanted = _lower(letters_of(quote)[0])
    if not wanted:
        return []
    lead = len(quote.strip()) - len(quote.strip().lstrip(_MARKS))
    trail = len(quote.strip()) - len(quote.strip().rstrip(_MARKS))
    letters, places = letters_of(body)
    letters = _lower(letters)  # one character for one: places still hold
    spans: list[tuple[int, int]] = []
    at = letters.find(wanted)
    while at >= 0:
        start, end = places[at], places[at + len(wanted) - 1] + 1
        if _word_edge(body, start - 1) and _word_edge(body, end):
            floor = spans[-1][1] if spans else 0  # a mark between two is the first's (rv42)
            spans.append((max(floor, _widen(body, start, -1, lead)), _widen(body, end, 1, trail)))
            at = letters.find(wanted, at + len(wanted))
        else:
            at = letters.find(wanted, at + 1)
    return spans


def nearest_passage(body: str, quote: str) -> tuple[int, int] | None:
    """The passage of ``body`` most like ``quote`` (whole words), or None when none is
    alike enough (`NEAREST_MIN`) to offer. Case is left out of the likeness: a quote typed
    in capitals is offered its passage too (rv42)."""
    said = " ".join(quote.split())
    if not said or not body.strip():
        return None
    found = partial_ratio_alignment(_lower(said), _lower(body), score_cutoff=NEAREST_MIN)
    if found is None or found.dest_end <= found.dest_start:
        return None
    start, end = found.dest_start, found.dest_end
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    while end < len(body) and not body[end].isspace():
        end += 1
    # without the article's quotation marks around it (nu53 #9: “"is fully adhering…”)
    while start < end and body[start] in _OPENING:
        start += 1
    while end > start and body[end - 1] in _CLOSING:
        end -= 1
    return (start, end) if start < end else None


_OPENING = "\"'\u201c\u2018\u201e\u201a\u00ab\u2039"
"""Quotation marks a passage offered does not open with."""
_CLOSING = '"\u201d\u00bb\u203a'
"""Quotation marks it does not end with (not an apostrophe: "the Smiths'")."""


def _lower(text: str) -> str:
    """``text`` in small letters, one character for one (a letter whose small form is
    longer, "İ", kept), so that places in it are places in ``text``."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _word_edge(body: str, at: int) -> bool:
    """Whether ``body[at]`` is outside a word: before the start, past the end, or not a
    letter or digit."""
    return not 0 <= at < len(body) or not body[at].isalnum()


def _widen(body: str, edge: int, step: int, marks: int) -> int:
    """``edge`` moved by ``step`` over at most ``marks`` marks of the body next to it."""
    while marks > 0:
        at = edge if step > 0 else edge - 1
        if not 0 <= at < len(body) or body[at] not in _MARK_SET:
            break
        edge += step
        marks -= 1
    return edge


_MARK_SET = frozenset(
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    "\u00a1\u00ab\u00bb\u00bf\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b"
    "\u201c\u201d\u201e\u201f\u2026\u2032\u2033\u2039\u203a"
)
"""The marks a span may take at its edges (punctuation, quotes, dashes; never a space)."""
_MARKS = "".join(sorted(_MARK_SET))
