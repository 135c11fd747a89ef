"""Names for the articles of a comparison: the outlet, and when an outlet runs several of
them, what tells its articles apart (nu32 #3: three wires read "1 Reuters 2 Reuters 3
Reuters", and "not in: 2 Reuters, 3 Reuters")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from index.library import printable
from tui.outlet_count import UNKNOWN

SEPARATOR = " · "
"""Between an outlet and what tells its articles apart."""

TITLE_WORDS = 24
"""Characters of a title that tell two articles of an outlet apart, when dates cannot."""


@dataclass(frozen=True, slots=True)
class Named:
    """What a label is made from: an article's id, outlet, date and title."""

    id: str
    source: str | None
    date: datetime | None
    title: str


def _day(article: Named) -> str | None:
    return None if article.date is None else f"{article.date.day} {article.date:%b %Y}"


def _time(article: Named) -> str | None:  # a bare date is no midnight (nu32 #11)
    when = article.date
    return None if when is None or when.time() == time(0) else f"{when:%H:%M}"


def _day_time(article: Named) -> str | None:
    day, clock = _day(article), _time(article)
    return None if day is None else f"{day} {clock}" if clock else day


def _title(article: Named) -> str | None:
    words = " ".join(printable(article.title).split())
    if not words:
        return None
    return words if len(words) <= TITLE_WORDS else words[: TITLE_WORDS - 1].rstrip() + "…"


def _id(article: Named) -> str | None:
    return article.id


Way = Callable[[Named], str | None]

SAME_DAY: tuple[Way, ...] = (_time, _title, _id)
"""What may tell apart an outlet's articles of one day, the first that does: the time, the
title's start, the id."""

DAYS: tuple[Way, ...] = (_day, _day_time, _title, _id)
"""What may tell apart an outlet's articles of several days (or undated)."""


def told_apart(articles: Sequence[Named]) -> list[str]:
    """Each article's outlet ("outlet unknown" when it names none), and after an outlet that
    several of them share, the first of `SAME_DAY` (or `DAYS`) that gives each of those a
    different word:
    "Reuters · 12:34", "Reuters · 16:06"; "AP · 2 Mar 1987", "AP · 3 Mar 1987" (the "·" the
    rest of the app puts between an outlet and a date: nu44's tab read "2 CNN 2 Mar 2017")."""
    names = [printable(a.source) if a.source else UNKNOWN for a in articles]
    groups: dict[str, list[int]] = {}
    for position, name in enumerate(names):
        groups.setdefault(name.casefold(), []).append(position)
    labels = list(names)
    for members in groups.values():
        if len(members) < 2:
            continue
        dates = [articles[k].date for k in members]
        days = {when.date() if when else None for when in dates}
        for way in SAME_DAY if len(days) == 1 and None not in days else DAYS:
            words = [way(articles[k]) for k in members]
            if None not in words and len(set(words)) == len(words):
                for k, word in zip(members, words, strict=True):
                    labels[k] = f"{names[k]}{SEPARATOR}{word}"
                break
    return labels


_DAY_YEAR = re.compile(r"\b(\d{1,2} [A-Z][a-z]{2}) (\d{4})\b")


def without_outlet(labels: Sequence[str], names: Sequence[str]) -> list[str] | None:
    """The tabs' labels (`told_apart`) without their outlet when every article is of one
    outlet ("Reuters"), which then tells none apart (nu80 #1, nu79 #1: seven wires' tabs
    read "2 Reuters · 17 Mar…" and "4 Reuters · 17 Mar…", their times cut): what tells
    them apart, the year dropped when every label's is the same ("17 Mar 09:12"). None when
    the outlets differ, or only one article is named."""
    if len(names) < 2 or len({name.casefold() for name in names}) > 1:
        return None
    head = names[0] + SEPARATOR
    bare = [label[len(head) :] if label.startswith(head) else label for label in labels]
    years = {m.group(2) for label in bare for m in _DAY_YEAR.finditer(label)}
    if len(years) == 1:
        bare = [_DAY_YEAR.sub(r"\1", label) for label in bare]
    return bare
