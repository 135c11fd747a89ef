"""Numbers in article text read as values: "$1.5 billion" = "1.5bn dollars", "40%" = "40 percent".

A mention keeps its surface text, its value, its unit (a currency code, "%", "th" for an
ordinal, "" for a plain count or a year) and how many significant digits it was written
with, so that "1.5 million" can stand for "1,523,000" while "2 million" does not stand for
"1.6 million". Clock times, days of the month and digits inside names ("F-16", "G20") are
not counted; a numeral after a month followed by a noun counting people ("Since May 12 people
died") is a count, no day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12,
    "trn": 1e12,
}  # fmt: skip
NUMBER_WORDS = frozenset(
    {*_UNITS, *_TENS, *(f"{t}-{u}" for t in _TENS for u in list(_UNITS)[:9])}
    | {"hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens"}
    | {"hundreds", "thousands", "millions", "billions", "zero", "none"}
)
"""Cardinal numbers in words, lower case ("seven", "twenty-one", "dozens"): no name starts
with one unless a text capitalises it inside a sentence ("Four Seasons": cp45)."""
_SYMBOLS = {
    "$": "USD", "us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "r$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
    "eur": "EUR", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR", "won": "KRW",
    "ringgit": "MYR",
}  # fmt: skip
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(list(_UNITS)[:9])}))?|{'|'.join(_UNITS)}|a)"
)
_NUMBER = re.compile(
    rf"""
    (?<![\w$£€¥₹₽.,:/])(?<![A-Za-z]-)
    (?P<cur>us\$|a\$|c\$|hk\$|nz\$|r\$|[$£€¥₹₽])?[ \t]?
    (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORD_NUMBER}\b)
    (?:(?P<ord>st|nd|rd|th)\b
      |[ \t]?(?P<scale>hundred|thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn)\b
      |(?P<short>[kmb])\b)?
    (?:(?:[ \t]|-(?=per))?(?P<unit>%|per[ \t-]?cent\b|percent\b|percentage[ \t-]points?\b
      |(?:us[ \t])?(?:{"|".join(_CURRENCY_WORDS)})\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MEASURE = re.compile(
    r"(?:ft|km|kms|cm|mm|kg|kgs|lb|lbs|mph|kph|kmh|mw|kw|gw|kwh|mwh|gwh|yd|yds|mi|sq)\b",
    re.IGNORECASE,
)
"""A unit of measure written against its number ("30ft", "5km", "10kg"): the number counts,
as a plain one ("30ft" is the 30 of "30 feet"). "5m" (metres or millions) counts as both
(:func:`metres_or_million`)."""
_UNIT_WORDS = (
    r"(?:kilo|centi|milli)?(?:metre|meter)s?|feet|foot|inch(?:es)?|yards?|miles?"
    r"|(?:kilo)?grams?|kilos?|tonnes?|tons?|litres?|liters?|gallons?|acres?|hectares?"
)
_HYPHEN_UNIT = re.compile(rf"-(?:{_UNIT_WORDS})\b", re.IGNORECASE)
"""A unit of measure spelled out after a hyphen ("a 230-metre wall", "a 30-foot wave"): the
number counts as a plain one, as "230 metres" and "230m" do (cp40, nu49 #1). Units of
measure are no part of a number's value: "230 metres", "230 meters", "230m" and "230 m"
are all the plain 230, the units being dropped alike (a "230 feet" elsewhere gives it too)."""
_METRES_AFTER = re.compile(
    r"-(?:high|long|wide|deep|tall)\b|[ \t]+(?:high|long|tall|deep|wide|away|from|above|below"
    r"|of[ \t]+(?:water|rain|snow)|sprint|race|hurdles|freestyle)\b",
    re.IGNORECASE,
)
"""The words after a bare "Nm" that make it metres: "a 5m-high wall", "5m deep", "5m from the
shore", "5m of water", "the 100m sprint" (cp41)."""
_MILLION_AFTER = re.compile(
    r"[ \t]+(?:(?:more|new|extra|additional|fewer|other)[ \t]+)?"
    r"(?:people|persons|users|voters|votes|jobs|barrels|tonnes|tons|litres|gallons|acres"
    r"|hectares|shares|homes|households|customers|subscribers|viewers|visitors|tourists"
    r"|passengers|residents|children|adults|workers|employees|students|patients|refugees"
    r"|migrants|members|followers|downloads|copies|units|vehicles|cars|doses|cases|years"
    r"|animals|trees|tickets|views|accounts|devices|signatures|dollars|pounds|euros)\b",
    re.IGNORECASE,
)
"""The words after a bare "Nm" that make it millions: a counted plural noun that is no unit
of length ("5m people", "2m more barrels", "3m tonnes"). Otherwise "5m" stays both (cp41)."""
_CLOCK = re.compile(r"[ \t]?(?::\d\d|[ap]\.?m\b\.?|gmt\b|utc\b|hrs?\b)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?[ \t\xa0]+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(
    r"[ \t]+(?:people|persons|men|women|children|adults|residents|civilians|soldiers|troops"
    r"|officers|workers|students|patients|migrants|refugees|deaths)\b"
)
"""A noun counting people after a numeral: "May 12 people" counts 12 people, no day. Only
in lower case, as a sentence's words are: "May 12 Soldiers' Day" stays a date."""
_SLASHED = re.compile(r"/\d")
"""A digit after a slash: "9/11", "24/7", "3/4" are dates, names or fractions, no count."""
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTHS})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as one article writes it.

    Attributes:
        start: Offset of the mention.
        end: Offset just past it; ``text[start:end] == self.text``.
        text: The mention as written ("$1.5 billion", "forty percent", "21st").
        value: Its value (1.5e9, 40.0, 21.0).
        unit: A currency code ("USD"), "%" for a percentage, "th" for an ordinal, or "".
        digits: Significant digits written (2 for "1.5 billion", 1 for "200,000").
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    digits: int
    either: bool = False
    """True for a bare "Nm" that may be N metres or N million (:func:`metres_or_million`)."""

    @property
    def key(self) -> tuple[float, str]:
        """The value and unit, rounded so that equal values written apart compare equal."""
        return (float(f"{self.value:.9g}"), self.unit)


