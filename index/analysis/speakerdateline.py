"""A dateline is never a speaker (issue 18): "WASHINGTON (Reuters) - The U.S. Department of
Homeland Security has issued ..., saying ... '...'" is the Department's, and "RIVERTON —
Café owners ... said" the owners'. The words of a dateline that opens the paragraph of a
sentence (`index.text.metadata.DATELINE`: a place in capitals, a date, an agency, then a
dash or a colon; or a town and its US state, "RIVERTON, Calif. (AP) —", "Riverton, Calif.
—", "SACRAMENTO, California (Reuters) -", which that pattern does not read: the articles'
`index.text.datelines.US_DATELINE`; or either with its day in full, "WASHINGTON, Oct. 19,
2021 (AP) —", "LONDON, 19 October 2021 -", a weekday before: `DAY_DATELINE`, sm32; or that
day in brackets, "WASHINGTON (March 3, 2017) -": `PAREN_DATELINE`, nu55 #6, fx133; or a
wire's with its year, a capitalised city, a country or the credit before the day, "Vienna
(Reuters), March 20, 1987 -", "VIENNA, Austria, 20 March 1987 --": `year_dateline`, qp53) are
dropped before the sentence's subject is read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from index.analysis.names import Token
from index.text.datelines import DAY_DATELINE, PAREN_DATELINE, US_DATELINE, year_dateline
from index.text.metadata import DATELINE, NOT_PLACES

_HEAD = 120
"""How much of a paragraph's start a dateline may take ("UNITED NATIONS, March 20 (Reuters) - ")."""


def dateline_end(text: str, line_start: int) -> int:
    """Where the dateline opening the paragraph at ``line_start`` ends, or ``line_start``
    when it opens with none (its place, agency and day are never names: sp49)."""
    head = text[line_start : line_start + _HEAD]
    opened = head.lstrip()
    if not opened[:1].isupper():
        return line_start  # most paragraphs: no capital opening them
    first = opened.split(None, 1)[0].strip(",")
    dateline = DATELINE.match(opened) if first.isupper() else None
    dateline = dateline or US_DATELINE.match(opened) or DAY_DATELINE.match(opened)
    dateline = dateline or PAREN_DATELINE.match(opened)
    if dateline is not None and dateline.groupdict().get("place") in NOT_PLACES:
        dateline = None
    # "Vienna (Reuters), March 20, 1987 - ": a wire's dateline with its year (qp53)
    ends = [m.end() for m in (dateline, year_dateline(opened)) if m is not None]
    return line_start + len(head) - len(opened) + max(ends) if ends else line_start


def past_dateline(text: str, toks: list[Token]) -> list[Token]:
    """``toks`` without the dateline their paragraph opens with, when they start inside it:
    at the paragraph's start, or past a stop in it that ends no sentence (qp53: the "Fri."
    of "Vienna, Fri., March 20, 1987 - Mayor Ann Lee said")."""
    if not toks:
        return toks
    line_start = text.rfind("\n", 0, toks[0].start) + 1
    if toks[0].start - line_start >= _HEAD:
        return toks  # most sentences: past any dateline
    end = dateline_end(text, line_start)
    return toks if end <= toks[0].start else [tok for tok in toks if tok.start >= end]


def outside_datelines(text: str, runs: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The runs of capitals (in order) that start past every paragraph-opening dateline: in
    "WASHINGTON (Reuters) - Malaysia ... it said in a statement", "it" is never the place or
    the agency (nu55's 250.txt, fx133)."""
    scanned, opens, end = 0, 0, 0  # opens: the paragraph whose first run is next, or -1
    for m in runs:
        at = m.start()
        newline = text.rfind("\n", scanned, at)  # each character is read once
        scanned = at
        if newline >= 0:
            opens = newline + 1
        if opens >= 0:
            end = dateline_end(text, opens) if not text[opens:at].strip() else end
            opens = -1
        if at >= end:
            yield m
