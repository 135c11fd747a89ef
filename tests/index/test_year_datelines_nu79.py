"""nu79 #5: a `.txt` of wire copy opening "Vienna, March 20, 1987 - Oil ministers ..." showed
"source unknown · date unknown": a capitalised city with no state, a country between city
and day, or the credit before the day ("VIENNA (Reuters), March 20, 1987 - ") was read by
no dateline form once the year was written. The oracle: the place and day generated; a date
inside a later sentence still dates nothing."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from tests.dateline_form import as_shown

_FULL = ("January", "February", "March", "April", "May", "June", "July", "August")
_FULL += ("September", "October", "November", "December")
_SHORT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.")
_SHORT += ("Nov.", "Dec.")
TITLED = ("Vienna", "Mexico City", "Rio de Janeiro", "Kuala Lumpur", "Geneva", "St. Louis")
CAPITALS = ("VIENNA", "MEXICO CITY", "BUENOS AIRES", "GENEVA", "NEW DELHI")
REGIONS = ("Austria", "Switzerland", "West Germany", "the Netherlands", "Calif.", "Ontario")
CREDITS = {"Reuters": "Reuters", "AP": "Associated Press"}
WORDS = ("oil", "ministers", "prices", "output", "quota", "talks", "cartel", "crude", "barrel")
HEADS = ("", "OPEC ministers meet\n\n", "OPEC ministers meet\n\nBy Jane Roe\n\n")


def written(day: date, shape: str) -> str:
    if shape == "mdy":
        return f"{_FULL[day.month - 1]} {day.day}, {day.year}"
    if shape == "dmy":
        return f"{day.day} {_FULL[day.month - 1]} {day.year}"
    return f"{_SHORT[day.month - 1]} {day.day}, {day.year}"


SENTENCE = st.lists(st.sampled_from(WORDS), min_size=4, max_size=10).map(
    lambda words: " ".join(words).capitalize() + "."
)
DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31))
SHAPES = st.sampled_from(("mdy", "dmy", "short"))


@settings(max_examples=300, deadline=None)
@given(
    place=st.sampled_from(TITLED + CAPITALS),
    region=st.one_of(st.none(), st.sampled_from(REGIONS)),
    day=DAYS,
    shape=SHAPES,
    credit=st.one_of(st.none(), st.tuples(st.sampled_from(tuple(CREDITS)), st.booleans())),
    dash=st.sampled_from(("-", "--", "–", "—")),
    head=st.sampled_from(HEADS),
    sentences=st.lists(SENTENCE, min_size=1, max_size=4),
)
def test_a_wires_dateline_with_its_year_dates_the_text(
    place: str,
    region: str | None,
    day: date,
    shape: str,
    credit: tuple[str, bool] | None,
    dash: str,
    head: str,
    sentences: list[str],
) -> None:
    when = written(day, shape)
    where = f"{place}, {region}" if region else place
    if credit is None:
        opening = f"{where}, {when} {dash} "
    elif credit[1]:  # the credit before the day: "VIENNA (Reuters), March 20, 1987 - "
        opening = f"{where} ({credit[0]}), {when} {dash} "
    else:
        opening = f"{where}, {when} ({credit[0]}) {dash} "
    text = head + opening + " ".join(sentences) + "\n\nThe talks go on.\n"
    found = extract(text)
    assert found.date == datetime(day.year, day.month, day.day), (text, found.provenance)
    assert as_shown(found.dateline, f"{where}, {when}"), (text, found.dateline)
    if credit is not None:
        assert found.source == CREDITS[credit[0]]
    assert found.body.startswith(opening.rstrip())


@settings(max_examples=300, deadline=None)
@given(
    place=st.sampled_from(TITLED + CAPITALS),
    day=DAYS,
    shape=SHAPES,
    before=st.lists(SENTENCE, min_size=1, max_size=3),
    after=st.lists(SENTENCE, min_size=0, max_size=2),
    head=st.sampled_from(HEADS),
)
def test_a_date_inside_a_sentence_dates_nothing(
    place: str, day: date, shape: str, before: list[str], after: list[str], head: str
) -> None:
    """The same day in the text's first paragraph, after a sentence's start or a sentence."""
    when = written(day, shape)
    inside = f"{before[0][:-1]} in {place}, {when} - {' '.join(after) or 'a Friday.'}"
    later = " ".join(before) + f" {place}, {when} - " + (" ".join(after) or "It went on.")
    for text in (inside, later):
        found = extract(head + text + "\n\nThe talks go on.\n")
        assert found.date is None and found.dateline is None, (text, found.provenance)


@settings(max_examples=150, deadline=None)
@given(place=st.sampled_from(TITLED), day=DAYS, shape=SHAPES, before=SENTENCE, after=SENTENCE)
def test_a_later_paragraph_is_no_dateline(
    place: str, day: date, shape: str, before: str, after: str
) -> None:
    """A capitalised city's dateline form in a paragraph under running text is the wire's form
    in prose, not the text's dateline (`opening_dateline`)."""
    found = extract(f"{before}\n\n{place}, {written(day, shape)} - {after}\n")
    assert found.date is None and found.dateline is None


def test_no_place_opens_a_year_dateline() -> None:
    for opening in ("Today", "In Vienna", "Update", "Friday", "Notes"):
        found = extract(f"{opening}, March 20, 1987 - we talk to ministers about oil.\n")
        assert found.date is None and found.dateline is None, opening
