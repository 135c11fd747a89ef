"""Dates in article text: what a date line states (published or updated), in UTC, or nothing.

A date line is a line that is only a date, perhaps labelled ("Published:", "Updated",
"Last modified on") and perhaps with a time and a zone, in any of the forms web pages use:
``Feb. 13, 2017, 11:47 AM ET``, ``15.03.2017``, ``Updated 1115 GMT (1915 HKT) February 23,
2017``, ``Published: 02/23/2017``, ``Mon 13 Feb 2017 18.20 GMT``. The parsing is
dateparser's, with explicit settings: absolute dates only (``3 hours ago`` has no anchor and
stays unknown), day, month and year all required, numeric dates read day-first when
written with dots (``15.03.2017``) and month-first with slashes (``02/23/2017``) unless the
first number cannot be a month. US zones written without standard/daylight (``ET``, ``PT``)
are read with the zone's rules for that day. A line in French, German or Spanish ("1er mars
2021 à 14h30") is read by `index.text.foreign_dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from index.text.places import words
from index.when import timed_value

PUBLISHED, UPDATED, RELATIVE = "published", "updated", "relative"
MAX_DATE_LINE = 120

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
)
_ZONE = r"(?:gmt|utc|z|[a-z]{2,3}t|[ecmp]t|[+-]\d{2}:?\d{2}|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?)"
"""A time zone: GMT, UTC, an abbreviation (BST, CEST, HKT, ET) or an offset."""
_TOKENS = re.compile(
    r"(?<!\d)(?:"  # a number is whole: "147.75" is no time, "20000" no year
    r"\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"  # ISO
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}"  # 15.03.2017, 02/23/2017
    r"|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"  # 18.20, 11:47 AM
    r"|\d{1,2}\s*[ap]\.?\s?m\.?"  # 4 pm
    r"|\d{3,4}(?=\s*(?:" + _ZONE + r")\b)"  # 1115 GMT
    r"|\d{1,2}(?:st|nd|rd|th)?|\d{4})(?![\d.:]\d)"
    r"|" + _WEEKDAY + r"|" + _MONTH + r"|" + _ZONE + r"|at|on|of|the"
    r"|\([^()]{1,30}\)"  # (1915 HKT)
    r"|[\s,/|•·–—-]+",
    re.IGNORECASE,
)
_HAS_MONTH = re.compile(
    r"\b" + _MONTH + r"(?!\w)|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{1,2}-\d{1,2}", re.IGNORECASE
)
_YEAR = re.compile(r"(?<![\d:])(?:19|20)\d{2}(?![\d:])")
_LABEL = re.compile(
    r"(?P<label>(?:first |originally |last |date )?(?:published|posted|updated|modified|revised"
    r"|edited|created|released|issued)|date|last updated|updated on)"
    r"(?:\s+(?:on|at))?\s*[:|–—-]?\s*",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(r"updated|modified|revised|edited", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?"
    r"(?:(?:\d+|an?|one|two|three|few|several)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?"
    r"|weeks?|months?|years?)\s+ago|just now|moments? ago|yesterday|today|last (?:week|night))"
    r"(?:\s*[|•·]\s*.{0,40})?$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]{3,}")
_DATE_WORD = re.compile(
    _MONTH.removesuffix(r"\.?")
    + "|"
    + _WEEKDAY.removesuffix(r"\.?")
    + r"|first|originally|last|date|published|posted|updated|modified|revised|edited|created"
    + r"|released|issued|the|[a-z]{2,3}t|gmt|utc",
    re.IGNORECASE,
)
"""The words of date lines (the full check is `is_date_text`; this one is a fast refusal)."""
_PAREN = re.compile(r"\([^()]{1,30}\)")
_MILITARY = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:" + _ZONE + r")\b)", re.IGNORECASE)
_DOT_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.?", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_US_ZONE = re.compile(r"\b(ET|PT|CT|MT)\b")
_US_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_SEPARATORS = re.compile(r"\s+(?:/|\||•|·|–|—|-|at|on)\s+|,\s*(?=\d{1,2}[:.]\d{2})", re.IGNORECASE)
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_SETTINGS: dict[str, Any] = {
    "PARSERS": ["absolute-time"],
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
"""dateparser's settings, all explicit; DATE_ORDER is added per text."""


@dataclass(frozen=True, slots=True)
class DateStatement:
    """One date a line states: ``kind`` is published, updated or relative (no value)."""

    kind: str
    value: datetime | None
    text: str


_READ_TIME = re.compile(
    r"(?:\d{1,3}|an?|one|two|three|four|five)\s*(?:-\s*)?(?:min(?:ute)?s?|hours?|hrs?)\.?"
    r"\s+(?:to\s+)?(?:read|listen)|(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*\d{1,3}"
    r"\s*(?:min(?:ute)?s?|hours?|hrs?)\.?",
    re.IGNORECASE,
)
"""A reading time beside a date: "4 min read", "5-minute read", "Reading time: 3 minutes"."""
_TAIL_SEPARATOR = re.compile(r"\s+[/|•·–—-]\s+|\s*[|•·]\s*")