def find_numbers(text: str) -> tuple[NumberMention, ...]:
    """The numbers of ``text`` with their values, in order.

    Counts ("1,500", "three", "1.5 thousand"), money ("$1.5 billion", "1.5bn dollars",
    "€300m"), percentages ("40%", "40 per cent"), numeric ordinals ("21st") and years.
    The word "one" (and "a") count only with a scale ("one million", "a billion"); clock
    times, days of the month and digits inside names are left out.

    Args:
        text: Any text.

    Returns:
        The mentions in document order.
    """
    found: list[NumberMention] = []
    for m in _NUMBER.finditer(text):
        mention = _read(text, m)
        if mention is not None:
            found.append(mention)
    return tuple(found)


def _read(text: str, m: re.Match[str]) -> NumberMention | None:
    num = m.group("num").lower()
    cur, scale, short, unit_word, ordinal = (
        m.group("cur"),
        m.group("scale"),
        m.group("short"),
        m.group("unit"),
        m.group("ord"),
    )
    if num[0].isdigit():
        value, digits = float(num.replace(",", "")), _significant(num)
    else:
        if num in ("one", "a") and not scale:
            return None
        value = _word_value(num)
        digits = _significant(str(int(value)))
        if ordinal:
            return None
    glued_m = either = False
    if short and not (cur or unit_word):
        if short.lower() != "m":
            return None  # "10k" alone may be kilometres or thousands: no number
        if not _MILLION_AFTER.match(text, m.end()):  # "5m people" is 5 million
            # "230m": 230 metres or 230 million, read as 230, given as both unless the next
            # word tells ("230m-high", "100m sprint": metres only)
            either = not _METRES_AFTER.match(text, m.end())
            short, glued_m = None, True
    end = m.end()
    if not scale and not short and not unit_word and not cur and not ordinal:
        if _CLOCK.match(text, end) or _SLASHED.match(text, end):
            return None
        if _after_a_month(text, m.start(), end):
            return None  # a day, or a date's year: given (``numbers_given``), not listed
        if _MONTH_AFTER.match(text, end) and value <= 31:
            return None
        measure = _MEASURE.match(text, end) or _HYPHEN_UNIT.match(text, end)
        if measure:  # "30ft" is the 30 of "30 feet" and of a bare "30" (cl24 #6)
            end = measure.end()
        elif end < len(text) and (
            text[end].isalpha() or (text[end] == "-" and _letter_after(text, end) and not glued_m)
        ):  # "230m-high" is the 230 of "230 metres", as "230km-long" is (rv53)
            return None
    elif ordinal and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if scale or short:
        value *= _SCALES[(scale or short).lower()]
    unit = ""
    if cur:
        unit = _SYMBOLS[cur.lower()]
    elif unit_word:
        word = unit_word.lower().replace("-", " ").split()[-1]
        unit = "%" if word in ("%", "percent", "cent", "point", "points") else _CURRENCY_WORDS[word]
    elif ordinal:
        unit = "th"
    start = m.start() if cur or not m.group().startswith((" ", "\t")) else m.start("num")
    surface = text[start:end].rstrip()
    return NumberMention(start, start + len(surface), surface, value, unit, digits, either)


