"""The day an article's web address names, for a record that gives no date (st50).

Many news sites put the day of publication in the path: ``/2021/10/18/`` (CNN, the New
York Post, Breitbart, the Washington Post), ``2021-08-19`` (Bloomberg, Reuters, US News,
the LA Times) or ``/2017/0313/`` (RTE, the Christian Science Monitor). A record without a
date field is dated by it, as its outlet dated it; a date the text or the record states
wins (`extract`), unless it is `AHEAD_DAYS` to `SLIP_DAYS` days before the address's day
(`ahead_of`).
Only a whole, real day of the path counts: not a month alone (``/2021/10/``), not the query
string, not a bare number run, not a day before the web (`FIRST_YEAR`:
"/history/1945-05-08-ve-day" names the day it tells of, not its own).
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

_DAY = re.compile(
    r"(?:/(?P<y1>(?:19|20)\d\d)/(?P<m1>\d\d)/(?P<d1>\d\d)(?=/|$|[.-]))"
    r"|(?:(?<![\d])(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)-(?P<d2>\d\d)(?![\d]))"
    r"|(?:/(?P<y3>(?:19|20)\d\d)/(?P<m3>\d\d)(?P<d3>\d\d)(?=/|$))"
)

FIRST_YEAR = 1991
"""The year of the first web page: a path's day before it is a day the page tells of
(rv60; none of the three corpora's 1,274 address days is before 1994)."""


def address_date(url: str | None) -> datetime | None:
    """The day ``url``'s path names (its first whole date: ``/YYYY/MM/DD/`` or
    ``YYYY-MM-DD``), as a day alone (naive midnight); None when it names none."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for found in _DAY.finditer(path):
        year = found["y1"] or found["y2"] or found["y3"]
        month = found["m1"] or found["m2"] or found["m3"]
        day = found["d1"] or found["d2"] or found["d3"]
        if int(year) < FIRST_YEAR:
            continue  # a day of history: "/on-this-day/1945/05/08/"
        try:
            return datetime(int(year), int(month), int(day))
        except ValueError:
            continue  # "/2021/13/45/": no day
    return None


AHEAD_DAYS = 2
"""A stated date this many days or more before the address's day is wrong (st76, issue
16): a page is not published before the day its address names. A day before is a time
zone's (a record dated in UTC, an address by the outlet's evening: 24 of newsarticles'
1,094 dated addresses); 2-3 days are a feed's slip (RTE's Monday pieces of 13 Mar 2017
dated Friday 10 Mar: 3 of them, and one other record)."""

SLIP_DAYS = 7
"""A slip of more days than this is no slip: the address names another day than the page's
own (a preview's "/preview-2024-11-05", an event's), and the stated date stands (rv79)."""


def ahead_of(stated: datetime, url: str | None) -> datetime | None:
    """The day ``url``'s path names when ``stated`` is `AHEAD_DAYS` to `SLIP_DAYS` days before
    it (the date to use instead); None when the path names no day or ``stated`` is not that
    early, or earlier still."""
    day = address_date(url)
    if day is None or not AHEAD_DAYS <= (day.date() - stated.date()).days <= SLIP_DAYS:
        return None
    return day
