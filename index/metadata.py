"""Find metadata in article text: dates, bylines, datelines, outlets, headline lines."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

AGENCIES = {
    name.lower(): name
    for name in (
        "Reuters",
        "Associated Press",
        "AP",
        "AFP",
        "Agence France-Presse",
        "dpa",
        "DPA",
        "Bloomberg",
        "TASS",
        "Xinhua",
        "PA",
        "ANSA",
        "EFE",
        "UPI",
        "Kyodo",
        "Yonhap",
        "Interfax",
        "RIA Novosti",
        "Ukrinform",
        "BBC",
        "CNN",
        "Al Jazeera",
        "NAN",
        "IANS",
        "PTI",
        "AAP",
        "CP",
        "NTB",
        "TT",
        "Anadolu",
        "Sputnik",
        "WAFA",
        "APA",
        "DW",
        "Deutsche Welle",
        "RFE/RL",
        "KCNA",
        "Kyiv Independent",
    )
}
"""News agencies, by their lower-case name, for telling "by Reuters" from "By Jane Doe"."""

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
    + r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    + _TIME
    + r")",
    re.IGNORECASE,
)
"""A full date (day, month and year) with an optional weekday and time."""
DATE_LINE = re.compile(
    r"^(?:(?:Published|Updated|Posted|Last updated|Date)\s*(?:on|at)?\s*:?\s*)?"
    + DATE_TEXT.pattern
    + r"\s*$",
    re.IGNORECASE,
)
"""A line that is only a date (perhaps "Published: ...")."""
HEADLINE_DATE = re.compile(
    r"^(?P<title>.{8,}?)\s+[–—-]\s+(?P<date>" + DATE_TEXT.pattern + r")\s*$", re.IGNORECASE
)
"""A headline with a date after a dash: "Russia opposes ... – 01/23/2025 at 5:53 p.m."."""

BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'’-]+(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]+){0,8})\s*$")
"""A byline line: "By Daniel Bases", "By Jane Doe and John Roe"."""
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

_DATE_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    "DATE_ORDER": "MDY",
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_CREDIT_WORDS = ("porting by", "riting by", "ritten by", "ported by")
_MERIDIEM = re.compile(r"\b([ap])\.m\.?", re.IGNORECASE)


def parse_date(text: str) -> datetime | None:
    """Parse a date the text states in full; None when day, month or year is missing.

    Uses dateparser (imported on first use: it is slow to import), which reads the many
    forms web pages write dates in; a time zone, when given, is converted to UTC.
    """
    found = DATE_TEXT.search(text)
    if found is None:
        return None  # relative or partial ("last month", "March 20"): not a date
    candidate = _MERIDIEM.sub(r"\1m", found.group().strip(" ,"))
    iso = candidate.replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        import dateparser

        parsed_or_none = dateparser.parse(candidate, languages=["en"], settings=_DATE_SETTINGS)
        if parsed_or_none is None:
            return None
        parsed = parsed_or_none
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def agency_name(name: str) -> str | None:
    """The canonical name of a news agency, or None if ``name`` is not one."""
    return AGENCIES.get(name.strip().lower())


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


def byline_from_credits(text: str) -> str | None:
    """Names from a "Reporting by ..." credit, when the article has no "By" line."""
    if not any(word in text for word in _CREDIT_WORDS):
        return None  # most texts have no credit: skip the regex scan
    match = REPORTING_BY.search(text)
    if not match:
        return None
    name = re.split(r"\s+in\s+[A-Z]", match.group("name"))[0]
    return name.strip(" ,.") or None
