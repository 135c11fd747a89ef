"""Dates as the JSON gives them: the day alone for a date stated without a time (nu34 #1)."""

from __future__ import annotations

from datetime import datetime, time


def has_time(when: datetime | None) -> bool:
    """Whether a date has a time of day, not a day alone.

    The index keeps every date as a naive UTC `datetime`, and a date the text gives without
    a time (``Published 03/04/2024``) as that day's midnight; so a naive midnight is a day
    (a time stated as exactly midnight UTC reads as its day too: the index does not keep the
    difference). The JSON (`iso_when`) and the search index's ``timed`` field (a ``date:``
    query with a time matches only timed articles, dt33) both read the fact here.
    """
    return when is not None and not (when.tzinfo is None and when.time() == time(0))


def iso_when(when: datetime | None) -> str | None:
    """A date as ISO text: "2024-03-04T09:30:00", or "2024-03-04" when it has no time.

    A naive midnight is read as a day (`has_time`), so scripts can tell a day from a moment.
    """
    if when is None:
        return None
    if not has_time(when):
        return when.date().isoformat()
    return when.isoformat()


def iso_when_text(text: str | None) -> str | None:
    """`iso_when` for a date kept as ISO text ("2024-03-04T00:00:00" -> "2024-03-04")."""
    if not text:
        return text
    try:
        return iso_when(datetime.fromisoformat(text))
    except ValueError:
        return text  # not ISO: as it is
