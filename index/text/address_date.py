"""The day an article's web address names, for a record that gives no date (st50).

Many news sites put the day of publication in the path: ``/2021/10/18/`` (CNN, the New
York Post, Breitbart, the Washington Post) or ``2021-08-19`` (Bloomberg, Reuters, US News,
the LA Times). A record without a date field is dated by it, as its outlet dated it; a
date the text or the record states wins (`extract`). Only a whole, real day of the path
counts: not a month alone (``/2021/10/``), not the query string, not a bare number run,
not a day before the web (`FIRST_YEAR`: "/history/1945-05-08-ve-day" names the day it
tells of, not its own).
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

_DAY = re.compile(
    r"(?:/(?P<y1>(?:19|20)\d\d)/(?P<m1>\d\d)/(?P<d1>\d\d)(?=/|$|[.-]))"
    r"|(?:(?<![\d])(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)-(?P<d2>\d\d)(?![\d]))"
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
        year = found["y1"] or found["y2"]
        month = found["m1"] or found["m2"]
        day = found["d1"] or found["d2"]
        if int(year) < FIRST_YEAR:
            continue  # a day of history: "/on-this-day/1945/05/08/"
        try:
            return datetime(int(year), int(month), int(day))
        except ValueError:
            continue  # "/2021/13/45/": no day
    return None
