"""Whether an unattributed quotation goes on quoting the speaker of the one before it.

It does when it opens a sentence soon after that one, or stands further on in the same
sentence ('"...", while Democrats "..."', '..., adding that he expected "..."')."""

from __future__ import annotations

import re

from index.analysis.cueforms import coordinated_only
from index.analysis.names import tokens
from index.analysis.quotemarks import QuotedSpan

_CONTINUE_GAP = 500
"""An unattributed quote this close after an attributed one goes on quoting its speaker."""
_SAME_SENTENCE_GAP = 160
_PARTICIPLE_RUN = re.compile(
    r"[\s,]*(?:and[ \t]+)?(?:adding|saying|noting|insisting|stressing|explaining)"
    r"(?:[ \t]+[a-z][\w'’\-]*){0,8}[ \t,:]*"
)
"""The words between two quotes when the second goes on the first's sentence through a
participle with no subject of its own (', adding that he expected ')."""
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+[\"“‘(]?[A-Z0-9]")


def opens_sentence(text: str, start: int) -> bool:
    """True when a quote at ``start`` begins a sentence (or a paragraph)."""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0-":
        j -= 1
    return j < 0 or text[j] in '.!?:\n"”’…'


def continues(text: str, prev: QuotedSpan, span: QuotedSpan) -> bool:
    """True when ``span`` is a sentence-initial quote soon after ``prev``, or a partial quote
    further on in the sentence ``prev`` stands in ('"...", while Democrats "..."')."""
    if span.start - prev.end > _CONTINUE_GAP:
        return False
    between = text[prev.end : span.start]
    if _PARTICIPLE_RUN.fullmatch(between):
        return True  # '... said he was "...," adding that he expected "..."'
    if (
        len(between) < _SAME_SENTENCE_GAP
        and text[prev.start : prev.inner_end].rstrip()[-1:] not in (".", "!", "?", "…")
        and "\n" not in between
        and not _SENTENCE_END.search(between)
        and coordinated_only(tokens(between))  # no verb of a new speaker ("and vowed to")
    ):
        return True
    j = span.start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in '.!?:\n"”’…'
