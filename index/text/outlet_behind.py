"""The outlet behind a record that names a desk or a columnist where its outlet belongs.

Aggregators' records (AllSides among them) give as "source" a bias desk ("Guest Writer -
Center") or a columnist rated on their own ("Kyle Smith", "Jill Lawrence") while the article's
address names the outlet that ran it (nationalreview.com, usatoday.com): a new user read "no
outlet" for the first and the columnist as an outlet for the second (nu40 #12). When the
address's host is in the outlet table, that outlet is the article's; a columnist's name then
becomes its byline unless one is given. A name that may be an outlet's (known, or holding an
outlet's word: "Miami Herald", "Heavy.com") is kept as it is: only a desk or a person's name
gives way, and a person's name is one whose first word is a known first name ("Mother
Jones", "Hot Air" are outlets: rv39 #3). Only a record's own field gives way: a sidecar's or
front matter's outlet is the user's word and wins, as everywhere.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from index.text.data_files import data_file
from index.text.outletnames import is_desk_label
from index.text.outlets import is_outlet_name, outlet_from_host
from index.text.surname_particles import JOINED, PARTICLE

_PERSON = re.compile(
    rf"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z]\.)?"
    rf"(?: (?:{PARTICLE} ){{0,2}}{JOINED}(?:Mc|Mac|O['’]|De|Di|Van )?[A-Z][a-z'’-]+){{1,2}}"
)
"""A columnist's name as aggregators give it: "Kyle Smith", "Kevin McLaughlin", "Jennifer
Rubin", "E. J." forms left out (two or three words, each capitalised)."""


@cache
def _first_names() -> frozenset[str]:
    """The first names of ``index/data/firstnames.txt``, lower case."""
    lines = data_file("firstnames.txt").splitlines()
    return frozenset(line.split(" ", 1)[0] for line in lines if line and line[0] != "#")


def known_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of ``index/data/firstnames.txt`` ("Dean", "Tom")."""
    return word.lower() in _first_names()


def person_shaped(name: str) -> bool:
    """True when ``name`` is written as a person's name ("Rich Lowry": two or three
    capitalised words) and reads as no outlet's, whether or not its first name is known."""
    return _PERSON.fullmatch(name.strip()) is not None and not is_outlet_name(name)


_SHORT_FORMS = frozenset(
    [
        "rich",
        "will",
        "don",
        "sue",
        "stu",
        "reg",
        "roz",
        "kit",
        "chip",
        "skip",
        "rusty",
        "buzz",
        "topher",
    ]
)
"""Short forms of first names that firstnames.txt leaves out as ordinary words ("Rich Lowry",
"Will Bunch", "Don Surber", "Sue Gray"; fx132): a person's only before one surname, so "Will
Trump Run - date" stays as it was. "Al" is none ("Al Arabiya"). Kept out of firstnames.txt,
which the quotes read too ("he"/"she")."""


def person_like(name: str) -> bool:
    """True when ``name`` reads as a person's name (a known first name, then one or two
    capitalised words; a short form of one, then one: "Rich Lowry") and as no outlet's."""
    name = name.strip()
    if _PERSON.fullmatch(name) is None or is_outlet_name(name):
        return False
    first, _, rest = name.partition(" ")
    if first.lower() in _SHORT_FORMS:
        return " " not in rest
    return first.lower() in _first_names()


def outlet_behind(source: object, url: object) -> str | None:
    """The outlet the address ``url`` names, when the record's ``source`` is empty, a desk
    label or a person's name and the address's host is a known outlet's; else None."""
    if not isinstance(url, str) or not url.strip():
        return None
    name = source.strip() if isinstance(source, str) else ""
    if name and not (is_desk_label(name.strip("()")) or person_like(name)):
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().strip(".")
    except ValueError:
        return None
    found = outlet_from_host(host)
    if found is None or found == host.removeprefix("www."):  # not in the table: a bare host
        return None
    return found
