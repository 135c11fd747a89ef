"""A plain-text file's head as nu50 found it misread (fx118): a long headline over its outlet
and date line was read as the lede (#3); a headline naming a range of dates lost its end
(#5); a byline without "By" ("Maria Lopez | BBC News") stayed in the body (#4); the outlet
of a "Source:-" trailer cited the paragraph it closes (#7). The texts are made up here; the
property builds heads from known parts, which are its oracle."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.sanitize import sanitize
from index.models import Extracted
from index.text.extract import extract
from index.text.metadata import headline_date

LEDE = (
    "Crews worked through the night to shore up the old river wall, the county said on "
    "Tuesday, and most families who had left their homes were back by the afternoon."
)
SECOND = "Repairs to the wall will take most of the summer, officials said."
WORDS = ["river", "wall", "council", "votes", "budget", "after", "storm", "mayor", "plans"]
WORDS += ["road", "bridge", "school", "reopens", "talks", "stall", "over", "water", "rates"]
WORDS += ["farmers", "harvest", "delayed", "dam", "repairs", "start", "county", "workers"]
WORDS += ["while", "families", "wait", "for", "help", "as", "costs", "rise", "again"]
OUTLETS = ["Daily Mail", "BBC News", "Reuters", "CNN", "Al Jazeera", "Fox News", "MarketWatch"]
DATE_FORMS = ["%Y-%m-%d", "%B %d, %Y", "%d %B %Y"]
SEPARATORS = [" - ", ", ", " | ", " – "]


def _read(text: str) -> Extracted:
    return extract(sanitize(text))


def test_a_long_headline_over_its_outlet_and_date_line_is_the_headline() -> None:
    headline = (
        "County engineers warn the old river wall could fail again this winter unless the "
        "council finds the money for repairs it has put off for a decade"
    )
    assert len(headline) > 124
    found = _read(f"{headline}\nDaily Mail - 2021-08-11\n\n{LEDE}\n\n{SECOND}\n")
    assert (found.title, found.title_derived) == (headline, False)
    assert found.source == "Daily Mail"
    assert found.date == datetime(2021, 8, 11)
    assert found.body.startswith("Crews worked")


def test_a_headline_of_two_sentences_over_its_outlet_and_date_line() -> None:
    headline = "The wall held. Now the county has to decide who pays for the next one."
    found = _read(f"{headline}\nBBC News - 2017-02-16\n\n{LEDE}\n")
    assert (found.title, found.source, found.date) == (headline, "BBC News", datetime(2017, 2, 16))


def test_a_very_long_headline_over_its_byline_and_date() -> None:
    headline = " ".join(["Council", *WORDS[:34]])  # 35 words: no title-like line
    found = _read(f"{headline}\nBy Maria Lopez\n2021-09-07\n\n{LEDE}\n")
    assert (found.title, found.byline, found.date) == (
        headline,
        "Maria Lopez",
        datetime(2021, 9, 7),
    )


def test_a_first_paragraph_with_no_head_line_below_stays_the_lede() -> None:
    found = _read(f"{LEDE}\n\n{SECOND}\n")
    assert found.title_derived and found.body.startswith("Crews worked")


def test_a_headline_naming_a_range_of_dates_keeps_it() -> None:
    for title in ["Photos of the week: 29 January - 3 February 2017", "Talks 29 - 31 January 2017"]:
        found = _read(f"{title}\nBBC News - 2017-02-04\n\n{LEDE}\n")
        assert (found.title, found.date) == (title, datetime(2017, 2, 4))
    assert headline_date("Photos of the week: January 29 - February 3, 2017") is None
    dated = headline_date("Phone maker shows model 7 - September 7, 2016")
    assert dated is not None and dated.group("title") == "Phone maker shows model 7"


def test_a_byline_without_by_under_the_headline() -> None:
    title = "Dam repairs start as the county finds the money"
    for line, name, outlet in [
        ("Maria Lopez | BBC News", "Maria Lopez", "BBC News"),
        ("Maria Lopez - Fox News", "Maria Lopez", "Fox News"),
        ("BBC News | Maria Lopez", "Maria Lopez", "BBC News"),
        ("Tom Phillips and Li Chen | Reuters", "Tom Phillips and Li Chen", "Reuters"),
    ]:
        found = _read(f"{title}\n{line}\nMarch 3, 2017\n\n{LEDE}\n")
        assert (found.title, found.byline, found.source) == (title, name, outlet), line
        assert line not in found.body


def test_a_section_or_a_place_beside_an_outlet_is_no_byline() -> None:
    title = "Dam repairs start as the county finds the money"
    for line in ["Politics | BBC News", "Hong Kong | Reuters", "Middle East | Al Jazeera"]:
        found = _read(f"{title}\n{line}\nMarch 3, 2017\n\n{LEDE}\n")
        assert found.byline is None, line


def test_a_source_trailer_is_cited_as_itself() -> None:
    text = f"Flooding on the island\n\n{LEDE} Source:-Al Jazeera\n"
    found = _read(text)
    assert found.source == "Al Jazeera"
    assert found.provenance["source"] == "line 3: “Source:-Al Jazeera”"


@st.composite
def heads(draw: st.DrawFn) -> tuple[str, str, str, datetime]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=40))
    headline = " ".join([words[0].capitalize(), *words[1:]]) + draw(st.sampled_from(["", ".", "?"]))
    outlet = draw(st.sampled_from(OUTLETS))
    day = draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)))
    day = datetime(day.year, day.month, day.day)
    line = (
        outlet + draw(st.sampled_from(SEPARATORS)) + day.strftime(draw(st.sampled_from(DATE_FORMS)))
    )
    return headline, line, outlet, day


@settings(max_examples=150, deadline=None)
@given(heads())
def test_any_headline_over_an_outlet_and_date_line_is_read(
    head: tuple[str, str, str, datetime],
) -> None:
    headline, line, outlet, day = head
    found = _read(f"{headline}\n{line}\n\n{LEDE}\n\n{SECOND}\n")
    assert (found.title, found.title_derived) == (headline, False)
    assert (found.source, found.date) == (outlet, day)
    assert found.body.startswith("Crews worked") and line not in found.body
