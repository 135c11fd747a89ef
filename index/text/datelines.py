"""A dateline opening the lede: "MEXICO CITY — ", "LONDON, March 3 (Reuters) - ", and the US
and Canadian form with a state or province after the city ("RIVERTON, Calif. — ",
"Riverton, Calif. (AP) — ", "SACRAMENTO, California (Reuters) - ": nu28 #5); and either
with a day written in full, its year given ("WASHINGTON, Oct. 19, 2021 (AP) — ", "LONDON,
19 October 2021 - ", "PARIS, 2021-10-19 — ", a weekday before any: nu32 #10), which dates
the article. A wire's forms besides (nu48 #10): a month in capitals or small letters, a
capitalised city, a country between city and day ("BADEN, Switzerland, March 2 - "); and
an earnings table's first row, no prose, still gives its dateline (`dateline_line`). An
agency's form (nu49 #6): "MOSCOW, February 7, /TASS/.", "ALEPPO /Syria/, February 17.
/TASS/.", "TAIPEI, Taiwan, Feb. 7, 2017 /PRNewswire/." (`AGENCY_DATELINE`).

The US form is read here, not by `metadata.DATELINE`, which the quotes' name matching reads
too (`index.analysis.namematch`): the articles' rules change, the quotes' do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from index.text.dates import parse_date_text
from index.text.metadata import _MONTHS, _WEEKDAY, DATELINE, NOT_PLACES

_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

_STATES = """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md.
    Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa.
    R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C. Alabama Alaska Arizona
    Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York
    North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina
    South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin
    Wyoming Ontario Quebec Alberta Manitoba Saskatchewan British_Columbia Nova_Scotia
    New_Brunswick Newfoundland Ont. Que. Alta. Man. Sask. B.C. N.S."""
"""The states and provinces a US or Canadian dateline names after its city, in AP's short
form ("Calif.", "N.J.") or in full ("California", Reuters' style)."""
_STATE_NAMES = sorted(
    {s.replace("_", " ") for s in _STATES.split()}
    | {s.replace("_", " ").upper() for s in _STATES.split()},
    key=len,
    reverse=True,
)
_STATE = "(?:" + "|".join(re.escape(s) for s in _STATE_NAMES) + ")"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,4}"
_TITLED_PLACE = r"[A-Z][a-z.'’-]+(?:[ -](?:[A-Z][a-z.'’-]+|de|del|la|le)){0,3}"
"""A city in capitals ("RIVERTON") or capitalised ("Riverton", "St. Louis"): capitalised
only before a state, which proves the dateline ("Riverton, Calif. — ")."""
US_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLED_PLACE}),\s*(?P<state>{_STATE})"
    r"(?:,\s*(?P<day>" + _MONTHS + r"\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w/ .&-]{1,30})\)\s*[-–—]+\s+|\s*[-–—]+\s+)"
)
"""A US or Canadian dateline: a city, a comma, a state; a day, an agency; then a dash."""
_FULL_DAY = (
    r"(?P<weekday>" + _WEEKDAY + r")(?P<date>" + _MONTHS + r"\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\s+" + _MONTHS + r"(?:,?\s+\d{4})?|\d{4}-\d{1,2}-\d{1,2})"
)
"""A dateline's day in the forms DATELINE does not take: "Oct. 19, 2021", "19 October 2021",
"19 Oct.", "2021-10-19", and "Tuesday, Oct. 19" (a weekday before any of them)."""
DAY_DATELINE = re.compile(
    rf"^(?:(?P<place>{_CAPS_PLACE})(?:,\s*(?P<state>{_STATE}))?"
    rf"|(?P<titled>{_TITLED_PLACE}),\s*(?P<tstate>{_STATE})),\s*{_FULL_DAY}"
    r"(?:\s*\((?P<agency>[A-Za-z][\w/ .&-]{1,30})\)\s*[-–—]+\s+|\s*(?:[-–—]+|:)\s+)"
)
"""A dateline (either form above) with a day DATELINE and US_DATELINE do not read."""
_REGION = r"(?:the\s+)?[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*){0,2}"
"""What a wire writes between a city and the day: a state ("N.J.", "Penn.", "W. Va.",
"CALIF"), a country or province ("Switzerland", "West Germany", "British Columbia", "the
Netherlands", "TRINIDAD")."""
WIRE_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|(?!{_WEEKDAY_NAME}\b){_TITLED_PLACE})\s*,\s*"
    rf"(?:(?!{_WEEKDAY_NAME}\b)(?P<region>{_REGION}),?\s+)?(?P<day>(?i:{_MONTHS})\s+\d{{1,2}}),?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w/ .&-]{1,30})\)\s*[-–—]+\s+|\s*[-–—]+\s+)"
)
"""A wire's dateline the forms above miss, its day proving it (nu48 #10): a month in
capitals or in small letters ("NEW YORK, MARCH 2 - ", "Bogota, march 4 - "), a capitalised
city ("Toronto, Feb 26 - "), a country or province between city and day ("BADEN,
Switzerland, March 2 - ")."""

