"""nu55's lost dates and outlets (fx133): a date line closed by a full stop (#1), a closing
"This article first appeared in OUTLET on DATE." note (#5), a dateline whose day is in
brackets, "WASHINGTON (March 3, 2017) - " (#6). The oracle: the date and outlet written."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.datelines import read_dateline
from index.text.dates import read_date_line
from index.text.extract import extract

days = st.dates(min_value=date(1987, 1, 1), max_value=date(2030, 12, 31))
_FORMS = ["%B %-d, %Y", "%b. %-d, %Y", "%-d %B %Y", "%Y-%m-%d", "%A, %B %-d, %Y", "%d.%m.%Y"]
_LABELS = ["", "Published on ", "Published ", "Updated ", "Posted: ", "First published on "]
_BODY = (
    "The council met on Tuesday to weigh the levee repairs, officials said, and the vote "
    "was put off.\n\nResidents along the river asked for a date, and none was given."
)


@settings(max_examples=40, deadline=None)
@given(days, st.sampled_from(_FORMS), st.sampled_from(_LABELS), st.booleans())
def test_a_date_line_reads_the_same_with_a_closing_stop(
    day: date, form: str, label: str, headline: bool
) -> None:
    line = label + day.strftime(form)
    read = read_date_line(line + ".")
    assert read and read == read_date_line(line), line
    assert read[0].value == datetime(day.year, day.month, day.day), line
    head = "Levee vote put off\n\n" if headline else ""
    found = extract(f"{head}{line}.\n\n{_BODY}")
    assert found.date is not None and found.date.date() == day, line
    assert found.title != line and not found.title.startswith(label or line), found.title


def test_a_sentence_ending_in_a_year_is_no_date_line() -> None:
    for line in ("The end of 2017.", "It rained on March 3, 2017.", "Feb. 3, 2017.."):
        assert read_date_line(line) == (), line


_OUTLETS = ["National Review", "Reuters", "The Conversation", "CNN", "Valley Gazette"]


@settings(max_examples=25, deadline=None)
@given(
    days,
    st.sampled_from(_OUTLETS),
    st.sampled_from(["first appeared in", "was first published by", "originally appeared in"]),
)
def test_a_first_appeared_note_names_outlet_and_date(day: date, outlet: str, verb: str) -> None:
    written = day.strftime("%B %-d, %Y")
    note = f"This article {verb} {outlet} on {written}."
    found = extract(f"{_BODY}\n\n---\n\n{note}\n")
    assert found.source is not None and found.source.casefold().endswith(
        outlet.casefold().removeprefix("the ")
    ), (note, found.source)
    assert found.date is not None and found.date.date() == day, note
    assert note not in found.body and "line" in found.provenance["date"]
    # what the head states wins
    headed = extract(f"Levee vote put off\n\nBy Jane Doe, CNBC\n2024-01-02\n\n{_BODY}\n\n{note}\n")
    assert headed.date == datetime(2024, 1, 2) and headed.source == "CNBC", headed
    # no outlet from what is no name
    bare = extract(f"{_BODY}\n\nThis article first appeared in print on {written}.\n")
    assert bare.source is None


@settings(max_examples=25, deadline=None)
@given(days, st.sampled_from(["WASHINGTON", "KUALA LUMPUR", "Riverton, Calif."]),
       st.sampled_from(["%B %-d, %Y", "%-d %B %Y", "%A, %B %-d, %Y", "%Y-%m-%d"]))  # fmt: skip
def test_a_bracketed_day_dateline_dates_the_article(day: date, place: str, form: str) -> None:
    para = f"{place} ({day.strftime(form)}) - Malaysia said it would ask for help."
    dateline = read_dateline(para)
    assert dateline is not None and dateline.date is not None
    assert dateline.date.date() == day and para[dateline.end :].startswith("Malaysia")
    found = extract(f"Levee vote put off\n\n{para}\n\n{_BODY}")
    assert found.date is not None and found.date.date() == day
    assert found.dateline and found.dateline.casefold().startswith(place.casefold()[:6])
    yearless = read_dateline(f"{place} ({day.strftime('%B %-d')}) - Text.")  # no year: no date
    assert yearless is None or yearless.date is None


@settings(max_examples=30, deadline=None)
@given(
    days,
    st.sampled_from(["Monday", "April", "Spanish", "English", "Print", "print"]),
    st.sampled_from(["first appeared in", "first appeared on", "was originally published in"]),
    st.booleans(),
)
def test_a_first_appeared_note_naming_a_day_month_or_language_names_no_outlet(
    day: date, word: str, verb: str, dated: bool
) -> None:
    """rv59: "This article first appeared on Monday." gave the outlet "Monday"."""
    when = f" on {day.strftime('%B %-d, %Y')}" if dated else ""
    note = f"This article {verb} {word}{when}."
    found = extract(f"{_BODY}\n\n{note}\n")
    assert found.source is None, (note, found.source)
    assert note not in found.body
    if dated:  # the date it gives is still read
        assert found.date is not None and found.date.date() == day, note
