"""A wire's dateline was not read in 217 of 1,950 Reuters texts (nu48 #10): an earnings
table's first row ("MORRISTOWN, N.J., March 2 - Oper shr 17 cts vs 19 cts"; the lede is
the prose below it, or none), a country between city and day ("BADEN, Switzerland, March 2
-"), a month in capitals or small letters ("NEW YORK, MARCH 2 -"), a capitalised city
("Toronto, Feb 26 -"). The oracle: every place form with every month form, as a wire desk
writes it, gives "place, day" as written; the body keeps the line whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.datelines import read_dateline
from index.text.extract import extract
from tests.dateline_form import as_shown

HEAD = "HARBOUR VALVE CORP <HVC> 4TH QTR NET\n2-MAR-1987 10:36:32\n\n"
TABLE = "Oper shr 17 cts vs 19 cts\n\nOper net 636,000 vs 358,000\n\nRevs 10.6 mln vs 7,024,000"
PROSE = (
    "Harbour Valve Corp said its fourth quarter results were helped by strong orders from"
    " pipeline builders in the region."
)
CAPS_CITIES = ("RIVERTON", "PORT ELLIS", "SAN MARCO", "KNOKKE-HEIST", "ST. ALBANS", "NEW YORK")
TITLED_CITIES = ("Riverton", "Port Ellis", "Toronto", "St. Albans", "Mexico")
REGIONS = (
    "N.J.",
    "Calif.",
    "Penn.",
    "W. Va.",
    "CALIF",
    "Texas",
    "Switzerland",
    "West Germany",
    "British Columbia",
    "the Netherlands",
)
MONTHS = ("January", "Feb", "Feb.", "March", "Sept.", "Oct", "December", "May", "June")


def month_forms() -> st.SearchStrategy[str]:
    """A month as a wire desk typed it: as written, in capitals, in small letters."""
    return st.tuples(st.sampled_from(MONTHS), st.sampled_from(("as", "upper", "lower"))).map(
        lambda m: m[0] if m[1] == "as" else m[0].upper() if m[1] == "upper" else m[0].lower()
    )


places = st.one_of(
    st.sampled_from(CAPS_CITIES),
    st.sampled_from(TITLED_CITIES),
    st.tuples(st.sampled_from(CAPS_CITIES + TITLED_CITIES), st.sampled_from(REGIONS)).map(
        ", ".join
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    place=places,
    month=month_forms(),
    day=st.integers(1, 31),
    rest=st.sampled_from(("table", "table then prose", "prose")),
)
def test_every_place_and_month_form_is_read(place: str, month: str, day: int, rest: str):
    dateline = f"{place}, {month} {day}"
    body = {"table": TABLE, "table then prose": TABLE + "\n\n" + PROSE, "prose": PROSE}[rest]
    found = extract(f"{HEAD}{dateline} - {body}\n\nReuter\n")
    assert as_shown(found.dateline, dateline)
    assert found.title == "HARBOUR VALVE CORP <HVC> 4TH QTR NET"
    assert found.body.startswith(f"{dateline} - {body.split(chr(10))[0]}")
    assert found.source == "Reuters"


@pytest.mark.parametrize(
    "lede",
    [
        "Tuesday, March 2 - " + PROSE,  # a weekday is no place
        "Riverton, Tuesday, March 2 - " + PROSE,
        "Oper shr 17 cts vs 19 cts",  # a table row with no dateline
        "BADEN, Switzerland - " + PROSE,  # no day: not read by this form
    ],
)
def test_no_dateline(lede: str):
    assert extract(f"{HEAD}{lede}\n\nReuter\n").dateline is None


def test_a_table_row_without_a_dateline_leaves_the_lede_its_own():
    """The row above is no dateline's: the prose lede's dateline is read, as before."""
    found = extract(f"{HEAD}Qtr ended Jan 31\n\nHOUSTON, March 2 - {PROSE}\n\nReuter\n")
    assert found.dateline == "Houston, March 2"


@pytest.mark.parametrize(
    ("para", "place", "day"),
    [
        ("NEW YORK, MARCH 2 - Shares", "NEW YORK", "MARCH 2"),
        ("BADEN, Switzerland, March 2 - BBC", "BADEN, Switzerland", "March 2"),
        ("Bogota, march 4 - colombia", "Bogota", "march 4"),
        ("CHICAGO, March 4, - South", "CHICAGO", "March 4"),
        ("ATLANTA , March 3 - National", "ATLANTA", "March 3"),
        ("LONDON, March 3 (Reuters) - x", "LONDON", "March 3"),  # as before
    ],
)
def test_read_dateline_parts(para: str, place: str, day: str):
    dateline = read_dateline(para)
    assert dateline is not None
    assert (dateline.place, dateline.day) == (place, day)


@pytest.mark.parametrize(
    "lede",
    [
        # rv52 (fx109): a word of time, a label or a salutation before the day is no place
        "Today, March 2 - we mark one year since the flood took the bridge.",
        "Update, March 2 - the minister has now resigned, two officials said.",
        "UPDATE, MARCH 2 - the minister has now resigned, two officials said.",
        "Dear Editor, March 2 - your article about the school closures was unfair.",
        "Yesterday, june 5 - we arrived late and the hotel had lost our booking.",
    ],
)
def test_no_place_before_the_day(lede: str):
    assert read_dateline(lede) is None
    assert extract("A diary\n\n" + lede).dateline is None