_AGENCY_DAY = (
    r"(?P<day>" + _MONTHS + r"\s+\d{1,2}(?:,\s*(?P<year>\d{4}))?"
    r"|\d{1,2}\s+" + _MONTHS + r"(?:,?\s+(?P<dmy>\d{4}))?)"
)
AGENCY_DATELINE = re.compile(
    rf"^(?P<place>(?:St\.?[ ])?{_CAPS_PLACE})"
    r"(?P<region>\s*/[A-Z][\w .'’-]{1,30}/|\s*\([A-Z][\w .'’-]{1,30}\)"
    rf"|,\s*(?!{_MONTHS}\s+\d)(?:{_STATE}|{_REGION}))?"
    rf"\s*[,.]\s*{_AGENCY_DAY}\s*[.,]?\s*/(?P<agency>[A-Za-z][\w .&-]{{1,30}})/\s*"
)
"""An agency's dateline, its credit between slashes (nu49 #6): a place in capitals, a
country or state ("/Syria/", "(India)", ", Taiwan", ", Mass."), a day with or without its
year, the agency: "MOSCOW, February 7, /TASS/.", "ALEPPO /Syria/, February 17. /TASS/.",
"TAIPEI, Taiwan, Feb. 7, 2017 /PRNewswire/.". The agency is a credit: an outlet only when
the credit table knows it (TASS), as for "(Reuters)"; a distributor of press releases is
not the outlet that printed the text."""

_NO_PLACE_WORDS = NOT_PLACES | frozenset(["TODAY", "TONIGHT", "YESTERDAY", "TOMORROW", "DEAR"])
"""First words of a `WIRE_DATELINE`'s place that name no place (rv52: "Today, March 2 - ",
"Update, March 2 - ", "Dear Editor, March 2 - " open a diary, a live page, a letter)."""


@dataclass(frozen=True)
class Dateline:
    """A dateline's parts: the place (with its state), the day, an agency credit."""

    place: str
    day: str | None
    agency: str | None
    end: int
    """Where the dateline ends in the paragraph (after the dash)."""
    has_state: bool
    date: datetime | None = None
    """The day the dateline gives, when it is written in full (with its year)."""


def read_dateline(para: str) -> Dateline | None:
    """The dateline opening ``para``, or None.

    A capital with an accent counts as a capital, a small letter with one as a small letter
    ("BOGOTÁ (Reuters) -", "SÃO PAULO —", "Bogotá" before a state: nu35 #5): the patterns
    are matched against the paragraph with its other letters written as plain "A" and "a"
    (one character for one, so every part is read from ``para`` where it matched). The
    quotes' own reading of a dateline (`metadata.DATELINE`) is left as it was.
    """
    plain = para if para.isascii() else _plain_letters(para)
    match = AGENCY_DATELINE.match(plain)
    if match and match.group("place").split()[0].upper() not in _NO_PLACE_WORDS:  # rv53
        part = _parts(para, match)
        has_region = match.start("region") >= 0
        place = para[: match.end("region" if has_region else "place")]
        year = part("year") or part("dmy")
        day = part("day") or ""
        if day.endswith(".") and len(day.split()[-1]) > 5:
            day = day[:-1]  # "7 February. /TASS/": the full stop is the dateline's
        return Dateline(
            place,
            day,
            part("agency"),
            match.end(),
            has_region,
            _day(day) if year else None,
        )
    match = DATELINE.match(plain)
    if match:
        part = _parts(para, match)
        agency = part("agency") or part("slashed")
        return Dateline(part("place") or "", part("day"), agency, match.end(), False)
    match = US_DATELINE.match(plain)
    if match:
        part = _parts(para, match)
        place = f"{part('place')}, {part('state')}"
        return Dateline(place, part("day"), part("agency"), match.end(), True)
    match = DAY_DATELINE.match(plain)
    if match:
        part = _parts(para, match)
        city = part("place") or part("titled") or ""
        state = part("state") or part("tstate")
        date = part("date") or ""
        day = ((part("weekday") or "") + date).strip()
        return Dateline(
            f"{city}, {state}" if state else city,
            day,
            part("agency"),
            match.end(),
            bool(state),
            _day(date),
        )
    match = WIRE_DATELINE.match(plain)
    if match and match.group("place").split()[0].upper() not in _NO_PLACE_WORDS:
        part = _parts(para, match)
        region = part("region")
        place = f"{part('place')}, {region}" if region else part("place") or ""
        return Dateline(place, part("day"), part("agency"), match.end(), bool(region))
    return None


def dateline_line(lines: Sequence[str], opening: int | None, lede: int | None) -> int | None:
    """The line whose dateline is the article's: the lede, or the text's ``opening`` line
    above it when that is no prose but opens with a dateline giving a day or a state (an
    earnings table's first row, "MORRISTOWN, N.J., March 2 - Oper shr 17 cts", over the
    prose: nu48 #10); the opening line when there is no lede."""
    if lede is None:
        return opening
    if opening is not None and opening < lede:
        dateline = read_dateline(lines[opening])
        if dateline and (dateline.day or dateline.has_state):
            return opening
    return lede


def _plain_letters(text: str) -> str:
    """``text`` with each letter beyond ASCII written "A" (a capital) or "a" (a small one),
    character for character."""
    return "".join(
        c if c.isascii() else "A" if c.isupper() else "a" if c.islower() else c for c in text
    )


def _parts(para: str, match: re.Match[str]) -> Callable[[str], str | None]:
    """A match's groups as ``para`` writes them (the match was made on its plain letters)."""

    def part(name: str) -> str | None:
        start, end = match.span(name)
        return None if start < 0 else para[start:end]

    return part


def _day(text: str) -> datetime | None:
    """The day a dateline writes: an ISO day strictly (month second: "2021-13-01" is none,
    not 13 January: rv31), any other shape as the date parser reads it."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return datetime.strptime(text.strip(), "%Y-%m-%d")
        except ValueError:
            return None
    return parse_date_text(text)


def same_day(updated: object, day: datetime) -> bool:
    """Whether a head's "Updated" line gives a dateline's day: its time then dates the text
    ("Updated 2222 GMT (0622 HKT) February 7, 2017" over "TAIPEI, Taiwan, Feb. 7, 2017
    /PRNewswire/.", the messy set's seed 6), where the dateline's day alone says midnight."""
    return isinstance(updated, datetime) and updated.date() == day.date()
