"""Outlets: known names and web addresses, and the lines that credit an outlet.

A text names its outlet in an outlet line above the headline ("BBC News"), a URL line, a
headline suffix ("... | The Guardian"), a byline ("By Jane Doe, CNN"), a wire credit in
the lede ("(Reuters) -"), a sign-off ("— The Associated Press") or a copyright line
("Copyright 2017 CNN", "© The Guardian"). The table of known outlets is
``index/data/outlets.toml``; a credit or copyright line names its outlet even when the
table does not list it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from index.text.data_files import data_file

URL_LINE = re.compile(r"^<?(?:https?://|www\.)[^\s<>]{3,}>?$", re.IGNORECASE)
"""A line that is only a web address."""
_HOST_LINE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,12}$", re.IGNORECASE)
ADDRESS_LABEL = re.compile(
    r"^(?:source|url|link|permalink|original(?:\s+(?:url|link|article|story))?"
    r"|read\s+(?:it|the\s+(?:full|original|whole)\s+(?:article|story))\s+(?:at|on)"
    r"|retrieved\s+from|available\s+at|saved\s+from)"
    r"(?:\s*[:|]\s*|\s+[-–—]\s+|\s+)(?=<?(?:https?://|www\.))",
    re.IGNORECASE,
)
"""The label a person saving an article writes before its address on a line ("Source: https://…",
"URL: …", "Read the full story at …", nu74 #1): the line is the address's as a bare one is.
"Originally published at …" is boilerplate (`originally-published`): set aside, as before."""
_COPYRIGHT = re.compile(
    r"^(?:(?:copyright\s*)?(?:©|\(c\))|copyright)\s*(?:©\s*)?(?:copyright\s*)?"
    r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(?:by\s+)?(?P<name>.+)$",
    re.IGNORECASE,
)
_HOLDER_END = re.compile(
    r"\.\s+(?=All|This|Any|Used|Registered|Reproduction|No part|Some)"
    r"|\s+all rights reserved|\s+or its affiliate|,\s*(?:inc|llc|ltd)\b"
    r"|\s+(?:inc|llc|ltd|limited|plc|gmbh|co)\.?\s*$|\.?\s*$",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(
    r"^(?:[—–-]{1,2}|[—–-]{0,2}\s*(?=.{2,60}\s+contributed to this (?:report|story|article)))\s*"
    r"(?P<name>[A-Z][\w.&'’/ -]{0,60}?)"
    r"(?:\s+contributed to this (?:report|story|article)|\s+(?:staff|wire|reporters?))?"
    r"\.?$"
)
_ORG_WORD = re.compile(
    r"\b(?:News|Press|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Review"
    r"|Daily|Weekly|Radio|Television|TV|Network|Media|Wire|Agency|Magazine|Chronicle"
    r"|Observer|Examiner|Insider|Monitor|Standard|Mail|Express|Star|Sun|Independent|Reporter"
    r"|Today|Bulletin|Dispatch|Courier|Register|Inquirer|Globe|Record|Sentinel|Caller|Beacon"
    r"|Report|Digest|Online|Broadcasting|Corporation|Service|Bureau|Newsroom|Nation|Ledger"
    r"|Courant|Enquirer|Gleaner)\b"
)
"""A word that makes an unknown name an organisation's ("Valley Gazette")."""
_PICTURE_AGENCY = re.compile(r"\b(?:Getty|Shutterstock|Alamy|iStock|Photo|Pictures|Images)\b", re.I)
_SUFFIX = re.compile(
    r"^(?P<title>.{8,})\s+(?P<mark>\||–|—|-|::|•|·)\s+(?P<outlet>[^|–—•·:]{2,60})$"
)


@dataclass(frozen=True, slots=True)
class Outlet:
    """A known outlet: its name and whether it is a news agency."""

    name: str
    agency: bool


@cache
def _entries() -> list[dict[str, Any]]:
    """The outlets of ``index/data/outlets.toml``, as the file has them."""
    entries: list[dict[str, Any]] = tomllib.loads(data_file("outlets.toml"))["outlets"]
    return entries


@cache
def _table() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    raw = _entries()
    by_name: dict[str, Outlet] = {}
    by_host: dict[str, Outlet] = {}
    for entry in raw:
        outlet = Outlet(entry["name"], bool(entry.get("agency", False)))
        for name in [entry["name"], *entry.get("aliases", ())]:
            by_name.setdefault(_key(name), outlet)
        for host in entry.get("domains", ()):
            by_host[host.lower()] = outlet
    return by_name, by_host


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


@cache
def _acronyms() -> frozenset[str]:
    """Names of the table spelled in capitals ("NAN", "AP"): only capitals name them."""
    names = (name for entry in _entries() for name in [entry["name"], *entry.get("aliases", ())])
    return frozenset(_key(name) for name in names if name.isupper() and " " not in name)


@cache
def _spellings() -> frozenset[str]:
    """Every name and alias of the table exactly as written ("Politico" beside "POLITICO")."""
    return frozenset(n for entry in _entries() for n in [entry["name"], *entry.get("aliases", ())])


def known_outlet(name: str) -> str | None:
    """The table's name for an outlet named ``name`` (or an alias of it), else None.

    An acronym matches only in capitals: "NaN" or "ap" name no outlet.
    """
    name = name.strip().strip(".,:;")
    if _key(name) in _acronyms() and not name.isupper() and name not in _spellings():
        return None  # "time", "vice": only "TIME" or the table's own "Time", "Politico"
    found = _table()[0].get(_key(name))
    if found is None and name.lower().startswith("the "):
        found = _table()[0].get(_key(name[4:]))
    return found.name if found else None


def outlet_aliases(name: str) -> list[str]:
    """Every name the table gives the outlet named ``name`` ("AP", "The Associated Press")."""
    found = _table()[0].get(_key(name))
    if found is None:
        return []
    return [key for key, outlet in _table()[0].items() if outlet is found]


def agency_name(name: str) -> str | None:
    """The table's name for a news agency (a credit "by Reuters" is a source), else None."""
    found = _table()[0].get(_key(name.strip()))
    return found.name if found and found.agency else None


def is_outlet_name(name: str) -> bool:
    """A name that is an outlet's: known, an organisation's ("Valley Gazette"), a site's."""
    name = name.strip()
    return (
        known_outlet(name) is not None
        or _ORG_WORD.search(name) is not None
        or (len(name) <= 60 and _HOST_LINE.match(name) is not None)
    )


def outlet_from_host(host: str) -> str | None:
    """The outlet of a web host: the table's name, or the host itself without ``www.``."""
    host = host.lower().strip(".")
    if not host or "." not in host:
        return None
    by_host = _table()[1]
    parts = host.split(".")
    for start in range(len(parts) - 1):
        found = by_host.get(".".join(parts[start:]))
        if found is not None:
            return found.name
    return host.removeprefix("www.")


def _address_of_line(line: str) -> str | None:
    """The absolute address of a (stripped) line that is only one: "<…>" loses its
    brackets, "www.…" gains "https://", a label before it goes (`ADDRESS_LABEL`); None for any
    other line."""
    line = ADDRESS_LABEL.sub("", line, count=1)
    if not URL_LINE.match(line):
        return None
    address = line.strip("<>")
    return address if address.lower().startswith("http") else "https://" + address


def outlet_from_url_line(line: str) -> str | None:
    """The outlet of a line that is only a web address or a host ("theguardian.com")."""
    line = line.strip()
    address = _address_of_line(line)
    if address is not None:
        try:
            host = urlsplit(address).hostname
        except ValueError:
            return None
        return outlet_from_host(host or "")
    if _HOST_LINE.match(line) and len(line) <= 60:
        return outlet_from_host(line)
    return None


def url_of_line(line: str) -> str | None:
    """The article's web address on a line that is only one, or None.

    "<https://…>" loses its brackets; "www.…" gains "https://" (an address to open or copy
    must be absolute). A bare host ("https://www.reuters.com/") is the outlet's home page,
    not the article's, so it gives None (it still names the outlet).
    """
    address = _address_of_line(line.strip())
    if address is None:
        return None
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    if not parts.hostname or (parts.path in ("", "/") and not parts.query):
        return None
    return address


def outlet_from_credit(line: str) -> str | None:
    """The outlet a copyright line or a sign-off names, or None.

    "Copyright 2017 CNN", "© 2017 Guardian News and Media Limited", "— The Associated
    Press", "Reuters contributed to this report." A sign-off names an outlet only when the
    name is an organisation's (a person signing off is not one).
    """
    line = line.strip()
    if len(line) > 320 or not _may_be_credit(line):
        return None
    match = _COPYRIGHT.match(line)
    if match:
        return _holder(match.group("name"))
    signoff = _SIGNOFF.match(line)
    if signoff:
        name = signoff.group("name").strip(" .")
        known = known_outlet(name)
        if known:
            return known
        if is_outlet_name(name) and len(name.split()) <= 6:
            return name
    return None


def _may_be_credit(line: str) -> bool:
    """A cheap first test: a credit opens with a mark or "Copyright", or says "contributed"."""
    if line[:1] in "©—–-(" or line[:9].lower() == "copyright":
        return True
    return "contributed to this" in line


def _holder(text: str) -> str | None:
    """The copyright holder's name out of the rest of a copyright line."""
    text = text.strip()
    for length in range(min(len(text), 60), 1, -1):  # the longest known name first
        if text[length : length + 1] in ("", " ", ".", ",") and known_outlet(text[:length]):
            return known_outlet(text[:length])
    end = _HOLDER_END.search(text)
    name = (text[: end.start()] if end else text).strip(" .,")
    if not name or len(name) > 60 or len(name.split()) > 7 or not name[0].isupper():
        return None
    if _PICTURE_AGENCY.search(name):
        return None  # "© Getty Images" credits a photo, not the article
    return name


def split_title_suffix(line: str) -> tuple[str, str] | None:
    """A headline with its outlet after a bar or dash ("Dam holds | The Guardian").

    After a dash the outlet must be a known one (a headline may end "- Putin"); after a
    bar or a double colon, which headlines do not use, any short capitalised name.
    """
    match = _SUFFIX.match(line)
    if not match:
        return None
    name = match.group("outlet").strip()
    outlet = known_outlet(name)
    if outlet is None and match.group("mark") in ("|", "::"):
        words = name.split()
        if len(words) <= 5 and all(w[0].isupper() or not w[0].isalpha() for w in words):
            outlet = name
    if outlet is None:
        return None
    return match.group("title").strip(), outlet