def _without_tails(line: str) -> str:
    """A date line without the reading time or the relative update set beside its date
    ("14 March 2023 • 4 min read", "March 14, 2023 / 9:30 AM / Updated 2 hours ago":
    Reuters' page; nu29 #6), or ``line`` as it is. Only what is wholly a reading time or a
    relative date ("Updated 2 hours ago", which has no anchor) goes, at either end."""
    pieces = _TAIL_SEPARATOR.split(line)
    if len(pieces) < 2:
        return line
    spans = [m.span() for m in _TAIL_SEPARATOR.finditer(line)]
    start, end = 0, len(pieces)
    while end - start > 1 and _aside(pieces[end - 1]):
        end -= 1
    while end - start > 1 and _aside(pieces[start]):
        start += 1
    if (start, end) == (0, len(pieces)):
        return line
    return line[
        spans[start - 1][1] if start else 0 : spans[end - 1][0] if end < len(pieces) else None
    ]


def _aside(piece: str) -> bool:
    """A reading time or a relative date, beside a date on its line."""
    piece = piece.strip()
    return bool(_READ_TIME.fullmatch(piece) or (len(piece) <= 40 and _RELATIVE.fullmatch(piece)))


def read_date_line(line: str) -> tuple[DateStatement, ...]:
    """What a line that is only a date (or a few labelled dates) states; () for other lines.

    A reading time or a relative update beside the date ("• 4 min read", "/ Updated 2 hours
    ago") is passed over: the date is what the line states.

    Args:
        line: One line of text, stripped.

    Returns:
        One statement per date on the line; a date the line writes in a form that cannot
        be read fully (no year, an unknown zone) has the value None.
    """
    if not line or len(line) > MAX_DATE_LINE:
        return ()
    found = _read_line(line)
    if not found and line.endswith(".") and not line.endswith(".."):
        # a date line closed by a full stop, "Published on August 24, 2021." (nu55 #1, fx133)
        found = _read_line(line[:-1].rstrip())
    return found


def _read_line(line: str) -> tuple[DateStatement, ...]:
    """`read_date_line` of a line as written (a closing full stop not yet set aside)."""
    if not line:
        return ()
    core = _without_tails(line)
    if core != line:
        found = _read_line(core)
        if found and all(s.kind != RELATIVE for s in found):
            return found  # else the line as it is ("Updated 2 hours ago | 4 min read")
    if len(line) <= 80 and _RELATIVE.match(line):
        return (DateStatement(RELATIVE, None, line),)
    if not _YEAR.search(line):
        # every full date has a year (an ISO date's too); "13.02.17" writes it in two digits
        return _foreign(line) if _short_year(line) else ()
    if any(not _DATE_WORD.fullmatch(word) for word in _WORDS.findall(line)):
        return _foreign(line)  # a word no English date is written with: a sentence, or not English
    pieces: list[tuple[str, str]] = []
    labels = list(_LABEL.finditer(line))
    if labels and line[: labels[0].start()].strip(" |•·,-–—"):
        return _foreign(line)  # text before the first label: not an English date line
    if not labels:
        pieces.append((PUBLISHED, line))
    for k, label in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
        kind = UPDATED if _UPDATED_LABEL.search(label.group("label")) else PUBLISHED
        pieces.append((kind, line[label.end() : end]))
    statements: list[DateStatement] = []
    for kind, piece in pieces:
        piece = piece.strip(" |•·,;-–—")
        if not is_date_text(piece):
            return _foreign(line)  # "1. April 2021": English words, a German date
        statements.append(DateStatement(kind, parse_date_text(piece), piece))
    return tuple(statements)


def _short_year(line: str) -> bool:
    from index.text.foreign_dates import SHORT_YEAR

    return SHORT_YEAR.search(line) is not None


def _foreign(line: str) -> tuple[DateStatement, ...]:
    """A French, German or Spanish date line's statement (`foreign_date`); () for others."""
    from index.text.foreign_dates import foreign_date

    found = foreign_date(line)
    if found is None:
        return ()
    updated, value, text = found
    return (DateStatement(UPDATED if updated else PUBLISHED, value, text),)


_ZONE_WORD = re.compile(r"\b[a-z]{2,4}\b", re.IGNORECASE)
_CLOCK = re.compile(r"\d[:.]\d{2}|\d{3,4}\s*[a-z(]|\d[ap]\.?m\b|\d\s+[ap]\.?m\b", re.IGNORECASE)
_NOT_ZONE = re.compile(rf"{_MONTH}|{_WEEKDAY}|at|on|of|the", re.IGNORECASE)