def _letter_after(text: str, at: int) -> bool:
    return at + 1 < len(text) and text[at + 1].isalpha()


def _significant(num: str) -> int:
    digits = num.replace(",", "")
    if "." in digits:
        return len(digits.replace(".", "").lstrip("0")) or 1
    return len(digits.lstrip("0").rstrip("0")) or 1


def _word_value(word: str) -> float:
    if word == "a":
        return 1.0
    if word in _UNITS:
        return float(_UNITS[word])
    tens, _, unit = word.partition("-")
    return float(_TENS[tens] + (_UNITS[unit] if unit else 0))


def _round_to(value: float, digits: int) -> float:
    return float(f"{value:.{digits}g}")


def same_number(a: NumberMention, b: NumberMention) -> bool:
    """True when two mentions give the same quantity.

    Units must agree, except that a plain number matches money and an ordinal ("a
    currency may be named once and left out after"). Values must be equal, or the less
    precise one must have at least two significant digits and be the other rounded
    ("1.5 million" and "1,523,000"; not "2 million" and "1.6 million").
    """
    if a.unit != b.unit and "" not in (a.unit, b.unit):
        return False
    if "%" in (a.unit, b.unit) and a.unit != b.unit:
        return False
    if a.key[0] == b.key[0]:
        return True
    rough, fine = (a, b) if a.digits <= b.digits else (b, a)
    return rough.digits >= 2 and _round_to(fine.value, rough.digits) == rough.key[0]


def numbers_absent(mine: Iterable[NumberMention], others: Iterable[NumberMention]) -> list[int]:
    """Indexes of the mentions in ``mine`` that no mention in ``others`` gives: the same
    number (:func:`same_number`), where a rounding counts only within one unit ("11.8
    percent" gives no "$12"; "1,523,000" gives "1.5 million", not "$1.5 million"). A
    numeral :func:`numbers_given` reads inside a word ("12-month") gives a plain count
    only, and a day of a month ("Aug. 31") an ordinal only ("31st")."""
    pool = list(others)
    return [
        k for k, n in enumerate(mine) if not any(_gives(o, r) for o in pool for r in _readings(n))
    ]


def metres_or_million(mention: NumberMention) -> bool:
    """True for a number with "m" against it and no currency ("230m", "5m"): 230 metres
    or 230 million. :func:`find_numbers` reads it as 230, the metres (units of measure
    are dropped, as in "230 metres"); it gives, and is given by, the million too. The
    word after can settle it (cp41): "5m people" is 5 million only, "a 5m wall" stays
    both, "5m high" and "the 100m sprint" are metres only."""
    return mention.either


def _readings(mention: NumberMention) -> tuple[NumberMention, ...]:
    """The values a mention may stand for: "5m" is 5 and 5 million, the rest one each."""
    if not metres_or_million(mention):
        return (mention,)
    return (mention, replace(mention, value=mention.value * 1e6))


def _gives(given: NumberMention, listed: NumberMention) -> bool:
    if given.unit == _DAY:
        return listed.unit == "th" and listed.key[0] == given.key[0]
    if given.unit == _IN_WORD:
        return listed.unit == "" and same_number(listed, given)
    if not same_number(listed, given):
        return False
    return given.unit == listed.unit or given.key[0] == listed.key[0]


