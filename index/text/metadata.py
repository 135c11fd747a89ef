"""Find metadata in article text: dates, bylines, datelines, wire credits, headline lines."""

from __future__ import annotations

import re
from datetime import datetime

from index.text.byline_opener import byline_opener, name_before_job
from index.text.clean import is_boilerplate_line
from index.text.dates import parse_date_text
from index.text.outletnames import is_desk_label, outlet_label
from index.text.outlets import agency_name, is_outlet_name, known_outlet
from index.text.places import is_place_name, words
from index.text.surname_particles import JOINED, NAME_CHAR, PARTICLES

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|[A-Z]{2,4}T|[+-]\d{2}:?\d{2}))?)?"
)
DATE_TEXT = re.compile(
    r"(?:"
    + _WEEKDAY
    + r"(?:\d{1,2}\s+"
    + _MONTHS
    + r",?\s+\d{4}"  # 20 March 2014
    + r"|"
    + _MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"  # March 20, 2014
    + r"|\d{1,2}/\d{1,2}/\d{4}"  # 01/23/2025
    + r"|\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    + _TIME
    + r")",
    re.IGNORECASE,
)
"""A full date (day, month and year) with an optional weekday and time."""
HEADLINE_DATE = re.compile(
    r"^(?P<title>.{8,}?)\s+[–—-]\s+(?P<date>" + DATE_TEXT.pattern + r")\s*$", re.IGNORECASE
)
"""A headline with a date after a dash: "Russia opposes ... – 01/23/2025 at 5:53 p.m."."""
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_RANGE_START = re.compile(rf"\b(?:{_DAY}\s+{_MONTHS}|{_MONTHS}\s+{_DAY})$", re.IGNORECASE)
"""A day and its month ending a headline: where a range of dates starts ("29 January")."""
_DAY_END = re.compile(rf"\b{_DAY}$")


def headline_date(line: str) -> re.Match[str] | None:
    """A headline with its date after a dash (`HEADLINE_DATE`), or None: none when the date
    closes a range of dates the headline names ("Week in pictures: 29 January - 3 February
    2017", "Talks 29 - 31 January 2017": nu50 #5); "iPhone 7 - September 7, 2016" is dated."""
    found = HEADLINE_DATE.match(line)
    if found is None:
        return None
    title = found.group("title")
    if _RANGE_START.search(title) or (_DAY_END.search(title) and found.group("date")[0].isdigit()):
        return None
    return found


_NAME = rf"[A-Z]{NAME_CHAR}+(?:\s+{PARTICLES}{JOINED}[A-Z]{NAME_CHAR}+){{0,4}}"
NAMES = re.compile(
    rf"(?P<name>{_NAME}(?:(?:\s*,\s*|\s+(?:and|AND|&)\s+|\s*,\s*(?:and|AND)\s+){_NAME}){{0,5}})"
)
"""One or more person names: "Jane Doe", "Jane Doe, Tom Roe and Li Wu"."""
BYLINE = re.compile(
    r"^(?:By|BY|by|Written by|Words by|Posted by|Reported by|Author:|Authors:|By:)\s+"
    r"(?P<rest>.{2,160})$"
)
"""A byline line: "By Daniel Bases", "By Jane Doe and John Roe", "Written by Jane Doe"."""
_BYLINE_PARTS = re.compile(r"\s+(?:\||•|·|—|–|-)\s+")
_CREDIT_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,4}")
"""A name after a byline's bar: an outlet the table may not know ("AllSides")."""
_DESK = re.compile(r"\s+\([A-Z][\w ]{1,30}\)$")
"""A desk after an outlet's name: "CNN (Opinion)"."""
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’-]{1,40}$")
_ROLE = re.compile(
    r"\b(?:reporter|correspondent|writer|editor|columnist|contributor|staff|journalist|producer"
    r"|analyst|bureau chief|intern|fellow)s?\b",
    re.IGNORECASE,
)
_STAFF_END = re.compile(
    r"(?:^|\s+)(?:staff|wire|newsroom|reporters|writers|editors|(?:staff|wire) reports?"
    r"|wire staff|staff (?:writers?|reporters?))$",
    re.IGNORECASE,
)
"""A byline's last words that credit a newsroom, not a person: "NPR Staff", "Staff Writer"."""
SOURCE_LINE = re.compile(
    r"^(?:by|via|source:)\s+(?P<name>[A-Za-z][\w.&/ -]{1,40}?)\s*$", re.IGNORECASE
)
REPORTING_BY = re.compile(
    r"(?<![Aa]dditional )(?:^|[(;]\s*)(?:Reporting|Writing|Reported|Written) by\s+"
    r"(?P<name>[A-Z][^;()\n]{2,120}?)\s*(?:[;)]|$|\.\s|,\s*(?:editing|writing)\b)",
    re.MULTILINE,
)
"""A wire credit line: "(Reporting by A and B; Editing by C)"."""
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,4})"
    r"(?:,\s*(?P<day>" + _MONTHS + r"\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w/ .&-]{1,30})\)\s*(?:[-–—]+|:)\s+"
    r"|\.?\s*/(?P<slashed>[A-Z][\w .&-]{1,30})/\s*"  # TASS: "MOSCOW, March 30. /TASS/."
    r"|\s*(?:[-–—]+|:)\s+)"
)
"""A dateline opening the lede: "UNITED NATIONS, March 20 (Reuters) - ", "MEXICO CITY — "."""
NOT_PLACES = frozenset(
    {
        "ANALYSIS",
        "BREAKING",
        "COMMENT",
        "EDITORIAL",
        "EXCLUSIVE",
        "FACTBOX",
        "FEATURE",
        "INTERVIEW",
        "LIVE",
        "NOTE",
        "OPINION",
        "PHOTOS",
        "REVIEW",
        "UPDATE",
        "UPDATED",
        "VIDEO",
        "WATCH",
    }
)
"""All-caps kickers that open a lede like a dateline but name no place ("UPDATE: ...")."""
TRAILING_AGENCY = re.compile(
    r"\((?P<agency>[A-Za-z][\w.&]*(?:/[\w.&]+)+|[A-Za-z][\w.& ]{1,30})\)\s*$"
)
"""An agency credit closing the text: "... Macron.(dpa/NAN)"."""

