"""Why a dated query found nothing, when its dates lie outside the corpus's (nu44 #4).

``date:march`` and ``date:"last week"`` are read from today, as the README says; on a
corpus of 2017 articles they find nothing, and "No matches." said no more. When a query's
date filter (its top-level ``date:`` clauses, ``--since``, ``--until``) names a stretch of
time wholly outside the corpus's dated span, `date_miss` says so, and for a month or a day
typed with no year it offers the same one in the latest year of the corpus that holds it:
"no article is dated in March 2026 (this corpus runs 2017-02-01 to 2017-03-31); did you
mean date:"march 2017"?".

And a clause naming a time (``date:2017-02-07T10:00``) finds no article dated by its day
alone unless it holds that whole day (the README's rule, dt33), so on a corpus of day-only
dates it found nothing, silently (rv75 #1). `day_alone` names the query with such clauses
widened to their whole days, and how many articles that finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from index.search.limits import QueryError

if TYPE_CHECKING:
    from index.search.query_dates import Period

Span = tuple[datetime, datetime]
"""The first and the last article date of a corpus."""

_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
_YEAR = re.compile(r"\d{4}|'\d\d\b")
_RELATIVE = re.compile(r"\b(?:ago|last|next|this|today|yesterday|tomorrow)\b", re.IGNORECASE)
_TICK = timedelta(microseconds=1)


def date_miss(
    text: str,
    span: Span | None,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
    holds: Callable[[datetime, datetime], bool] | None = None,
) -> str | None:
    """What to say of a query that found nothing when its date filter lies wholly outside
    ``span`` (the corpus's first and last article dates); None when it has no date filter,
    a ``date:`` it cannot take as one (in an OR, negated: `without_dates`), the corpus has
    no dated article, or the filter overlaps the span (then the words missed, not the date).

    Args:
        text: The query as typed.
        span: The corpus's dated span (`Library.date_span`), or None.
        since: ``--since``, if given.
        until: ``--until``, if given.
        now: The moment relative dates are read from (default: now, as the search reads).
        holds: Whether some article is dated in a period (first and last instant): a
            year is offered only where its month or day holds one, not merely lies inside
            the span (the seeds, 2014 to 2025, were offered an empty "march 2024").
    """
    from index.library_dates import without_dates
    from index.search.query import DATE_CLAUSE, clause_bounds

    if span is None:
        return None
    clauses = list(DATE_CLAUSE.finditer(text)) if without_dates(text) is not None else []
    if not clauses and since is None and until is None:
        return None
    low, high = since, until
    told: dict[str, str | None] = {"low": None, "high": None}
    try:
        for clause in clauses:
            start, end, _ = clause_bounds(clause, now)
            after, before = _as_typed(clause, now)
            if start is not None and (low is None or start > low):
                low, told["low"] = start, after
            if end is not None and (high is None or end < high):
                high, told["high"] = end, before
    except QueryError:
        return None
    first, last = span
    # an article dated by its day alone matches a time anywhere in that day: the corpus
    # runs to its last day's end (sx51; its 23:00 was "outside the corpus")
    ends = datetime.combine(last.date(), datetime.max.time())
    if (low is not None and high is not None and low > high) or not (
        (low is not None and low > ends) or (high is not None and high < first)
    ):
        return None
    runs = f"this corpus runs {first:%Y-%m-%d} to {last:%Y-%m-%d}"
    said = f"no article is dated {_stretch(low, high, told['low'], told['high'])} ({runs})"
    if len(clauses) == 1 and since is None and until is None:
        typed = _yearless(clauses[0])
        if typed is not None:
            year = _year_holding(typed, span, holds)
            if year is not None:
                said += f'; did you mean date:"{typed} {year}"?'
    return said


def _yearless(clause: re.Match[str]) -> str | None:
    """The date a point clause names in words with a month and no year ("march",
    "15 march"), as typed; None for any other clause."""
    if clause.group("op") or clause.group("open"):
        return None
    value = next((clause.group(g) for g in ("dq", "sq", "bare") if clause.group(g)), None)
    if value is None:
        return None
    value = " ".join(value.split())
    if not _MONTH.search(value) or _YEAR.search(value) or _RELATIVE.search(value):
        return None
    return value


def _year_holding(
    typed: str, span: Span, holds: Callable[[datetime, datetime], bool] | None = None
) -> int | None:
    """The latest year of the span whose ``typed`` month or day overlaps it and, when
    ``holds`` is given, has an article dated in it."""
    from index.search.query_dates import DateUnreadable, resolve_date

    first, last = span
    for year in range(last.year, first.year - 1, -1):
        try:
            period = resolve_date(f"{typed} {year}")
        except DateUnreadable:
            return None
        if period.start.year != year:
            return None  # read as something else than that month or day of the year
        overlaps = period.start <= last and period.end >= first
        if overlaps and (holds is None or holds(period.start, period.end)):
            return year
    return None


def _as_typed(clause: re.Match[str], now: datetime | None) -> tuple[str | None, str | None]:
    """How a clause naming a time tells its start and its end, as typed (sx52:
    ``date:>2017-02-07T23:59`` was told "on or after 2017-02-08", a day never typed):
    "after 2017-02-07 23:59", "on or before 2017-01-31 10:00", "at 2017-02-08 10:30" for
    both of a clause of one moment; (None, None) for a range, or a date with no time."""
    from index.search.query_dates import DateUnreadable, resolve_date

    value = next((clause.group(g) for g in ("dq", "sq", "bare") if clause.group(g)), None)
    if clause.group("open") or value is None:
        return None, None
    try:
        period = resolve_date(value.strip(), now)
    except DateUnreadable:
        return None, None
    if not period.timed:
        return None, None
    moment = _unit(period)
    op = clause.group("op") or "="
    op = {"=>": ">=", "=<": "<="}.get(op, op)
    start, end = _TOLD[op]
    return (start and f"{start} {moment}"), (end and f"{end} {moment}")


_TOLD = {
    ">": ("after", None),
    ">=": ("on or after", None),
    "<": (None, "before"),
    "<=": (None, "on or before"),
    "=": ("at", "at"),
}
"""How `_as_typed` tells the start and the end a comparison with a time names."""


def _unit(period: Period) -> str:
    """A timed period's start at its precision: an hour "2017-02-07T23" (as typed in a
    query), a minute "2017-02-07 23:59", a second or an instant with its seconds."""
    start, length = period.start, period.end + _TICK - period.start
    if length == timedelta(hours=1):
        return f"{start:%Y-%m-%dT%H}"
    if length == timedelta(minutes=1) or (length == _TICK and not start.second):
        return f"{start:%Y-%m-%d %H:%M}"
    return f"{start:%Y-%m-%d %H:%M:%S}"


def _stretch(
    low: datetime | None,
    high: datetime | None,
    from_typed: str | None = None,
    to_typed: str | None = None,
) -> str:
    """A stretch of time in words: "in March 2026", "on 5 March 2026", "in 2026", "from
    2026-11-23 to 2026-11-29", "on or after 2026-03-01"; an end told as typed
    (``from_typed``, ``to_typed``: `_as_typed`) as that: "after 2017-02-07 23:59", "at
    2017-02-08 10:30"."""
    if from_typed is not None and from_typed == to_typed:
        return from_typed  # one moment: "at 2017-02-08 10:30"
    if from_typed is not None or to_typed is not None:
        ends = [
            from_typed or (low and f"on or after {_day(low)}"),
            to_typed or (high and f"on or before {_day(high)}"),
        ]
        return " and ".join(end for end in ends if end)
    if low is None and high is not None:
        return f"on or before {_day(high)}"
    if high is None and low is not None:
        return f"on or after {_day(low)}"
    assert low is not None and high is not None
    after = high + _TICK
    whole = low == low.replace(hour=0, minute=0, second=0, microsecond=0) and after == (
        after.replace(hour=0, minute=0, second=0, microsecond=0)
    )
    if whole and low.month == 1 and low.day == 1 and after == low.replace(year=low.year + 1):
        return f"in {low.year}"
    if whole and low.day == 1 and after.day == 1 and (after - low).days in range(28, 32):
        return f"in {low:%B %Y}"
    if whole and after - low == timedelta(days=1):
        return f"on {low.day} {low:%B %Y}"
    return f"from {_day(low)} to {_day(high)}"


