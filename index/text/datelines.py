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
from dataclasses import dataclass, replace
from datetime import datetime

from index.text.dateline_case import shown_dateline
from index.text.dates import parse_date_text
from index.text.metadata import _MONTHS, _WEEKDAY, DATELINE, NOT_PLACES
from index.text.places import words

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
PAREN_DATELINE = re.compile(
    rf"^(?:(?P<place>{_CAPS_PLACE})(?:,\s*(?P<state>{_STATE}))?"
    rf"|(?P<titled>{_TITLED_PLACE}),\s*(?P<tstate>{_STATE}))"
    rf"\s*\((?=[^()]*\d{{4}}[^()]*\)){_FULL_DAY}\s*\)\s*(?:[-–—]+|:)\s+"
)
"""A dateline whose day, with its year, is in brackets where an agency's credit stands (nu55
#6, fx133): "WASHINGTON (March 3, 2017) - ", "Riverton, Calif. (Tuesday, 3 March 2017) — "."""
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

_YEAR_DAY = (
    rf"(?P<date>{_WEEKDAY}(?:(?i:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?i:{_MONTHS}),?\s+\d{{4}}))"
)
_CREDIT = r"\((?P<{}>[A-Za-z][\w/ .&-]{{1,30}})\)"
YEAR_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|(?!{_WEEKDAY_NAME}\b){_TITLED_PLACE})"
    rf"(?:\s*,\s*(?!(?i:{_MONTHS})\s+\d|{_WEEKDAY_NAME}\b)(?P<region>{_STATE}|{_REGION}))?"
    rf"(?:\s*{_CREDIT.format('before')}\s*,?\s*|\s*,\s*){_YEAR_DAY}"
    rf"(?:\s*{_CREDIT.format('agency')}\s*(?:[-–—]+\s+|(?=[A-Z\"“]))|\s*[-–—]+\s+)"
)
"""A wire's dateline with its year that a desk pastes (nu79 #5), the forms above missing a
capitalised city with no state, a country, or the credit before the day: "Vienna, March 20,
1987 - ", "VIENNA, Austria, 20 March 1987 -- ", "Vienna (Reuters), Mar. 20, 1987 – ",
"Vienna, March 20, 1987 (Reuters) ". The year proves it; the dateline dates the text."""

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

_LOOSE_PLACE = r"[A-Za-z][A-Za-z.'’-]*(?:[ /][A-Za-z][A-Za-z.'’-]*){0,3}"
_LOOSE_REGION = r"[A-Z][A-Za-z.]*(?:[ -][A-Za-z][A-Za-z.]*){0,2}"
LOOSE_DATELINE = re.compile(
    rf"^(?:(?P<place>{_LOOSE_PLACE})\s*,\s*(?P<region>{_LOOSE_REGION}(?:,\s*{_LOOSE_REGION})?"
    rf",?\s+)?|(?P<caps>{_CAPS_PLACE})\s+(?=[A-Z][a-z]))"
    r"(?P<day>(?P<month>[A-Za-z]{3,9})\.?\s+\d{1,2})(?![\d/])"
    r"(?:\s*,\s*(?P<reuter>Reuter))?\s*[-–—]+\s+"
)
"""The last forms of a 1987 wire's dateline (fx115): a place in small letters ("omaha, april
7 - ", "Mexico city, march 18 - "), a month mistyped ("NEW YORK, Narch 2 - "), the credit
after the day ("ROME, March 13, Reuter - "), no comma after a place in capitals
("JOHANNESBURG March 13 - "), two regions ("GEORGETOWN, Grand Cayman, British West Indies,
March 25 - "). The month must be one, or one letter off one (`_near_month`)."""
_NOT_LOOSE_WORDS = words(
    """a an the on in at by of to for from since until till before after as last this next
    early late and or but it we i he she they you our my his her their"""
)
"""Small words no place holds: "In the end, march 2 - " and "On Monday, March 2 - " open prose."""
_MONTH_NAMES = words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_LONG_MONTHS = sorted(name for name in _MONTH_NAMES if len(name) > 3)
"""The months a typo is told from: "may" is left out, as "Mary" is one letter off it."""


