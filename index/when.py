"""Dates as the JSON gives them: the day alone for a date stated without a time (nu34 #1).

Whether a date has a time of day is a fact of its source: "2024-03-04" states a day,
"2024-03-04T00:00:00Z" a moment that happens to be midnight (fd34, nu35 #12). The index
keeps every date as a naive UTC `datetime`, a day as that day's midnight; a moment at
exactly midnight is kept one microsecond past it (`timed_value`), so that the value itself
carries the fact wherever a date goes (the listing, the stored fields, the stories, the
notebook) and every reader that takes a naive midnight for a day (`has_time`, the reader's
"no time" columns) tells the two apart. The JSON and the exports print that microsecond
as the midnight it stands for (`iso_when`).
"""

from __future__ import annotations

from datetime import datetime, time

STATED_MIDNIGHT = time(0, 0, 0, 1)
"""The clock reading of a moment stated as exactly midnight, as the index keeps it."""


def timed_value(when: datetime) -> datetime:
    """``when`` as the index keeps a date whose source states a time of day: a naive
    midnight moves to `STATED_MIDNIGHT`, any other value is as it is."""
    if when.tzinfo is None and when.time() == time(0):
        return when.replace(microsecond=STATED_MIDNIGHT.microsecond)
    return when


def has_time(when: datetime | None) -> bool:
    """Whether a date has a time of day, not a day alone.

    A date its source gives without a time (``Published 03/04/2024``) is kept as that day's
    naive midnight, and a time stated as exactly midnight as `STATED_MIDNIGHT`
    (`timed_value`): a naive midnight is a day. The JSON (`iso_when`) and the search index's
    ``timed`` field (a ``date:`` query with a time matches only timed articles, dt33) both
    read the fact here.
    """
    return when is not None and not (when.tzinfo is None and when.time() == time(0))


def iso_when(when: datetime | None) -> str | None:
    """A date as ISO text: "2024-03-04T09:30:00", or "2024-03-04" when it has no time.

    A naive midnight is read as a day (`has_time`), so scripts can tell a day from a moment;
    a stated midnight prints as "2024-03-04T00:00:00".
    """
    if when is None:
        return None
    if not has_time(when):
        return when.date().isoformat()
    if when.time() == STATED_MIDNIGHT:
        return when.replace(microsecond=0).isoformat()
    return when.isoformat()


def day_or_minute(when: datetime | None) -> str | None:
    """A date as the text views print it: "2024-03-04 09:30", or "2024-03-04" when it has
    no time (`has_time`: a stated midnight is "2024-03-04 00:00"); None for no date.

    The one formatter of `show`, `story`, the story screen and the notebook's memo (rv35:
    four had their own, each with the midnight rule to get right)."""
    if when is None:
        return None
    return f"{when:%Y-%m-%d %H:%M}" if has_time(when) else f"{when:%Y-%m-%d}"


def iso_when_text(text: str | None) -> str | None:
    """`iso_when` for a date kept as ISO text ("2024-03-04T00:00:00" -> "2024-03-04")."""
    if not text:
        return text
    try:
        return iso_when(datetime.fromisoformat(text))
    except ValueError:
        return text  # not ISO: as it is
