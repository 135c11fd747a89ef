"""A byline without "By" under the headline: "Maria Lopez | BBC News", "Maria Lopez - Fox
News", "BBC News | Maria Lopez" (nu50 #4: the author and the outlet were lost and the line
stayed in the body)."""

from __future__ import annotations

import re

from index.text.outlet_behind import person_like
from index.text.outletnames import outlet_label
from index.text.places import is_place_name

_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
_PEOPLE = re.compile(r"\s+(?:and|&)\s+")


def _people(names: str) -> bool:
    """Each of ``names`` a person's (a known first name, then one or two capitalised words)
    and no place's: "Politics | BBC News" names a desk, "Hong Kong | Reuters" a place."""
    people = _PEOPLE.split(names.strip())
    return all(person_like(p) and not is_place_name(p) for p in people)


def name_and_outlet(line: str) -> tuple[str, str] | None:
    """The names and the outlet of a line holding only people's names and a known outlet,
    either side of a bar or a dash; else None. Read under a headline only
    (`index.text.head`): alone, "Donald Trump | Fox News" may be a topic's page."""
    parts = _SEPARATOR.split(line.strip())
    if len(parts) != 2 or len(line) > 100:
        return None
    for names, outlet in (parts, parts[::-1]):
        known = outlet_label(outlet)
        if known and _people(names):
            return names.strip(), known
    return None