def _near_month(word: str) -> bool:
    """A month's name or short name, or one typed a letter off ("Narch", "Marc", "Juen",
    "Apri", "Marchg", "Macrh": the wire's typos, fx115); "Mary" is none (a name)."""
    word = word.lower()
    if word in _MONTH_NAMES:
        return True
    if len(word) < 4:
        return False
    return any(_one_off(word, month) for month in _LONG_MONTHS)


def _one_off(word: str, month: str) -> bool:
    """Whether ``word`` is ``month`` with one letter changed, added, dropped or two swapped,
    keeping the first two letters or the last three (so "mary" is not "may")."""
    if abs(len(word) - len(month)) > 1 or word == month:
        return False
    if word[:2] != month[:2] and word[-3:] != month[-3:]:
        return False
    if len(word) == len(month):
        diff = [k for k in range(len(word)) if word[k] != month[k]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == month[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == month[diff[0]])
    short, long = sorted((word, month), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _loose(plain: str) -> re.Match[str] | None:
    """`LOOSE_DATELINE`'s match when its place is one and its month a month: a mistyped one
    only after a place in capitals, and a place not in capitals only before a sentence that
    opens on no small letter or is in small letters ("omaha, april 7 - barrow prices rose";
    not "Episode notes, March 3 - we talk to Ann Lee ...")."""
    match = LOOSE_DATELINE.match(plain)
    if match is None or not _near_month(match.group("month")):
        return None
    written = match.group("place") or match.group("caps")
    if not written.isupper():
        if match.group("month").lower() not in _MONTH_NAMES:
            return None
        sentence = plain[match.end() :].split(". ")[0]
        if sentence[:1].islower() and sentence != sentence.lower():
            return None
    place = written.lower().replace("/", " ").split()
    region = (match.group("region") or "").lower().replace(",", " ").split()
    if not _place_words(place + region) or _near_month(place[0]):
        return None  # (nor "Riverton, Tuesday, March 2 - ": a weekday is no region)
    return match


def _place_words(words: Sequence[str], small: bool = True) -> bool:
    """Whether a dateline's place (its words, small letters) may be one: no kicker ("Today",
    "Update"), no weekday, no small word of prose opening it ("On Monday, March 2 - ": fx115),
    nor anywhere in it when it is ``small`` (written in small letters: "in the end, march 2 -
    "); in capitals, "PORT OF SPAIN" and "THE WOODLANDS" are places."""
    inside = words if small else words[:1]
    return not (
        words[0].upper() in _NO_PLACE_WORDS
        or any(w in _NOT_LOOSE_WORDS and (small or w != "the") for w in inside)
        or any(re.fullmatch(_WEEKDAY_NAME, w.capitalize()) for w in words)
    )


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

    def shown(self, lines: Sequence[str], body: Sequence[int]) -> str:
        """The dateline as a fact shows it: its place as the ``body`` lines write it
        ("MEXICO CITY, March 2" -> "Mexico City, March 2", `dateline_case`)."""
        return shown_dateline(self.place, self.day, lines, body)


def read_dateline(para: str) -> Dateline | None:
    """The dateline opening ``para``, or None.

    A capital with an accent counts as a capital, a small letter with one as a small letter
    ("BOGOTÁ (Reuters) -", "SÃO PAULO —", "Bogotá" before a state: nu35 #5): the patterns
    are matched against the paragraph with its other letters written as plain "A" and "a"
    (one character for one, so every part is read from ``para`` where it matched). The
    quotes' own reading of a dateline (`metadata.DATELINE`) is left as it was.
    """
    stars = len(para) - len(para.lstrip("*"))
    if stars:  # "****WASHINGTON, March 18 - ": a wire's mark before the dateline (fx115)
        found = read_dateline(para[stars:])
        return replace(found, end=found.end + stars) if found else None
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
    if match and match.group("slashed") and not match.group("day"):
        after = plain[match.end() :].lstrip()
        if after[:1] == "," or after[:1].islower():
            match = None  # "PARIS /France/, a long way ...": a place glossed in prose (fx115)
    if match:
        part = _parts(para, match)
        agency = part("agency") or part("slashed")
        return Dateline(part("place") or "", part("day"), agency, match.end(), False)
    match = PAREN_DATELINE.match(plain)
    if match and (match.group("place") or "x").split()[0] not in _NO_PLACE_WORDS:
        part = _parts(para, match)
        city = part("place") or part("titled") or ""
        state = part("state") or part("tstate")
        date = part("date") or ""
        day = ((part("weekday") or "") + date).strip()
        place = f"{city}, {state}" if state else city
        return Dateline(place, day, None, match.end(), bool(state), _day(date))
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
    if match and _place_words(match.group("place").lower().split(), small=False):
        part = _parts(para, match)
        region = part("region")
        place = f"{part('place')}, {region}" if region else part("place") or ""
        return Dateline(place, part("day"), part("agency"), match.end(), bool(region))
    match = year_dateline(plain)
    if match:
        part = _parts(para, match)
        region, day = part("region"), part("date") or ""
        place = f"{part('place')}, {region}" if region else part("place") or ""
        agency = part("agency") or part("before")
        return Dateline(place, day, agency, match.end(), bool(region), _day(day))
    loose = _loose(plain)
    if loose:
        part = _parts(para, loose)
        region = (part("region") or "").strip().rstrip(",")
        city = part("place") or part("caps") or ""
        place = f"{city}, {region}" if region else city
        agency = "Reuters" if part("reuter") else None  # the agency's name in 1987
        return Dateline(place, part("day"), agency, loose.end(), bool(region))
    return None


def year_dateline(text: str) -> re.Match[str] | None:
    """`YEAR_DATELINE` opening ``text`` (read on its plain letters: "Bogotá"), when its place
    is one (`_year_place`); the quotes drop its words before a speaker is read (qp53)."""
    plain = text if text.isascii() else _plain_letters(text)
    match = YEAR_DATELINE.match(plain)
    return match if match and _year_place(match, plain) else None


def _year_place(match: re.Match[str], plain: str) -> bool:
    """Whether `YEAR_DATELINE`'s place is one (`_place_words`: "Today, March 20, 1987 - ",
    "In Vienna, ..." are none); a capitalised one only before a sentence that opens on no
    small letter ("Notes, March 20, 1987 - we talk ..." is prose)."""
    place = match.group("place")
    if not _place_words(place.lower().split(), small=False):
        return False
    return place.isupper() or not plain[match.end() :][:1].islower()


def dateline_line(lines: Sequence[str], body: Sequence[int], lede: int | None) -> int | None:
    """The line whose dateline is the article's: the lede, or the text's opening line (the
    first of the ``body`` lines) above it when that is no prose but opens with a dateline
    giving a day or a state (an earnings table's first row, "MORRISTOWN, N.J., March 2 - Oper
    shr 17 cts", over the prose: nu48 #10); the opening line when there is no lede."""
    opening = body[0] if body else None
    if lede is None:
        return opening
    if opening is not None and opening < lede:
        dateline = read_dateline(lines[opening])
        if dateline and (dateline.day or dateline.has_state):
            return opening
    return lede


def opening_dateline(lines: Sequence[str], body: Sequence[int], k: int) -> Dateline | None:
    """The dateline opening line ``k`` when it opens the text: no ``body`` line above it is
    running text (a sentence). "Paris, March 2 - the band played ..." after the story's first
    sentences is the wire's form in prose (fx115). A firm dateline is read under a sentence
    all the same (a standfirst, a photo's caption: rv54): one crediting an agency
    ("WASHINGTON (Reuters) - "), or a place in capitals or with its state before a capital
    ("NEW YORK, March 2 - The ...", "Riverton, Calif. - The ...")."""
    found = read_dateline(lines[k])
    if found is None or not any(j < k and _SENTENCE_END.search(lines[j]) for j in body):
        return found
    after = lines[k][found.end :].lstrip()
    placed = found.place.split(",")[0].isupper() or found.has_state
    firm = placed and after[:1].isupper()
    return found if found.agency or firm else None


_SENTENCE_END = re.compile(r"\w[\w)]*\s+\w+[.!?…][\"'’”)]*$")
"""A line ending a sentence of two words or more: running text, no head line or label."""


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
