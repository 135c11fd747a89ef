"""The role of one quotation mark, read from the characters beside it: whether it opens a
quote, closes one, or is an apostrophe or no mark at all (`index.analysis.quotemarks` pairs
the marks so read into quoted spans)."""

from __future__ import annotations

import re
from enum import Enum

__all__ = [
    "ANGLE",
    "DOUBLE",
    "DOUBLED",
    "LOST",
    "SINGLE",
    "Role",
    "angles_inward",
    "family_of",
    "mark_at",
    "role_of",
]


class Role(Enum):
    """What a mark does where it stands."""

    OPEN = 1
    CLOSE = 2
    WEAK_CLOSE = 3  # closes a pending quote of its family, else it is an apostrophe
    GLUED = 4  # closes a pending quote of its family, else opens one ('it."Jones', 'it. "Jones')


DOUBLE, SINGLE, ANGLE, ANGLE1 = "d", "s", "a", "a1"
"""The families of marks: a quote is closed by a mark of its own family."""
DOUBLED = frozenset(("''", "‘‘", "’’", "``"))
"""Two single marks, or two backticks, written for one double mark (``"hard.''``,
```` ``I've asked ... Friday,'' he said ````): one mark of the double family."""
# Characters after which a straight mark opens a quote, and before which it closes one.
_OPENERS_BEFORE = frozenset(" \t\n\r\u00a0([{—–-/:;\"“„'‘«»‹›")
_CLOSERS_AFTER = frozenset(" \t\n\r\u00a0.,;:!?)]}—–-/\"”'’»«›‹…")
LOST = "?"
""""?" right after a mark, glued to the next word, is what a lost three-byte character left
behind in some web copies ('choice,"?Sen.' for '," Sen.'; 'teachers"?unions' for
"teachers' unions"; ' "?at least' for ' — at least')."""


def family_of(ch: str, german_angles: bool) -> str:
    if ch in '"“”„‟' or ch in DOUBLED:
        return DOUBLE
    if ch in "'‘’‚":
        return SINGLE
    if ch in "«»":
        return ANGLE
    return ANGLE1


def angles_inward(text: str) -> bool:
    """True when guillemets point inwards (»so«), as German and Danish print them."""
    first_close = text.find("»")
    first_open = text.find("«")
    return first_close >= 0 and (first_open < 0 or first_close < first_open)


def role_of(text: str, i: int, ch: str, german_angles: bool) -> Role | None:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + len(ch)] if i + len(ch) < len(text) else " "
    if ch in DOUBLED:
        return _doubled(text, i, ch, prev, nxt)
    if ch in "«»‹›":
        opening = ch in "»›" if german_angles else ch in "«‹"
        return Role.OPEN if opening else Role.CLOSE
    if ch in "“„‚‟":
        if ch == "“" and not prev.isspace() and nxt in _CLOSERS_AFTER and i > 0:
            return Role.CLOSE  # a German closing mark, or a stray one used as such
        return Role.OPEN
    if ch == "‘":
        if prev.isalnum() and nxt.isalnum():
            return None
        return Role.OPEN if not nxt.isdigit() else None
    if ch == "”":
        if (prev.isspace() or i == 0) and nxt.isalnum():
            return Role.OPEN  # used for both marks, as some keyboards and Swedish do
        return Role.CLOSE
    if ch == "’":
        if prev.isalnum() and nxt.isalnum():
            return None  # an apostrophe
        if (prev.isspace() or i == 0) and nxt.isalpha():
            return Role.OPEN
        return Role.WEAK_CLOSE
    if ch == '"':
        return _straight_double(text, i, prev, nxt)
    return _straight_single(prev, nxt)