_CREDIT_WORDS = ("porting by", "riting by", "ritten by", "ported by")


def parse_date(text: str) -> datetime | None:
    """Parse a date the text states in full; None when day, month or year is missing.

    The first full date in ``text`` (see `DATE_TEXT`) is read by `index.text.dates`; a time
    zone, when given, is converted to UTC.
    """
    found = DATE_TEXT.search(text)
    if found is None:
        return None  # relative or partial ("last month", "March 20"): not a date
    return parse_date_text(found.group())


def source_from_credit(credit: str) -> str | None:
    """An outlet from a credit in parentheses: "Reuters", "dpa/NAN", "AP"."""
    credit = credit.strip()
    known = agency_name(credit)
    if known:
        return known
    parts = [p for p in re.split(r"[/,]", credit) if p.strip()]
    if len(parts) > 1 and all(
        agency_name(p) or p.strip().isupper() or p.strip().islower() for p in parts
    ):
        return credit
    return None


def read_byline(line: str) -> tuple[str, str | None] | None:
    """The names and the outlet a byline line gives ("By Jane Doe, CNN"), or None.

    A credit to a newsroom names no one: "By staff, NPR" and "By NPR Staff" give ("", "NPR").

    A line without "By" is a byline only when a known outlet follows the name
    ("Jane Doe, Reuters"); "by Reuters" alone is a source credit, not a byline.
    """
    match = BYLINE.match(line)
    outlet: str | None = None
    if match is None:
        parts = line.split(",", 1)  # "Jane Doe | CNN" may be a headline and its outlet
        if len(parts) != 2 or known_outlet(parts[1]) is None:
            return None
        names = parts[0].strip()
        people = re.split(r"\s+(?:and|AND|&)\s+", names)
        if not all(2 <= len(p.split()) <= 4 for p in people) or not NAMES.fullmatch(names):
            return None
        return names, known_outlet(parts[1])
    rest = match.group("rest").strip()
    pieces = _BYLINE_PARTS.split(rest)
    rest = pieces[0]
    sited = _sited(rest)  # "By John Smith, BBC News, Kyiv" (nu34 #3)
    if sited is not None:
        rest, outlet = sited
    for piece in pieces[1:]:
        piece = piece.strip()
        if _ROLE.search(piece):
            continue  # "Staff Writer"
        if not (is_outlet_name(piece) or _CREDIT_NAME.fullmatch(piece)):
            return None
        outlet = outlet or known_outlet(piece) or piece  # "By Jane Doe | AllSides"
    if not outlet and name_before_job(line):
        return name_before_job(line) or "", None  # "By A B Chief football writer" (fx115)
    named_first = name_before_job(f"By {rest.strip()}")
    if named_first:  # "By Chris Mason Political correspondent | BBC News" (fx127)
        return named_first, outlet
    if role_alone(_without_places(rest)):  # "By Columnist, New York": where, not who (sm24)
        return "", outlet
    head, _, tail = rest.rpartition(",")
    tail = _DESK.sub("", tail)  # "By staff, CNN (Opinion)"
    named = bool(head) and _named_after_role(head, tail.strip())
    if (
        head
        and _ROLE.fullmatch(head.strip())
        and _CREDIT_NAME.fullmatch(tail.strip())
        and not named
    ):
        return "", outlet or known_outlet(tail) or tail.strip()  # "By staff, The Hill"
    if head and (is_outlet_name(tail) or _ROLE.search(tail)):
        if is_outlet_name(tail) and not _ROLE.search(tail):
            outlet = outlet or known_outlet(tail) or tail.strip()
        else:
            outlet = outlet or _staff_of(tail.strip()) or None  # "Jane Doe, CNN staff"
        rest = head
    elif named:
        rest = tail  # "By Staff Writer, Dan McLaughlin": a role, then the name
    rest = _IN_PLACE.sub("", rest).strip(" ,")
    if outlet and not NAMES.fullmatch(rest):  # "By Chris Mason Political correspondent, BBC
        rest = name_before_job(f"By {rest}") or _before_role(rest)  # News": no role (fx127)
    staff = _staff_of(rest)
    if staff is not None:
        return "", outlet or staff or None
    opener = None if outlet else byline_opener(line)  # "By A B, Search Supervisor, gyro"
    if opener:
        return opener, None
    if agency_name(rest) or not NAMES.fullmatch(rest):
        return None
    return rest, outlet


