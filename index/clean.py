"""Recognise web boilerplate in article text: appeals, navigation, promos, separators, footers."""

from __future__ import annotations

import re

SEPARATOR = re.compile(r"^[^\w\s]{1,12}$|^(?:[-–—_=*~•·×#.]\s?){1,12}$")
"""A line with no letters or digits: `-`, `--`, `-->`, `×`, `***`, `• • •`."""

# Lines that are never article text, whatever surrounds them (short lines only).
_LINE_PATTERNS = (
    r"(?:PREV|NEXT|PREVIOUS)\b\s*[:»«>|-]?\s*\S",
    r"(?:Prev|Next|Previous)\s+(?:article|story|post|page)\b",
    r"(?:Prev|Next|Previous)\s*[:»«>|]\s*\S",
    r"(?:PREV|NEXT|Prev|Next|Previous)\s*$",
    r"Advertisement\s*$",
    r"ADVERTISEMENT\s*$",
    r"Sponsored(?: content)?\s*$",
    r"(?:We use cookies|This (?:site|website) uses cookies)\b",
    r"(?:©|\(c\)|Copyright\s+(?:©\s*)?\d{4})",
    r"All rights reserved\.?\s*$",
    r"Our Standards:",
    r"The Thomson Reuters Trust Principles\.?\s*$",
    r"(?:Reuter|REUTER|Reuters?)\s*$",
    r"Remind me later\.?\s*$",
)
BOILERPLATE_LINE = re.compile("^(?:" + "|".join(_LINE_PATTERNS) + ")")
"""A line that is boilerplate on its own (navigation, cookie, copyright, sign-off)."""
# Calls to action: boilerplate unless the line reads as reported speech (see REPORTED).
_CALL_PATTERNS = (
    r"(?:Read|See) (?:more|also|next|the full story)\b\s*[:»>]",
    r"Related(?: articles| stories| coverage| content)?\s*:",
    r"(?:Share|Tweet|Email) (?:this|on)\b",
    r"Follow (?:us|@\w+)\b.*(?:on|@)",
    r"Click here\b",
    r"(?:Sign up|Subscribe)\b.{0,80}(?:newsletter|inbox|updates|free|today|now|here|reading)",
    r"(?:Download|Get) (?:our|the) (?:free )?app\b",
)
CALL_TO_ACTION = re.compile("^(?:" + "|".join(_CALL_PATTERNS) + ")")
"""A line that asks the reader to share, follow, click, subscribe or read on."""
REPORTED = re.compile(r"\b(?:said|says|told|according to|urged|warned|announced|reported|added)\b")
"""Reported speech: a line with it is article text, even if it opens like an appeal."""
MAX_BOILERPLATE_LINE = 220

APPEAL_OPENER = re.compile(
    r"^(?:A (?:message|note|word) from (?P<outlet>[A-Z][\w.&'’ -]{1,60}?)\s*:?\s*$"
    r"|Dear (?:readers?|friends|subscribers)\b"
    r"|(?:Please )?(?:support|help fund|fund) (?:our|independent|quality|free)"
    r" (?:journalism|reporting|newsroom)\b"
    r"|(?:Become|Join us as) a (?:member|supporter|subscriber)\b"
    r"|(?:Please |Consider )(?:consider )?(?:donat\w*|making a (?:donation|contribution))\b"
    r"|Donate\b(?! \w+ (?:is|are|was|were)\b)"
    r"|Subscribe (?:now|today) to\b"
    r"|(?:You've|You have) (?:read|reached) (?:all|your) .{0,30}(?:free )?articles?\b)",
    re.IGNORECASE,
)
"""The first line of a donation or subscription appeal."""
APPEAL_CLOSER = re.compile(
    r"^(?:Remind me later|Maybe later|Not now|No,? thanks|Close|Donate(?: now)?|Support us"
    r"|Subscribe(?: now)?|Contribute|Thank you\b.{0,80})\.?\s*$",
    re.IGNORECASE,
)
"""The last line of an appeal (a button label or a thank-you)."""
APPEAL_WORDS = re.compile(
    r"\b(?:support|donat\w*|contribut\w*|subscri\w*|journalism|readers?|monthly|help us)\b",
    re.IGNORECASE,
)
APPEAL_REACH = 25
"""Most lines an appeal may run for before its closer."""

PROMO_OPENER = re.compile(
    r"^(?:Our (?:award-winning )?(?:reporting|journalism|coverage|site|website) (?:has|have) moved"
    r"|(?:This|Our) (?:site|website|page|section) (?:has moved|is moving)"
    r"|Visit our new (?:site|website|home)"
    r"|(?:Try|Get) .{0,40}(?:free for|free trial|for just)\b)",
    re.IGNORECASE,
)
"""A banner that announces a move, an app or a trial (its blurb follows it)."""


def is_separator(line: str) -> bool:
    """True for a line of punctuation or symbols only."""
    stripped = line.strip()
    return bool(stripped) and SEPARATOR.match(stripped) is not None


def is_boilerplate_line(line: str) -> bool:
    """True for a line that is boilerplate by itself (navigation, share, footer...)."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_LINE:
        return False
    if is_separator(stripped) or BOILERPLATE_LINE.match(stripped) is not None:
        return True
    return CALL_TO_ACTION.match(stripped) is not None and REPORTED.search(stripped) is None


def appeal_end(lines: list[str], start: int) -> int | None:
    """If an appeal opens at ``lines[start]``, the index just past its last line.

    An appeal runs to a closing line ("Remind me later", "Thank you...") within
    `APPEAL_REACH` lines; without one, it runs to the end of the text only when the
    rest reads as an appeal (most lines speak of support, donations or subscriptions).
    """
    opener = lines[start].strip()
    if not opener or len(opener) > MAX_BOILERPLATE_LINE or not APPEAL_OPENER.match(opener):
        return None
    if REPORTED.search(opener):
        return None  # "Subscribe now to the bus pass, the council urged" is news
    last = min(len(lines), start + 1 + APPEAL_REACH)
    for index in range(start + 1, last):
        if APPEAL_CLOSER.match(lines[index].strip()):
            return index + 1
    rest = [line for line in lines[start + 1 :] if line.strip()]
    if not rest:
        # a one-line appeal that ends the text: "Support our journalism: donate today."
        words = {m.group().lower() for m in APPEAL_WORDS.finditer(opener)}
        return len(lines) if len(words) >= 2 and len(opener) <= 160 else None
    if len(rest) <= APPEAL_REACH:
        appealing = sum(1 for line in rest if APPEAL_WORDS.search(line))
        if appealing * 2 >= len(rest):
            return len(lines)
    return None


def appeal_outlet(line: str) -> str | None:
    """The outlet an appeal names ("A Message from The Moscow Times:" -> "The Moscow Times")."""
    match = APPEAL_OPENER.match(line.strip())
    if match and match.group("outlet"):
        return match.group("outlet").strip()
    return None