_IN_WORD = "#"
"""The unit :func:`numbers_given` gives a numeral ``find_numbers`` leaves out: a plain count
that no money or percentage equals ("12-month" is no "$12")."""
_DAY = "day"
"""The unit of a day of a month ("Aug. 31"): the same day as an ordinal ("31st"), no count."""


_WORDS = rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(list(_UNITS)[:9])}))?|{'|'.join(_UNITS)}"
_NUMERAL = re.compile(
    rf"""(?<![\w.,])(?<!\d:)(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d:A-Za-z]|[.,]\d)
    (?:[- ](?P<scale>hundred|thousand|million|billion|trillion)\b)?
    |\b(?P<word>{_WORDS})\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Any numeral, inside a hyphenated or slashed word too ("220-to-190", "60-year-old",
"9/11"), and number words ("twenty-five" whole). Digits glued to letters ("G20", "MH17")
are none, nor a clock time's ("2:30"). "1.5-billion" reads as 1.5 billion only."""
_PERCENT_AFTER = re.compile(r"[ \t-]?(?:%|per[ \t-]?cent\b|percent)", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*-$")
"""A capitalised word and a hyphen before digits: a name ("F-16", "COVID-19", "Su-27")."""


def numbers_given(text: str) -> tuple[NumberMention, ...]:
    """Every number ``text`` gives, for telling whether it has a number another article
    lists: the mentions of :func:`find_numbers`, and as exact plain counts (that no money
    or percentage equals) the numerals that reader leaves out: inside hyphenated and
    slashed words ("220-to-190" gives 190 and 220, "60-year-old" 60, "9/11"), a date's
    year ("June 1992"), number words ("two" = 2, "one" = 1). An article that writes
    "220-to-190" gives 190, so another's "190" is not only its own (nu38 #3).

    What is no count gives none (rv37 #2): a clock time ("10 a.m."), digits inside a name
    ("G20", "MH17", "F-16"), a day of a month ("Jan. 5", "5 January": the same day as
    "5th", no 5), the bare figure of a money amount, percentage or scaled number ("$2
    billion" gives no 2, "11.8 percent" no 11.8); "twenty-five" gives 25, not 20 and 5.
    """
    found = [r for n in find_numbers(text) for r in _readings(n)]
    spans = [(n.start, n.end) for n in found]
    for m in _NUMERAL.finditer(text):
        num, word, scale = m.group("num"), m.group("word"), m.group("scale")
        written = num or word
        start, end = m.start(), m.start() + len(written)
        value = _word_value(word.lower()) if word else float(num.replace(",", ""))
        digits = len(str(int(value))) if word else sum(map(str.isdigit, num))
        if _a_day(text, start, end, value):
            found.append(NumberMention(start, end, written, value, _DAY, digits))
        elif not _a_count(text, start, end):
            continue
        elif scale:  # "1.5-billion" is 1.5 billion, no 1.5
            scaled = value * _SCALES[scale.lower()]
            found.append(NumberMention(start, m.end(), m.group(), scaled, "", digits))
        elif not any(s < end and start < e for s, e in spans):
            found.append(NumberMention(start, end, written, value, _IN_WORD, digits))
    return tuple(found)


def _a_day(text: str, start: int, end: int, value: float) -> bool:
    """True for a day of a month ("Jan. 5", "5 January")."""
    return value <= 31 and (_after_a_month(text, start, end) or bool(_MONTH_AFTER.match(text, end)))


def _after_a_month(text: str, start: int, end: int) -> bool:
    """True for a numeral after a month name ("May 12", "June 1992"): a day or a date's
    year, unless a noun counting people follows ("Since May 12 people died": a count)."""
    if not _MONTH_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not _PEOPLE_AFTER.match(text, end)


def _a_count(text: str, start: int, end: int) -> bool:
    """False for a numeral that is a clock time, a percentage or part of a name."""
    if _CLOCK.match(text, end) or _PERCENT_AFTER.match(text, end):
        return False
    return not _NAME_BEFORE.search(text, max(0, start - 20), start)