def _straight_double(text: str, i: int, prev: str, nxt: str) -> Role | None:
    after = text[i + 2] if i + 2 < len(text) else " "
    if prev == LOST and i >= 2 and text[i - 2] in '"”':
        prev = " "  # '"stupid."?"If there's': a lost character between two quotes
    if nxt == LOST and not after.isspace() and after not in ".,;:!?)\"'":
        # A lost character: what stood here is unknown, so read it from what precedes.
        if prev.isspace() or i == 0:
            if _dateline(text, i):
                return None  # 'WASHINGTON "?The chairman': the dash after a dateline
            if after.isalnum() and not after.islower() and _closes_ahead(text, i + 2):
                return Role.OPEN  # ' "?016 was a year for hate,"?Mark Potok said'
            # A dash or a bullet: the lost character took the space after it with it
            # ('the GOP bill "?the American Health Care Act"?would repeal').
            return None
        if prev in ",.!?;:…":
            return Role.CLOSE
        if prev.isalnum() or prev in ")]'":
            return Role.WEAK_CLOSE  # a closing mark, or the apostrophe of "teachers' unions"
        return None
    if prev.isalnum() and nxt.isalnum():
        return None  # an apostrophe spelled with the wrong character ("don"t")
    if prev in ",.!?" and nxt.islower():
        return Role.WEAK_CLOSE  # 'there never was,"unes said': the space after it was lost
    if prev in ",.!?" and (nxt.isupper() or nxt.isdigit()):
        # 'confused it."Jeff Sessions spoke': the space on one side of the mark was lost;
        # the mark closes the quote open before it, or opens one when none is.
        return Role.GLUED
    left = (prev in _OPENERS_BEFORE or i == 0) and not (nxt.isspace() or i + 1 >= len(text))
    right = not (prev.isspace() or i == 0) and (nxt in _CLOSERS_AFTER or i + 1 >= len(text))
    if left and right:
        # Between punctuation on both sides ('-"-', '("),'): the side with a word decides.
        return Role.OPEN if prev in " \t\n([{" else Role.CLOSE
    if left:
        return Role.OPEN
    if right:
        return Role.CLOSE
    if prev.isalnum() and nxt == "\ufffd":
        if after.islower():
            return None  # 'on the right track"\ufffdparticularly': a dash lost in this copy
        return Role.WEAK_CLOSE
    if prev.isspace() and nxt == "\ufffd":
        return Role.OPEN
    return None


def _doubled(text: str, i: int, ch: str, prev: str, nxt: str) -> Role | None:
    """The role of a doubled mark (`DOUBLED`), read as a straight double one is, but for
    the apostrophe doubled in a word ("Qalandar''s") and the inches of a height (5'8'')."""
    if ch in ("``", "‘‘"):
        return None if nxt.isspace() else Role.OPEN
    if prev.isalnum() and nxt.isalnum():
        return None
    if prev.isdigit() and "'" in text[max(0, i - 4) : i]:
        return None
    if (prev in _OPENERS_BEFORE or i == 0) and not nxt.isspace():
        return Role.OPEN
    if not prev.isspace() and (nxt in _CLOSERS_AFTER or i + 2 >= len(text)):
        return Role.CLOSE
    return None


def mark_at(text: str, i: int) -> str:
    """The quotation mark at ``i``: a doubled one (`DOUBLED`) or one character."""
    return text[i : i + 2] if text[i : i + 2] in DOUBLED else text[i]


def _straight_single(prev: str, nxt: str) -> Role | None:
    if prev.isalnum() and nxt.isalnum():
        return None  # don't, O'Brien
    if prev in ' \t\n\u00a0([{"“:—–' and nxt.isalpha():
        return Role.OPEN
    if (prev.isalpha() or prev in ".,!?") and (nxt in _CLOSERS_AFTER or nxt == " "):
        return Role.WEAK_CLOSE  # or the apostrophe of "students' union"
    return None


def _closes_ahead(text: str, start: int) -> bool:
    """True when a closing mark after punctuation (',"' or '."') follows in this paragraph."""
    stop = text.find("\n", start)
    stop = min(len(text) if stop < 0 else stop, start + 400)
    found = re.compile(r'[,.!?]"').search(text, start, stop)
    return found is not None


def _dateline(text: str, i: int) -> bool:
    """True when the paragraph up to ``i`` is a dateline in capitals ("WASHINGTON")."""
    head = text[text.rfind("\n", 0, i) + 1 : i].strip()
    return 0 < len(head) <= 40 and head.isupper()
