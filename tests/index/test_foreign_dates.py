"""Date lines in French, German and Spanish (fx18a, issue 5): "3 mars 2021" and "1er mars
2021" were no date line (the line reader knew English words only), so an article dated so
had no date. A whole line of one date is read; a sentence that holds one is not."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.dates import PUBLISHED, UPDATED, read_date_line
from index.text.extract import extract
from index.when import timed_value

MONTHS = {  # the oracle's own spelling of each month (the reader knows more)
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}
WEEKDAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}
LABELS = {  # (published, updated)
    "fr": ("Publié le ", "Mis à jour le "),
    "de": ("Veröffentlicht am ", "Aktualisiert am "),
    "es": ("Publicado el ", "Actualizado el "),
}


def render(
    language: str, when: datetime, label: int, weekday: bool, clock: int, numeric: int = 0
) -> str:
    """``when`` written as a date line of ``language``: ``label`` 0 none, 1 published, 2
    updated; ``clock`` 0 no time, 1 a time, 2 a time in CET (``when`` is then UTC);
    ``numeric`` (German only) 1 "03.02.2017", 2 "3.2.2017", 3 "03.02.17"."""
    local = when + timedelta(hours=1) if clock == 2 else when
    month = MONTHS[language].split()[local.month - 1]
    day = {"fr": "1er" if local.day == 1 else str(local.day), "de": f"{local.day}."}.get(
        language, str(local.day)
    )
    of = " de " if language == "es" else " "
    text = f"{day} {month}{of}{local.year}"
    if language == "de" and numeric:
        form = ("{:02d}.{:02d}.{}", "{}.{}.{}", "{:02d}.{:02d}.{:02d}")[numeric - 1]
        year = local.year % 100 if numeric == 3 else local.year
        text = form.format(local.day, local.month, year)
    if weekday:
        text = f"{WEEKDAYS[language].split()[local.weekday()]} {text}"
    if clock:
        text += {
            "fr": f" à {local.hour}h{local.minute:02d}",
            "de": f", {local.hour}:{local.minute:02d} Uhr",
            "es": f" a las {local.hour}:{local.minute:02d}",
        }[language] + (" CET" if clock == 2 else "")
    return (("", *LABELS[language])[label]) + text


@settings(max_examples=300, deadline=None)
@given(
    language=st.sampled_from(sorted(MONTHS)),
    when=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2035, 12, 30)),
    label=st.integers(0, 2),
    weekday=st.booleans(),
    clock=st.integers(0, 2),
    numeric=st.integers(0, 3),
)
def test_every_form_reads_back(
    language: str, when: datetime, label: int, weekday: bool, clock: int, numeric: int
) -> None:
    """nu19 #5: "Veröffentlicht am 03.02.2017, 10:30 Uhr" (a German date in numbers) was
    not read, and stayed in the body."""
    when = when.replace(second=0, microsecond=0)
    if not clock:
        when = when.replace(hour=0, minute=0)
    line = render(language, when, label, weekday, clock, numeric)
    (statement,) = read_date_line(line)
    assert statement.kind == (UPDATED if label == 2 else PUBLISHED), line
    # a clock stating midnight is a time of day (fd34): kept one microsecond past it
    assert statement.value == (timed_value(when) if clock else when), line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 mars 2021", datetime(2021, 3, 3)),
        ("1er mars 2021", datetime(2021, 3, 1)),
        ("Le 3 mars 2021", datetime(2021, 3, 3)),
        ("Publié le 03 mars 2021 à 14 h 30", datetime(2021, 3, 3, 14, 30)),
        ("3 févr. 2021", datetime(2021, 2, 3)),
        ("3. März 2021", datetime(2021, 3, 3)),
        ("Mittwoch, 3. März 2021 um 14.30 Uhr MEZ", datetime(2021, 3, 3, 13, 30)),
        ("3 de marzo de 2021", datetime(2021, 3, 3)),
        ("31 février 2021", None),  # no such day: a date line, no date
        # nu22 #8: a German page's "as of" line, a short weekday, a two-digit year, "Datum"
        ("Stand: 13.02.2017 14:30 Uhr", datetime(2017, 2, 13, 14, 30)),
        ("Stand: 03.02.2017", datetime(2017, 2, 3)),
        ("13.02.17", datetime(2017, 2, 13)),
        ("Mo 13.02.2017", datetime(2017, 2, 13)),
        ("Mo., 13.02.2017", datetime(2017, 2, 13)),
        ("Datum 13.02.2017", datetime(2017, 2, 13)),
        ("Datum: 13.02.2017", datetime(2017, 2, 13)),
    ],
)
def test_date_lines(line: str, expected: datetime | None) -> None:
    (statement,) = read_date_line(line)
    assert statement.value == expected


@pytest.mark.parametrize(
    "line",
    [
        "Mars 2021",  # no day: a heading, perhaps of the planet
        "Le 3 mars 2021, la France a voté la réforme.",
        "3 mars 2021 Paris",
        "Mai 2021 war ein guter Monat",
        "3 mars 21",
        "13.02.17 Uhr",
        "Stand 13",
        "Version 1.02.17",
        "1.2.345",
    ],
)
def test_no_whole_date_no_date_line(line: str) -> None:
    assert read_date_line(line) == ()


def test_the_article_is_dated_by_its_french_date_line() -> None:
    paragraph = "Le Conseil a voté mercredi la réforme des retraites, après un long débat.\n"
    found = extract(f"Le Conseil vote la réforme\n1er mars 2021\n\n{paragraph}")
    assert found.date == datetime(2021, 3, 1)
    assert "1er mars 2021" not in found.body
    assert found.provenance["date"].startswith("line 2:")


@pytest.mark.parametrize(
    ("line", "date", "updated"),
    [
        # nu19 #5: a German date in numbers after its label dates the article, off the body
        ("Veröffentlicht am 03.02.2017, 10:30 Uhr", datetime(2017, 2, 3, 10, 30), None),
        # an update line is the update, as "Updated: February 3, 2017" is; alone, it is the
        # date too (the only one given), and a published line before it keeps the date
        ("Actualizado el 3 de febrero de 2017, 10:30", datetime(2017, 2, 3, 10, 30),
         datetime(2017, 2, 3, 10, 30)),
        ("Publicado el 2 de febrero de 2017\nActualizado el 3 de febrero de 2017, 10:30",
         datetime(2017, 2, 2), datetime(2017, 2, 3, 10, 30)),
    ],
)  # fmt: skip
def test_a_labelled_date_line_dates_the_article(
    line: str, date: datetime, updated: datetime | None
) -> None:
    paragraph = "Der Rat hat am Mittwoch nach langer Debatte über den Haushalt abgestimmt.\n"
    found = extract(f"Rat stimmt über Haushalt ab\nLe Monde\n{line}\n\n{paragraph}")
    assert (found.date, found.updated) == (date, updated)
    assert found.body.strip() == paragraph.strip()
