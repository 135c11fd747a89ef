"""Header facts missed in agency and guest copies (nu49 #6): "MOSCOW, February 7, /TASS/."
(a comma before the credit) gave no dateline, "ALEPPO /Syria/, February 17. /TASS/." gave
ALEPPO without its day, "TAIPEI, Taiwan, Feb. 7, 2017 /PRNewswire/." gave none; a text
opening "By Melissa Mackey, Search Supervisor, gyro Cincinnati ..." gave no byline.

The oracle: every place form with every country form, day form and agency, as an agency
writes it, gives "place, day" as written; TASS (a credit the table knows) is the outlet
only when nothing else names one, a distributor of press releases never; a day with its
year dates the text. Every "By NAME, JOB, EMPLOYER" opener gives NAME, on its own line
(then out of the body) or run into the lede (the body kept as written).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.sanitize import sanitize
from index.text.datelines import read_dateline
from index.text.extract import extract
from index.text.metadata import read_byline
from tests.dateline_form import as_shown

TITLE = "Harbour valve maker wins pipeline order"
PROSE = (
    "Harbour Valve said on Tuesday it had won an order from pipeline builders in the region,"
    " its largest this year."
)
PLACES = ("MOSCOW", "UNITED NATIONS", "BADEN-BADEN", "ULAN-UDE", "ROSTOV-ON-DON", "St PETERSBURG")
COUNTRIES = (
    "",
    " /Syria/",
    " /Republic of Korea/",
    " (India)",
    " (Bashkiria)",
    ", Taiwan",
    ", Mass.",
    ", California",
)
DAYS = (
    ("February 7", None),
    ("Feb. 7", None),
    ("March 17", None),
    ("Feb. 7, 2017", datetime(2017, 2, 7)),
    ("March 16, 2017", datetime(2017, 3, 16)),
    ("7 February", None),
)
BEFORE_CREDIT = (". ", ", ", ".", " ", ", ")
AGENCIES = (("TASS", "TASS"), ("TASS ", "TASS"), ("PRNewswire", None))


@settings(max_examples=300, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    country=st.sampled_from(COUNTRIES),
    day=st.sampled_from(DAYS),
    before=st.sampled_from(BEFORE_CREDIT),
    agency=st.sampled_from(AGENCIES),
    after=st.sampled_from((". ", ".-", ".")),
    outlet_line=st.booleans(),
)
def test_every_agency_form_is_read(
    place: str,
    country: str,
    day: tuple[str, datetime | None],
    before: str,
    agency: tuple[str, str | None],
    after: str,
    outlet_line: bool,
):
    text_day, date = day
    lede = f"{place}{country}, {text_day}{before}/{agency[0]}/{after}{PROSE}"
    head = f"{TITLE}\n\nHuffPost\n\n" if outlet_line else f"{TITLE}\n\n"
    found = extract(f"{head}{lede}\n")
    assert as_shown(found.dateline, f"{place}{country}, {text_day}")
    assert found.title == TITLE
    assert found.body == lede  # the credit stays in the text, as "(Reuters)" does
    assert found.source == ("HuffPost" if outlet_line else agency[1])
    assert found.date == date
    parts = read_dateline(lede)
    assert parts is not None
    assert parts.agency == agency[0]
    assert parts.has_state == bool(country)


@pytest.mark.parametrize(
    "lede",
    [
        "MOSCOW, Moscow 28. /TASS/. " + PROSE,  # no month: no day
        "ALEXANDRA LAND, high-latitude Arctic, March 29. /TASS/. " + PROSE,  # no capital
        "Moscow, February 7, /TASS/. " + PROSE,  # a capitalised place: not this form
        "MOSCOW, February 7, the agency said. " + PROSE,  # no credit
    ],
)
def test_no_dateline(lede: str):
    assert extract(f"{TITLE}\n\n{lede}\n").dateline is None


def test_the_standard_tass_form_is_read_as_before():
    parts = read_dateline("MOSCOW, February 7. /TASS/. " + PROSE)
    assert parts is not None
    assert (parts.place, parts.day, parts.agency, parts.has_state) == (
        "MOSCOW",
        "February 7",
        "TASS",
        False,
    )
    assert parts.end == len("MOSCOW, February 7. /TASS/")  # + the space (as DATELINE ends)


NAMES = ("Melissa Mackey", "Tom van Berg", "Ana J. Ruiz", "Li Wu", "Dafydd Pritchard")
JOBS = (
    "Search Supervisor",
    "Chief Executive Officer",
    "Senior Staff Writer",
    "Professor of History",
    "Director of Research",
    "Co-Founder",
    "CEO",
)
EMPLOYERS = ("gyro Cincinnati", "Acme Corp", "the University of Leeds", "Harbour Valve")


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(NAMES),
    job=st.sampled_from(JOBS),
    employer=st.sampled_from(EMPLOYERS),
    own_line=st.booleans(),
)
def test_every_byline_opener_gives_the_name(name: str, job: str, employer: str, own_line: bool):
    opener = f"By {name}, {job}, {employer}"
    lede = f"{opener}\n\n{PROSE}" if own_line else f"{opener} {PROSE}"
    found = extract(f"{TITLE}\n\n{lede}\n")
    assert found.byline == name
    assert found.body == (PROSE if own_line else lede)  # run on: where it ends is unknown


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe, Senior Writer, CNN", ("Jane Doe, Senior Writer", "CNN")),  # as before
        ("By Jane Doe, Tom Roe, Li Wu", ("Jane Doe, Tom Roe, Li Wu", None)),  # as before
    ],
)
def test_byline_lines(line: str, byline: tuple[str, str | None] | None):
    assert read_byline(line) == byline


@pytest.mark.parametrize(
    "lede",
    [
        # (two scholars with their universities give both names since fx115:
        # tests/index/test_messy_facts_fx115.py)
        "By Monday, Chief Executive Officer Jane Doe, said the firm " + PROSE,
        "By New Year's Eve, Chief Executive Officer, Acme said " + PROSE,
    ],
)
def test_no_byline_opener(lede: str):
    assert extract(f"{TITLE}\n\n{lede}\n").byline is None


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        ("By Dean Baquet, Executive Editor, gyro Cincinnati. The firm said.", "Dean Baquet"),
        ("By Tom Head, Staff Writer, gyro Cincinnati. The firm said.", "Tom Head"),
        ("By Howard Dean, Founder, Democracy Works. The firm said.", "Howard Dean"),
        ("By Staff Writer, Senior Editor, gyro Cincinnati. The firm said.", None),
    ],
)
def test_a_name_holding_a_job_word_is_a_name_when_it_opens_on_a_first_name(
    lede: str, name: str | None
) -> None:
    """rv53 fixes fx111: 'Dean', 'Head', 'Writer' are names too; a name holding a job word
    is a writer's when it opens on a known first name ("By Staff Writer, ..." is none)."""
    from index.text.byline_opener import byline_opener

    assert byline_opener(lede) == name


