"""A dateline opening the lede: "MEXICO CITY — ", "LONDON, March 3 (Reuters) - ", and the US
and Canadian form with a state or province after the city ("RIVERTON, Calif. — ",
"Riverton, Calif. (AP) — ", "SACRAMENTO, California (Reuters) - ": nu28 #5).

The US form is read here, not by `metadata.DATELINE`, which the quotes' name matching reads
too (`index.analysis.namematch`): the articles' rules change, the quotes' do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text.metadata import _MONTHS, DATELINE

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


@dataclass(frozen=True)
class Dateline:
    """A dateline's parts: the place (with its state), the day, an agency credit."""

    place: str
    day: str | None
    agency: str | None
    end: int
    """Where the dateline ends in the paragraph (after the dash)."""
    has_state: bool


def read_dateline(para: str) -> Dateline | None:
    """The dateline opening ``para``, or None."""
    match = DATELINE.match(para)
    if match:
        agency = match.group("agency") or match.group("slashed")
        return Dateline(match.group("place"), match.group("day"), agency, match.end(), False)
    match = US_DATELINE.match(para)
    if match:
        place = f"{match.group('place')}, {match.group('state')}"
        return Dateline(place, match.group("day"), match.group("agency"), match.end(), True)
    return None
