"""A dateline's place as the article's facts show it (fx127): "MEXICO CITY, March 2" is
written in capitals by the wire's style, not because the place is spelled so. The fact (the
show command, the reading pane's header, JSON, the index's dateline field) gives the form
the text uses elsewhere ("Mexico City") when it names the place so, else a title-cased form
that keeps acronyms and small words ("U.S.", "Isle of Man"). The body keeps the dateline as
written: every slice and offset into it (`namematch`'s dateline end, the quotes' datelines)
reads the text, never this fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.text.places import words

_SMALL = words("of de du del della es and the on upon am der y")
"""Words of a place written small inside it ("Isle of Man", "Rio de Janeiro")."""
_ACRONYMS = words("us usa uk un eu uae ussr nato dc nyc drc prc roc")
"""Places' initials written without dots, kept in capitals ("UAE", "DRC")."""
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def shown_dateline(place: str, day: str | None, lines: Sequence[str], body: Sequence[int]) -> str:
    """The dateline fact for ``place`` and ``day`` read off a text: its ``lines``, of which
    the ``body`` lines may name the place again."""
    shown = shown_place(place, "\n".join(lines[k] for k in body))
    if day and day.isupper():
        day = _title(day)  # "MARCH 2" (a wire's month in capitals: fx109)
    return f"{shown}, {day}" if day else shown


def shown_place(place: str, text: str) -> str:
    """``place`` as the text names it elsewhere, whole or part by part ("WASHINGTON, D.C."
    -> "Washington, D.C."); a word in capitals the text never writes otherwise is
    title-cased ("INCHEON /Republic of Korea/" -> "Incheon /Republic of Korea/"); words with
    small letters stay as written ("Bogotá", "Toronto")."""
    found = _named(place, text)
    if found is not None:
        return found
    return ", ".join(_named(part, text) or _title(part) for part in place.split(", "))


def _capitals(text: str) -> bool:
    """Whether ``text`` has letters and none of them small."""
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _named(part: str, text: str) -> str | None:
    """The form the text writes ``part`` in with small letters ("Mexico City"), the most
    used one; None when it names it only in capitals or not at all."""
    part = part.strip()
    if not part or not _capitals(part) or len(part) < 3:
        return None
    pattern = re.compile(rf"(?<![\w.]){re.escape(part)}(?![\w])", re.IGNORECASE)
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        form = match.group()
        if not _capitals(form) and form[0].isupper():
            counts[form] = counts.get(form, 0) + 1
    return max(counts, key=lambda form: counts[form]) if counts else None


def _title(part: str) -> str:
    """The words in capitals of ``part`` title-cased, keeping initials ("U.S.", "N.J.",
    "UAE") and writing small words small ("ISLE OF MAN" -> "Isle of Man", "ROSTOV-ON-DON"
    -> "Rostov-on-Don", "COEUR D'ALENE" -> "Coeur d'Alene", "MCLEAN" -> "McLean")."""

    def word(match: re.Match[str]) -> str:
        token = match.group()
        bare = token.rstrip(".")
        if not _capitals(token) or sum(c.isalpha() for c in token) < 2:
            return token  # "Toronto", "St", a stray "c"
        initials = bare.split(".")
        if len(initials) > 1 and all(len(piece) <= 2 for piece in initials):
            return token  # "U.S.", "N.J.", "D.C."
        if bare.lower() in _ACRONYMS:
            return token
        pieces = re.split(r"([-.])", token)
        return "".join(
            piece if piece in "-." else _capitalized(piece, first=match.start() == 0 and not k)
            for k, piece in enumerate(pieces)
        )

    return _WORD.sub(word, part)


def _capitalized(piece: str, first: bool) -> str:
    """One word capitalised ("JOHN'S" -> "John's", "D'ALENE" -> "d'Alene" inside a name,
    "O'HARE" -> "O'Hare", "MCLEAN" -> "McLean"); a small word inside a name small ("OF")."""
    low = piece.lower().replace("’", "'")
    if not first and low in _SMALL:
        return piece.lower()
    head, mark, tail = low.partition("'")
    if mark and len(head) == 1 and tail:  # "d'Alene", "O'Hare"
        head = head if not first and head in "dl" else head.upper()
        return head + piece[1] + tail.capitalize()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    return piece.capitalize()