def _day(moment: datetime) -> str:
    """A moment as its day, or with its time when it has one."""
    if moment.time() in (datetime.min.time(), datetime.max.time()):
        return f"{moment:%Y-%m-%d}"
    if moment.second and moment.microsecond != 999_999:
        return f"{moment:%Y-%m-%d %H:%M:%S}"  # its seconds: "10:00:30" was "10:00"
    return f"{moment:%Y-%m-%d %H:%M}"


def day_alone(
    text: str,
    count: Callable[[str], int],
    now: datetime | None = None,
) -> str | None:
    """What to say of a query that found nothing when its top-level ``date:`` clauses name
    a time and the same query with each widened to its whole days (``date:2017-02-07``,
    ``date:[2017-02-06 to 2017-02-08]``, an open end kept open) finds articles (``count``:
    the widened query's count, with the search's other limits); else None."""
    from index.library_dates import without_dates
    from index.search.date_ranges import written
    from index.search.query import DATE_CLAUSE, clause_bounds

    if without_dates(text) is None:
        return None  # no top-level date clause: a date in an OR or negated is not widened
    widened = text
    try:
        for clause in reversed(list(DATE_CLAUSE.finditer(text))):
            low, high, timed = clause_bounds(clause, now)
            if not timed:
                continue
            first, last = (f"{m:%Y-%m-%d}" if m else "" for m in (low, high))
            days = f"date:{first}" if first == last else written(first, last)
            widened = widened[: clause.start()] + days + widened[clause.end() :]
    except QueryError:
        return None
    found = count(widened) if widened != text else 0
    if not found:
        return None
    return (
        "no article is dated at that time (one dated by its day alone matches a time only "
        f"when the clause holds its whole day); try {widened}: it finds {found:,}"
    )
