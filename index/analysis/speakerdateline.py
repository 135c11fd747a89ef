"""A dateline is never a speaker (issue 18): "WASHINGTON (Reuters) - The U.S. Department of
Homeland Security has issued ..., saying ... '...'" is the Department's, and "RIVERTON —
Café owners ... said" the owners'. The words of a dateline that opens the paragraph of a
sentence (`index.text.metadata.DATELINE`: a place in capitals, a date, an agency, then a
dash or a colon; or a town and its US state, "RIVERTON, Calif. (AP) —", "Riverton, Calif.
—", "SACRAMENTO, California (Reuters) -", which that pattern does not read) are dropped
before the sentence's subject is read."""

from __future__ import annotations

import re

from index.analysis.names import Token
from index.analysis.notnames import STATE_ABBREVIATIONS
from index.text.metadata import DATELINE, NOT_PLACES

_HEAD = 120
"""How much of a paragraph's start a dateline may take ("UNITED NATIONS, March 20 (Reuters) - ")."""


_TOWN_STATE = re.compile(
    r"(?P<town>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}),[ \t]+"
    r"(?P<state>[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:\s*\([A-Za-z][\w/ .&-]{1,30}\))?\s*[-–—]+\s+"
)
"""A town and its state, an agency maybe, then a dash ("RIVERTON, Calif. (AP) — ")."""


def past_dateline(text: str, toks: list[Token]) -> list[Token]:
    """``toks`` without the dateline their paragraph opens with, when they start inside it."""
    if not toks or not toks[0].capital:
        return toks  # most sentences: no capital opening them
    line_start = text.rfind("\n", 0, toks[0].start) + 1
    if text[line_start : toks[0].start].strip():
        return toks  # the sentence is not the paragraph's first
    head = text[line_start : line_start + _HEAD]
    opened = head.lstrip()
    dateline = DATELINE.match(opened) if toks[0].text.isupper() else None
    if dateline is not None and dateline.group("place") in NOT_PLACES:
        return toks
    dateline = dateline or _town_state(opened)
    if dateline is None:
        return toks
    end = line_start + len(head) - len(opened) + dateline.end()
    return [tok for tok in toks if tok.start >= end]


def _town_state(head: str) -> re.Match[str] | None:
    """A town and its state opening ``head``: the town in capitals, or the state one of the
    AP's abbreviations ("Riverton, Calif. —"; not "Smith, Jones — ...")."""
    found = _TOWN_STATE.match(head)
    if found is None:
        return None
    state = found.group("state")
    if found.group("town").isupper() or state.rstrip(".").lower() in STATE_ABBREVIATIONS:
        return found
    return None
