"""Date lines in French, German and Spanish: ``3 mars 2021``, ``1er mars 2021 à 14h30``,
``Publié le mercredi 3 mars 2021``, ``3. März 2021, 14:30 Uhr``, ``3 de marzo de 2021``,
``Veröffentlicht am 03.02.2017, 10:30 Uhr``.

`index.text.dates` reads English date lines (dateparser, English only); a line it refuses
for a word no English date has comes here. A line is a date line only when it is one whole
date of one language: an optional label ("Publié le", "Mis à jour le", "Aktualisiert am",
"Actualizado el"), an optional weekday, the day, the month's name (in German its number too:
"03.02.2017"), the year, an optional time and zone. Nothing is guessed: without the day
there is no date line (a heading "Mars 2021" stays text). dateparser would read these too
(its language data ships with it), but the whole line is matched here anyway, and the
month's number is all that is left to look up.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from index.when import timed_value

_MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier|janv", "février|fevrier|févr|fevr|fév|fev", "mars", "avril|avr", "mai", "juin",
        "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov",
        "décembre|decembre|déc|dec",
    ),
    "de": (
        "januar|jänner|jan", "februar|feb", "märz|maerz|mär", "april|apr", "mai", "juni|jun",
        "juli|jul", "august|aug", "september|sept|sep", "oktober|okt", "november|nov",
        "dezember|dez",
    ),
    "es": (
        "enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
        "julio|jul", "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct",
        "noviembre|nov", "diciembre|dic",
    ),
}  # fmt: skip
"""Each language's months, January first: the names and their usual abbreviations."""

_WEEKDAYS = {
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "de": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|(?:mo|di|mi|do|fr|sa|so)\.?",
    "es": "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
}
_PUBLISHED = {
    "fr": r"publié|publie|mis en ligne|créé|cree",
    "de": r"veröffentlicht|veroeffentlicht|erschienen|erstellt|datum",
    "es": r"publicado|creado",
}
_UPDATED = {
    "fr": r"mis à jour|mise à jour|mis a jour|mise a jour|modifié|modifie|actualisé|actualise",
    "de": r"aktualisiert|zuletzt aktualisiert|geändert|geaendert|stand",
    "es": r"actualizado|modificado",
}
_ARTICLE = {"fr": r"le", "de": r"am", "es": r"el"}
"""The word before a date after a label ("publié le", "aktualisiert am", "publicado el")."""
_DAY = {"fr": r"(?P<day>\d{1,2})(?:er)?", "de": r"(?P<day>\d{1,2})\.?", "es": r"(?P<day>\d{1,2})"}
_OF = {"fr": r"\s+", "de": r"\s+", "es": r"\s+(?:de\s+)?"}
_AT = {"fr": r"(?:,?\s*à|,)?", "de": r"(?:,?\s*um|,)?", "es": r"(?:,?\s*a\s+las|,)?"}
_NUMERIC = {"de": r"(?P<nday>\d{1,2})\.\s?(?P<nmonth>\d{1,2})\.\s?(?P<nyear>\d{4}|\d{2}(?!\d))"}
"""A date in numbers a language writes day first: "03.02.2017" is 3 February (nu19 #5);
"13.02.17" is 2017 (a two-digit year is this century's, up to `_CENTURY_TURN`, else the
last's)."""
_CENTURY_TURN = 69
SHORT_YEAR = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])")
"""A numeric date with a two-digit year ("13.02.17"): the one date line without a 4-digit
year that `index.text.dates` sends here."""
_TIME = r"\s*(?P<hour>\d{1,2})\s*[h:.]\s*(?P<minute>\d{2})(?:\s*(?:uhr|h))?"
_ZONES = {"gmt": 0, "utc": 0, "z": 0, "cet": 1, "mez": 1, "cest": 2, "mesz": 2}
"""Zones a European date line gives, hours east of UTC."""


def _pattern(language: str) -> re.Pattern[str]:
    months = "|".join(_MONTHS[language])
    return re.compile(
        rf"(?:(?:(?P<updated>{_UPDATED[language]})|{_PUBLISHED[language]})\s*:?\s+)?"
        rf"(?:{_ARTICLE[language]}\s+)?(?P<date>"
        rf"(?:(?:{_WEEKDAYS[language]}),?\s+)?"
        rf"(?:{_DAY[language]}{_OF[language]}(?P<month>{months})\.?{_OF[language]}(?P<year>\d{{4}})"
        rf"|{_NUMERIC.get(language, '(?!)')})"
        rf"(?:{_AT[language]}{_TIME}(?:\s*\(?(?P<zone>{'|'.join(_ZONES)})\)?)?)?)",
        re.IGNORECASE,
    )


_LINES = {language: _pattern(language) for language in _MONTHS}
_NUMBERS = {
    language: {name: k + 1 for k, names in enumerate(months) for name in names.split("|")}
    for language, months in _MONTHS.items()
}


def foreign_date(line: str) -> tuple[bool, datetime | None, str] | None:
    """A French, German or Spanish date line's date: (whether it is labelled an update, the
    moment in naive UTC or None for a day that does not exist, the date as written); None
    for any other line."""
    text = " ".join(line.split()).strip(" |•·,;–—-")
    for language, pattern in _LINES.items():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        named = found.group("month")
        month = _NUMBERS[language][named.lower()] if named else int(found.group("nmonth"))
        hour, minute = found.group("hour"), found.group("minute")
        year = int(found.group("year") or found.group("nyear"))
        if year < 100:
            year += 2000 if year <= _CENTURY_TURN else 1900
        try:
            when = datetime(
                year,
                month,
                int(found.group("day") or found.group("nday")),
                int(hour or 0),
                int(minute or 0),
            )
        except ValueError:  # "31 février", "25h70"
            return bool(found.group("updated")), None, found.group("date")
        if not 1800 <= when.year <= 2200:
            return bool(found.group("updated")), None, found.group("date")  # as English lines
        zone = found.group("zone")
        if zone:
            offset = timezone(timedelta(hours=_ZONES[zone.lower()]))
            when = when.replace(tzinfo=offset).astimezone(UTC).replace(tzinfo=None)
        when = timed_value(when) if hour else when  # "à 0h00" states a time (fd34)
        return bool(found.group("updated")), when, found.group("date")
    return None