def _before_role(names: str) -> str:
    """The name before a role in small letters ("Chris Mason, Political correspondent" ->
    "Chris Mason"), else ``names`` as given."""
    head, comma, tail = names.rpartition(",")
    if comma and NAMES.fullmatch(head.strip()) and role_alone(tail.strip()):
        return head.strip()
    return names


_PLACE_WORD = re.compile(r"(?:[A-Z][\w.'’-]*|of|de|du|la|el|upon|on)$")


def outlet_and_place(line: str) -> tuple[str, str | None] | None:
    """The outlet and the place of an "Outlet, Place" line ("BBC News, Kyiv", "Reuters, New
    York |", "BBC News, Kyiv | Share"): a known outlet, then one to four capitalised words
    that are no desk ("BBC News, Politics"); or the outlet of a "Role, Outlet" line
    ("Political reporter, BBC News"), with no place; else None. Read under a byline only
    (`index.text.head`: nu34 #3)."""
    site, bar, rest = line.partition(" | ")
    if bar and is_boilerplate_line(rest):  # "BBC News, Kyiv | Share"
        line = site
    first, comma, second = line.rstrip(" |·•–—-").partition(",")
    first, second = first.strip(), second.strip()
    if not comma or len(line) > 80:
        return None
    if _ROLE.search(first) and len(first.split()) <= 4 and not any(c.isdigit() for c in first):
        outlet = outlet_label(second)
        return (outlet, None) if outlet else None
    outlet, words = outlet_label(first), second.split()
    if outlet is None or not 1 <= len(words) <= 4 or not words[0][0].isupper():
        return None
    if not all(_PLACE_WORD.match(word) for word in words) or is_desk_label(second):
        return None
    return outlet, second


def _sited(rest: str) -> tuple[str, str] | None:
    """A byline's names and the outlet of the "Outlet, Place" after them ("John Smith, BBC
    News, Kyiv" -> "John Smith", "BBC News"), else None."""
    for comma in re.finditer(",", rest):
        found = outlet_and_place(rest[comma.end() :])
        if found is not None and found[1] is not None and rest[: comma.start()].strip():
            return rest[: comma.start()].strip(), found[0]
    return None


_NAME_IN_PLACE = re.compile(
    rf"^(?P<name>[A-Z][^\W\d_]{NAME_CHAR}*(?:\s+(?:(?:de|da|van|von|der|al|bin)\s+){{0,2}}"
    rf"[A-Z][^\W\d_]{NAME_CHAR}*){{1,2}})"
    r"(?:\s+in\s+(?P<place>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|del|la|al|el)){0,3}))?$"
)
"""A person's name and where they filed from: "Shaun Walker in Kyiv". A deck's "Taliban
Announces New Government in Afghanistan" has a name of four words: none."""


_OFFICES = words(
    """president prime premier minister chancellor king queen prince princess pope
    secretary general governor mayor senator sen. rep. gov. pres. gen. foreign defence
    defense us u.s. uk un eu nato"""
)
"""First words of an office or a body, not a person's name ("Prime Minister in Kyiv")."""