_REAL_ZONES = words(
    """utc gmt et ct mt pt est edt cst cdt mst mdt pst pdt akst akdt hst cet cest eet eest
    bst ist jst kst hkt sgt aest aedt acst acdt awst nzst nzdt sast ict pht pkt"""
)
"""Zones a date may name without a time ("2021-10-04 UTC", "Oct 4, 2021 / ET": rv23); any
other word shaped like one ("STAT", "BEAT") after a date with no time is no zone (sm24).
Not "msk": no date line with MSK reads, with or without a time (left)."""


def _zone_like(word: str) -> bool:
    return re.fullmatch(_ZONE, word, re.IGNORECASE) is not None and not _NOT_ZONE.fullmatch(word)


def is_date_text(text: str) -> bool:
    """True when ``text`` is only a date: words of dates and times, a year and a month. A
    time zone's word needs a time: before the date ("STAT, 2021-10-04" is an outlet's name and
    a date: sm23) always, after it unless it is a real zone ("2021-10-04 STAT": sm24)."""
    if not text or len(text) > MAX_DATE_LINE:
        return False
    if _TOKENS.sub("", text).strip():
        return False
    digit = re.search(r"\d", text)
    lead = text[: digit.start()] if digit else text  # "2021-10-04 UTC" keeps its zone (rv23)
    tail = text[len(lead) :]
    clock = _CLOCK.search(_YEAR.sub(" ", text, count=1))  # "2021 STAT": a year, no time
    if not clock and (
        any(_zone_like(w) for w in _ZONE_WORD.findall(lead))
        or any(_zone_like(w) and w.lower() not in _REAL_ZONES for w in _ZONE_WORD.findall(tail))
    ):
        return False
    return _YEAR.search(text) is not None and _HAS_MONTH.search(text) is not None


_SHORT_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def pad_iso(text: str) -> str:
    """An ISO date with a one-digit month or day written in two ("2021-4-6" -> "2021-04-06"),
    as `datetime.fromisoformat` wants; any other text unchanged."""
    short = _SHORT_ISO.match(text)
    if short is None or len(short.group()) == 10:
        return text
    year, month, day = short.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}" + text[short.end() :]


def parse_date_text(text: str) -> datetime | None:
    """The moment a date text states, as naive UTC; None unless day, month and year are given.

    Args:
        text: A date, as found by `read_date_line` or `index.text.metadata.DATE_TEXT`.
    """
    text = pad_iso(text.strip(" ,|"))
    if not _CLOCK.search(_YEAR.sub(" ", text, count=1)):  # a day, no time: no zone moves it
        text = _ZONE_WORD.sub(lambda m: " " if _zone_like(m[0]) else m[0], text).strip(" ,|/")
    iso = text.replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed: datetime | None = datetime.fromisoformat(iso)
    except ValueError:
        parsed = None
    if parsed is None or len(text) < 10:
        parsed = _dateparser(text)
    if parsed is None or not 1800 <= parsed.year <= 2200:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return timed_value(parsed) if states_time(text) else parsed  # midnight stated: a time


def states_time(text: str) -> bool:
    """Whether a date text states a time of day ("9:30 AM", "1115 GMT", "T00:00"), not only
    a day ("15.03.2017" has no time); a time stated as midnight is kept as one (fd34)."""
    return _CLOCK.search(_YEAR.sub(" ", _NUMERIC.sub(" ", text), count=1)) is not None


def _dateparser(text: str) -> datetime | None:
    cleaned = _PAREN.sub(" ", text)  # "(1915 HKT)": the same moment in another zone
    alone = len(_YEAR.findall(cleaned)) < 2  # "Oct 4, 2021 GMT": its year, no time (sm24)
    cleaned = _MILITARY.sub(  # "1115 GMT"
        lambda m: m.group() if alone and _YEAR.fullmatch(m.group()) else f"{m[1]}:{m[2]}", cleaned
    )
    cleaned = _DOT_TIME.sub(r"\1:\2", cleaned)  # "18.20 GMT"
    cleaned = _MERIDIEM.sub(r"\1m", cleaned)  # "5:53 p.m."
    cleaned = _ORDINAL.sub(r"\1", cleaned)  # "13th February"
    cleaned = cleaned.replace("Sept.", "Sep").replace("sept.", "sep")
    zone = None
    us_zone = _US_ZONE.search(cleaned)
    if us_zone:
        zone = _US_ZONES[us_zone.group(1)]
        cleaned = _US_ZONE.sub(" ", cleaned)
    cleaned = _SEPARATORS.sub(" ", cleaned)
    cleaned = " ".join(cleaned.split()).strip(" ,")
    order = "MDY"
    numeric = _NUMERIC.search(cleaned)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(3))
        if numeric.group(2) == "." or (first > 12 >= second):
            order = "DMY"
    import dateparser  # slow to import: only when a date line is found

    settings = {**_SETTINGS, "DATE_ORDER": order}
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if zone is not None:
        parsed = parsed.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).replace(tzinfo=None)
    return parsed
