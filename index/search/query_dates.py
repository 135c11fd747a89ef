"""Dates in queries: what period a date the user typed names, and its bounds for a comparison."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

_ISO = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2})(?::(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.(?P<f>\d{1,6}))?)?)?)?)?)?"
)
_COMPACT = re.compile(r"(?P<y>\d{4})(?:(?P<m>\d{2})(?P<d>\d{2})?)?")
"""Whoosh's own compact forms: 2017, 201703, 20170315."""
_ISO_SHAPED = re.compile(r"[\d\s:T.+-]+")
_CLOCK = re.compile(
    r"\d:\d|(?:\b|(?<=\d))(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|[ap]\.?m\.?)\b", re.I
)
"""A time of day in words: a clock (10:30, 10am, 10 p.m.) or a count of hours and less."""
_WRITTEN_UNIT = (
    (re.compile(r"\d:\d\d:\d\d(?![\d.])"), "second"),
    (re.compile(r"\d:\d\d"), "minute"),
    (re.compile(r"\d\s*[ap]\.?m\b", re.I), "hour"),
)
"""What a written clock names, as an ISO time does (fx85): ``10:30:15`` its second,
``10:30`` its minute, ``10am`` its hour; a count back (``2 hours ago``) is its moment."""
_UNREAD_TIME = re.compile(
    r"\b(?:noon|midday|midnight|morning|afternoon|evening|night|tonight)\b"
    r"|(?<![\d.])\d{1,2}[.h]\d\d(?![\d.])",
    re.I,
)
"""A time of day that `_WRITTEN_UNIT` does not name (noon, 10.30, 10h30): dateparser reads
some as a time and some not (``yesterday 10.30`` is now's time), and the clause was the
whole day; refused instead (rv43)."""
_SYNTAX = re.compile(r"[\^*?~()\[\]{}<>=\"]")
"""Query syntax (a boost, a wildcard...) that dateparser would skip over, not a date."""
_TICK = timedelta(microseconds=1)

DATE_SETTINGS: dict[str, Any] = {
    "DATE_ORDER": "MDY",  # 03/04/2017 is March 4, as dateparser reads English
    "PREFER_DATES_FROM": "past",  # "march" is the last March, not the next
    "PREFER_DAY_OF_MONTH": "first",
    "TIMEZONE": "UTC",  # article dates are kept as UTC
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    # no epoch timestamps: a number in a query is never read as seconds since 1970
    "PARSERS": ["relative-time", "custom-formats", "absolute-time", "no-spaces-time"],
}
"""The settings dateparser reads query dates with (the relative base is added per call)."""

Comparison = str
"""One of "=", ">", ">=", "<", "<=" ("=" is a point: the whole period)."""


@dataclass(frozen=True, slots=True)
class Period:
    """The stretch of time a typed date names, both ends inclusive.

    Attributes:
        start: The first instant of the period.
        end: The last instant of the period (a microsecond before the next one starts).
        timed: The date names a time of day (an hour, a minute, a second, an instant): only
            articles whose date has a time fall in it, never a day-only date (dt33).
    """

    start: datetime
    end: datetime
    timed: bool = False


class DateUnreadable(ValueError):
    """A date that is neither ISO nor anything dateparser understands."""