@pytest.mark.parametrize(
    "lede",
    [
        "UPDATE, March 2, /AP/ The vote was held on time.",
        "BREAKING NEWS, March 2, 2017 /Staff/ The vote was held on time.",
        "ANALYSIS, 2 March 2017 /Desk/ The vote was held on time.",
    ],
)
def test_an_agency_dateline_opens_on_a_place(lede: str) -> None:
    """rv53 fixes fx111: the agency form's place may not open on a kicker (rv52's
    `_NO_PLACE_WORDS` for the wire form): "UPDATE, March 2, /AP/" was a dateline, and
    "BREAKING NEWS, March 2, 2017 /Staff/" dated the text."""
    assert read_dateline(lede) is None


def test_an_updated_line_of_the_dateline_s_day_dates_the_text_with_its_time() -> None:
    """The messy set's seed 6 (ci115): a press release whose head says "Updated 2222 GMT (0622
    HKT) February 7, 2017" and whose lede opens "TAIPEI, Taiwan, Feb. 7, 2017 /PRNewswire/.":
    the dateline's day alone said midnight; the Updated line's time is the text's date. A
    dateline of another day still dates the text."""
    lede = "TAIPEI, Taiwan, Feb. 7, 2017 /PRNewswire/. -Acme Storage today announced a product."
    head = "Acme adds a feature\n\nBy JANE ROE\n\n{}\n\n"
    same = extract(sanitize(head.format("Updated 2222 GMT (0622 HKT) February 7, 2017") + lede))
    assert same.date == datetime(2017, 2, 7, 22, 22)
    other = extract(sanitize(head.format("Updated 2222 GMT (0622 HKT) February 9, 2017") + lede))
    assert other.date == datetime(2017, 2, 7)
