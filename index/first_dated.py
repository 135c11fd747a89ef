"""Who ran it first, one rule for every view: the earliest DATED article whose outlet is named.

An article with no date may have run before the others or after them: nobody knows, so it
is first of nothing. With no article dated (and named) there is no first, and where some
articles are undated the first is said to be the first of the dated ones. `story`, its
JSON, the story screen, `stories --json`, the export's memo, `quotes`, its JSON and the
quotes panel all ask here: they disagreed (nu42 #1, #8: "first: The Hill, undated" beside
``"first": null`` and "First: no dated article names its outlet").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import TypeVar

from index.when import has_time

Item = TypeVar("Item")


def first_dated(
    items: Iterable[Item],
    source: Callable[[Item], str | None],
    when: Callable[[Item], datetime | None],
) -> Item | None:
    """The earliest of ``items`` that has a date and a named outlet, by the best precision
    the dates have (`precise_order`: a day given alone ties with every time of that day, so
    a timed article of the earliest day is first: nu38 #8); of equals, the outlet first by
    name (`outlet_order`), then the first given. None when no item is both dated and named."""
    known = [(item, at) for item in items if source(item) and (at := when(item)) is not None]
    best = min(
        known,
        key=lambda pair: (precise_order(pair[1]), outlet_order(source(pair[0]))),
        default=None,
    )
    return None if best is None else best[0]


def days_order(days: float, source: str | None) -> tuple[float, bool, float, str]:
    """`first_dated`'s order of a date kept as days since 1970 (the story model's): its
    day, a time before a day alone, the time, then `outlet_order`."""
    return days // 1, days % 1 == 0, days, outlet_order(source)


def outlet_order(source: str | None) -> str:
    """Where an outlet stands among articles tied for a story's first (one day, no time
    given, or one time): by its name, case aside, so renaming the files changes nothing
    (nu49 #7: the lowest file name was "first"). One outlet's tied articles keep the given
    order (by id)."""
    return (source or "").casefold()


def earlier_unknown(
    items: Iterable[Item],
    source: Callable[[Item], str | None],
    when: Callable[[Item], datetime | None],
) -> Item | None:
    """The earliest item of unknown outlet dated before the first (`first_dated`): on an
    earlier day, or earlier the same day when both have a time; None when none is. The rule
    skips unknown outlets (nobody can say who ran it), so a view must say that one is dated
    earlier rather than leave "first" naming a later article (nu45 #2). None with no first
    (the views then say none is known: `no_first`)."""
    items = list(items)
    first = first_dated(items, source, when)
    start = None if first is None else when(first)
    unknown = [(item, at) for item in items if not source(item) and (at := when(item)) is not None]
    before = [pair for pair in unknown if start is not None and known_before(pair[1], start)]
    best = min(before, key=lambda pair: precise_order(pair[1]), default=None)
    return None if best is None else best[0]


def known_before(when: datetime, start: datetime) -> bool:
    """Whether ``when`` is known to come before ``start``: an earlier day, or an earlier
    time of the day when both give one (a day alone orders nothing within its day)."""
    if when.date() != start.date():
        return when.date() < start.date()
    return has_time(when) and has_time(start) and when < start


def earlier_words(day: str) -> str:
    """What a view says beside "first" when an article of unknown outlet is dated earlier
    (`earlier_unknown`): "an article of unknown outlet is dated earlier (2017-03-24)"."""
    return f"an article of unknown outlet is dated earlier ({day})"


def moment(text: str | None) -> datetime | None:
    """An ISO date kept as text (a quote's occurrence's) as `first_dated` compares dates:
    naive UTC; None for none or for text that is no ISO date."""
    try:
        when = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if when is not None and when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def precise_order(when: datetime | None) -> tuple[date, bool, datetime]:
    """A date's place for `first_dated`: its day, then a time before a day alone, then the
    time."""
    assert when is not None
    return when.date(), not has_time(when), when


def timed_days(dates: Iterable[datetime | None]) -> set[date]:
    """The days on which one of ``dates`` gives a time of day (`listed_order`)."""
    return {when.date() for when in dates if when is not None and has_time(when)}


def listed_order(when: datetime, named: bool, timed: set[date]) -> tuple[date, bool, datetime]:
    """A carrier's place in a list (a quote's): `precise_order`, but the time of an unknown
    outlet's article counts only on a day of ``timed`` (`timed_days` of the named outlets'
    dates); on another day it is listed as a day alone, after the named ones of that day.
    Then only what is known to run before the first (`earlier_unknown`) is listed above
    it: a copy of unknown outlet at 08:00 listed "same day" above a first of that day
    alone read as if it ran first (rv47, as nu45 #3)."""
    day, alone, at = precise_order(when)
    return day, alone or (not named and day not in timed), at


def first_label(undated: int) -> str:
    """The first's label: "first", or "first of dated (2 undated)" when ``undated`` articles
    have no date (they may have run it earlier)."""
    return f"first of dated ({undated:,} undated)" if undated else "first"


def no_first(dated: int) -> str:
    """What is said where `first_dated` finds none: "none known (no article is dated)", or,
    when ``dated`` articles have a date but no outlet, "(no dated article names its
    outlet)"."""
    why = "no dated article names its outlet" if dated else "no article is dated"
    return f"none known ({why})"