def name_in_place(line: str) -> str | None:
    """The names of a Guardian-style byline without "By", or None: each a name of two or
    three capitalised words without digits (particles aside: "Tom van der Berg"), the last
    (or each) followed by " in " and a place ("Shaun Walker in Kyiv", "Shaun Walker in Kyiv
    and Andrew Roth in Moscow"). Only for a head line over a date line, under the headline
    (`index.text.head`): "Joe Biden in Warsaw" alone reads the same."""
    if len(line) > 120 or " in " not in line:
        return None
    parts = re.split(r"\s*,\s*|\s+(?:and|&)\s+", line)
    names: list[str] = []
    for position, part in enumerate(parts):
        match = _NAME_IN_PLACE.match(part)
        if match is None or (match.group("place") is None and position == len(parts) - 1):
            return None
        name = match.group("name")
        if agency_name(name) or is_outlet_name(name) or name.split()[0].lower() in _OFFICES:
            return None  # "Prime Minister in Kyiv", "Reuters Staff in London": no byline
        if _ROLE.search(name) or is_place_name(name):
            return None
        names.append(match.group("name"))
    return " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]


def _without_places(names: str) -> str:
    """``names`` without the places after its last comma ("Columnist, Austin, Texas" ->
    "Columnist"): a role's place (sm24); as given when no place ends it."""
    head, comma, tail = names.rpartition(",")
    while comma and head.strip() and is_place_name(tail.strip()):
        names = head.strip()
        head, comma, tail = names.rpartition(",")
    return names


ROLE_KIND = re.compile(
    r"senior|chief|staff|contributing|special|associate|deputy|managing|executive|political"
    r"|foreign|national|freelance|guest|assistant|sports|business|science|health|news|wire"
    r"|investigative|economics|digital|visiting|research|opinion|features?|world|metro|city"
    r"|local|legal|court|tech|technology|culture|arts|travel|food|fashion|media|data|photo",
    re.IGNORECASE,
)
"""A word that says what kind of role follows ("Senior Correspondent"), not a first name."""


def role_alone(head: str) -> bool:
    """True for a person's role and nothing else: "Columnist", "Staff Writer" (not "Staff":
    a newsroom's credit, "By Staff, The Hill"; not "Jane Doe and Reporter"; not "Tom
    Writer", "Mary Fellows": a first name and a surname like a role, rv24 #5)."""
    words = head.split()
    role = next(reversed(list(_ROLE.finditer(head))), None)
    return (
        0 < len(words) <= 4
        and role is not None
        and role.end() == len(head.rstrip())
        and words[-1].lower() != "staff"
        and not re.search(r"\b(?:and|AND)\b|&|,", head)
        and not (
            len(words) == 2
            and role.start() > 0
            and not ROLE_KIND.fullmatch(words[0])
            and not is_place_name(words[0])
        )
    )


def _named_after_role(head: str, tail: str) -> bool:
    """True for a person's role, then a person's name: "Staff Writer, Dan McLaughlin",
    "Reporter, Jane Doe" (not "Staff, NPR": a newsroom; not "Editor, Valley Gazette")."""
    return (
        role_alone(head)
        and NAMES.fullmatch(tail) is not None
        and not (is_outlet_name(tail) or known_outlet(tail))
        and _staff_of(tail) is None  # "Reporter, NPR Staff": a newsroom (rv23)
    )


def _staff_of(names: str) -> str | None:
    """The outlet of a credit to a newsroom rather than to people, "" when it names none
    ("NPR Staff" -> "NPR", "Staff Writer" -> ""); None when ``names`` names people."""
    found = _STAFF_END.search(names)
    if found is None:
        return None
    bare = names[: found.start()]
    if not bare:
        return ""
    if known_outlet(bare) or is_outlet_name(bare):
        return known_outlet(bare) or bare
    # "By Politico staff": a newsroom; "By Jane Staff" may be a person's name
    newsroom = found.group().strip().islower()
    return bare if newsroom and _CREDIT_NAME.fullmatch(bare) else None


def byline_from_credits(text: str) -> str | None:
    """Names from a "Reporting by ..." credit, when the article has no "By" line."""
    if not any(word in text for word in _CREDIT_WORDS):
        return None  # most texts have no credit: skip the regex scan
    match = REPORTING_BY.search(text)
    if not match:
        return None
    name = re.split(r"\s+in\s+[A-Z]", match.group("name"))[0]
    return name.strip(" ,.") or None
