"""A range of dates typed in another language's way, refused with the form that works.

``date:2017-02-07..2017-02-08`` was refused as "not a date" without a word of how a range
is written (nu66), and ``date:2017-02-07 - 2017-02-08`` or ``date:2017-02-07 to
2017-02-08`` found nothing, silently: the second date was read as a loose word. Each is
refused here with the range written as the query language writes it, in the user's own
dates: ``date:[2017-02-07 to 2017-02-08]``. The forms read: two dates joined by ``..``,
``/``, a dash (``-`` between spaces, or between two ISO dates; an en or em dash) or a word
(``to``, ``until``, ``till``, ``through``, ``thru``), inside the clause or right after it;
``2017-02-07..`` and ``..2017-02-08`` are ranges open at one end. No new syntax is
accepted: the README's table keeps one way of writing a range.
"""

from __future__ import annotations

import re
from datetime import datetime

from index.search.query_dates import DateUnreadable, resolve_date

_WORDS = r"to|until|till|through|thru"
_BETWEEN = re.compile(
    rf"\s*(?:\.\.\.?|/|[\u2013\u2014]|\s-\s|(?<=\d)-(?=\d{{4}}\b)|\s(?:{_WORDS})\s)\s*", re.I
)
"""What joins the two dates of a range typed another way (`typed_range`)."""
_AFTER = re.compile(
    rf"""\s+(?:\.\.\.?|-|[\u2013\u2014]|{_WORDS})\s+(?P<b>"[^"]*"|'[^']*'|[^\s()\[\]{{}}"']+)""",
    re.I,
)
"""The rest of a range after a clause's date: ``date:2017-02-07 - 2017-02-08``."""
_SPACED = re.compile(r"\s+(?P<b>\d{4}-\d{1,2}(?:-\d{1,2})?(?:T[\d:.]*)?)(?=[\s)]|$)")
"""A bare ISO date with its month right after a clause's date, a space between
(``date:2017-02-07 2017-02-08``, sx51): a range typed without its brackets, never a word
looked for (it was one: "20170208", found nothing). A year alone may be a word. One
that is no date (``2017-02-31``, ``2017-13``) is refused too, saying why (rv76)."""
_OPEN = re.compile(r"^\s*\.\.\.?\s*(?P<b>.+)$|^(?P<a>.+?)\s*\.\.\.?\s*$")


def reads(text: str, now: datetime | None = None) -> bool:
    """Whether ``text`` is a date broadsheet reads (`resolve_date`)."""
    try:
        resolve_date(text, now)
    except DateUnreadable:
        return False
    return True


def written(low: str, high: str) -> str:
    """The range as the query language writes it: ``date:[low to high]``, an end left
    out left open (``date:[2017-02-07 to]``); a date with a space stays as typed."""
    return f"date:[{low} to {high}]".replace("[ to", "[to").replace(" to ]", " to]")


def refusal(low: str, high: str) -> str:
    """What the refusal says: the form that works, in the user's dates."""
    return f"a range of dates is written {written(low, high)}"


def typed_range(value: str, now: datetime | None = None) -> str | None:
    """The refusal of a clause's unreadable date ``value`` that is two dates joined
    another way (`refusal`), each a date broadsheet reads (`reads`, from ``now``), or an
    open range typed with ``..``; ``a..b`` where either is no date names the form alone
    (``from..to``: ``date:[START to END]``). None when it is no range."""
    value = value.strip().strip("\"'").strip()
    opened = _OPEN.match(value)
    if opened and ".." in value:
        low, high = opened.group("a") or "", opened.group("b") or ""
        if reads(low or high, now):
            return refusal(low, high)
    for joint in _BETWEEN.finditer(value):
        low, high = value[: joint.start()].strip(), value[joint.end() :].strip()
        if low and high and reads(low, now) and reads(high, now):
            return refusal(low, high)
    if ".." in value:
        return DOTS
    return None


DOTS = refusal("START", "END") + " (as date:[2017-02-07 to 2017-02-08])"
"""The refusal of ``a..b`` where either is no date."""
_DOTS_AFTER = re.compile(r"""\.\.\.?(?P<b>"[^"]*"|'[^']*'|[^\s()\[\]{}"']+)?""")
"""Dots right after a clause's quoted date: ``date:"last week"..`` (rv75: read as last
week, the dots a loose word)."""


def range_after(value: str, rest: str, now: datetime | None = None) -> str | None:
    """The refusal of a clause whose date ``value`` (read) is followed (``rest``: the
    query after the clause) by a joint and a second date (`reads`), else None."""
    value = value.strip().strip("\"'")
    dots = _DOTS_AFTER.match(rest)
    if dots is not None:  # an open range, or two dates, typed with ".."
        high = (dots.group("b") or "").strip("\"'")
        return refusal(value, high) if not high or reads(high, now) else DOTS
    spaced = _SPACED.match(rest)
    if spaced is not None:
        high = spaced.group("b")
        quote = f'to look for {high} in the text, quote it ("{high}")'
        try:
            resolve_date(high, now)
        except DateUnreadable as error:  # "2017-02-31": the word "20170231", found nowhere
            return f"{error}, and after a date it is read as a second date; {quote}"
        return f"{refusal(value, high)}; {quote}"
    found = _AFTER.match(rest)
    if found is None:
        return None
    high = found.group("b").strip("\"'")
    return refusal(value, high) if reads(high, now) else None