def _months_later(start: datetime, months: int) -> datetime:
    index = start.year * 12 + start.month - 1 + months
    if index >= 10000 * 12:
        return datetime.max
    return start.replace(year=index // 12, month=index % 12 + 1, day=1)


def _span(start: datetime, unit: str) -> Period:
    """The period of one ``unit`` (year, quarter, month, week...) that begins at ``start``."""
    if unit in ("year", "quarter", "month"):
        months = {"year": 12, "quarter": 3, "month": 1}[unit]
        if unit == "quarter":
            start = start.replace(month=3 * ((start.month - 1) // 3) + 1)
        after = _months_later(start, months)
        return Period(start, after if after == datetime.max else after - _TICK)
    if unit == "week":
        start = start - timedelta(days=start.weekday())
    steps = {
        "week": timedelta(days=7),
        "day": timedelta(days=1),
        "hour": timedelta(hours=1),
        "minute": timedelta(minutes=1),
        "second": timedelta(seconds=1),
    }
    step = steps.get(unit)
    timed = unit not in ("week", "day")
    if step is None:  # an instant
        return Period(start, start, timed)
    try:
        return Period(start, start + step - _TICK, timed)
    except OverflowError:
        return Period(start, datetime.max, timed)


def _iso_period(text: str) -> Period | None:
    match = _ISO.fullmatch(text) or _COMPACT.fullmatch(text)
    if match is None:
        return None
    parts = match.groupdict()
    names = ("y", "m", "d", "H", "M", "S", "f")
    given = [name for name in names if parts.get(name) is not None]
    values = {name: int(parts[name]) if parts.get(name) else 0 for name in names}
    try:
        start = datetime(
            values["y"],
            values["m"] or 1,
            values["d"] or 1,
            values["H"],
            values["M"],
            values["S"],
            int((parts.get("f") or "0").ljust(6, "0")),
        )
    except ValueError as error:
        raise DateUnreadable(f"{text!r} is not a date ({error})") from None
    unit = {
        "y": "year",
        "m": "month",
        "d": "day",
        "H": "hour",
        "M": "minute",
        "S": "second",
        "f": "instant",
    }[given[-1]]
    return _span(start.replace(hour=0) if unit == "day" else start, unit)


def resolve_date(text: str, now: datetime | None = None) -> Period:
    """The period a typed date names.

    ISO dates name what they give: ``2017`` a year, ``2017-03`` a month, ``2017-03-15``
    a day, ``2017-03-15T10:30`` a minute. Anything else is read by dateparser in
    English with `DATE_SETTINGS`: ``feb 2017`` is that month, ``15 march 2017`` that
    day, ``last week`` last Monday to Sunday, ``yesterday`` and ``3 days ago`` a day,
    ``2 hours ago`` an instant.

    Args:
        text: The date as typed (quotes already removed).
        now: The moment relative dates count back from (default: now, UTC).

    Raises:
        DateUnreadable: The text is not a date broadsheet can read.
    """
    text = " ".join(text.split())
    if not text:
        raise DateUnreadable("an empty date")
    period = _iso_period(text)
    if period is not None:
        return period
    if _ISO_SHAPED.fullmatch(text) and not re.search(r"\d:\d", text):
        # digits and dashes that are not a valid ISO date: dateparser would guess
        raise DateUnreadable(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(text) < 3 or _SYNTAX.search(text):
        raise DateUnreadable(f"{text!r} is not a date")
    if _UNREAD_TIME.search(text):
        raise DateUnreadable(f"{text!r}: write its time of day as 10am, 10:30 or 10:30:15")
    base = (now or datetime.now(UTC)).replace(tzinfo=None)
    from dateparser.date import DateDataParser  # loads its English data on first use

    parser = DateDataParser(languages=["en"], settings={**DATE_SETTINGS, "RELATIVE_BASE": base})
    found = parser.get_date_data(text)
    when = found.date_obj
    if when is None:
        raise DateUnreadable(f"{text!r} is not a date")
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    unit = found.period or "day"
    if unit == "time" or (unit == "day" and _CLOCK.search(text)):
        return _clock_period(text, when)
    if unit in ("day", "week"):
        when = when.replace(hour=0, minute=0, second=0, microsecond=0)
    elif unit in ("month", "quarter", "year"):
        when = when.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        if unit == "year":
            when = when.replace(month=1)
    return _span(when, unit)


def _clock_period(text: str, when: datetime) -> Period:
    """The period of a date written with a time of day: the second, minute or hour its
    clock names (``13 february 2021 10:30`` is that minute, as ``2021-02-13T10:30`` is),
    else the moment (``2 hours ago``)."""
    for pattern, unit in _WRITTEN_UNIT:
        if pattern.search(text):
            when = when.replace(microsecond=0)
            if unit != "second":
                when = when.replace(second=0, minute=0 if unit == "hour" else when.minute)
            return _span(when, unit)
    return Period(when, when, timed=True)


def bounds(comparison: Comparison, period: Period) -> tuple[datetime | None, datetime | None]:
    """The inclusive bounds of ``date <comparison> period``; None where open.

    ``>`` is strictly after the whole period and ``<`` strictly before it; ``>=`` starts
    with it and ``<=`` ends with it; ``=`` is the period itself.
    """
    try:
        if comparison == ">":
            return period.end + _TICK, None
        if comparison == "<":
            return None, period.start - _TICK
    except OverflowError:  # after the end of time, or before its start: nothing
        return datetime.max, datetime.min
    if comparison == ">=":
        return period.start, None
    if comparison == "<=":
        return None, period.end
    return period.start, period.end
