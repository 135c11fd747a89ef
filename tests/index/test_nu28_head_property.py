"""A hypothesis property over the heads nu28 found misread (fx30b): an article put together
from known parts (a masthead the table does not know, a headline, a standfirst, a Guardian
byline, a date line, a lede opening with a US dateline) gives back each part it was made
from. The parts are the oracle: the text states each one once, in its usual place."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from tests.dateline_form import as_shown

PLACES = ["Riverton", "Eastford", "Marlow", "Bexley", "Valley", "Harbor", "Lakeside", "Summit"]
PRESS = ["Gazette", "Times", "Post", "Herald", "Tribune", "Journal", "Chronicle", "Courier"]
PRESS += ["Bee", "Observer", "Register", "Sentinel", "Examiner", "Ledger", "Dispatch"]
WORDS = ["river", "levee", "council", "votes", "budget", "after", "storm", "mayor", "plans"]
WORDS += ["road", "bridge", "school", "reopens", "talks", "stall", "over", "water", "rates"]
WORDS += ["farmers", "harvest", "delayed", "dam", "repairs", "start", "county", "workers"]
FIRST = ["Shaun", "Jane", "Andrew", "Maria", "Tom", "Li", "Amara", "Pedro"]
LAST = ["Walker", "Doe", "Roth", "Perez", "Phillips", "Chen", "Okafor", "Lindqvist"]
FILED = ["Kyiv", "Moscow", "Rio de Janeiro", "London", "Eastford", "Lagos"]
CITIES = ["Riverton", "Eastford", "St. Louis", "San Marco", "Fort Bexley", "Marlow"]
STATES = ["Calif.", "N.J.", "Texas", "California", "Fla.", "N.Y.", "Ore.", "Ohio", "Mo."]
AGENCIES = {"AP": "Associated Press", "Reuters": "Reuters"}
LEDE = (
    "Floodwaters broke through a levee early Tuesday, officials said, and hundreds of "
    "residents of the valley left their homes before dawn."
)
SECOND = "The river is expected to crest on Thursday night, the county said."
DATE_FORMS = ["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%a %d %b %Y %H.%M GMT", "Published: %m/%d/%Y"]


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    expect: dict[str, object] = {}
    lines: list[str] = []
    name = None
    if draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=2, unique=True))
        name = " ".join([*words, draw(st.sampled_from(PRESS))])
        lines.append(("The " if draw(st.booleans()) else "") + name)
    words = draw(st.lists(st.sampled_from(WORDS), min_size=5, max_size=9))  # > a masthead
    title_case = draw(st.booleans())
    if title_case:
        headline = " ".join(w.capitalize() for w in words)
    else:
        headline = " ".join([words[0].capitalize(), *words[1:]])
    lines.append(headline)
    expect["title"] = headline
    standfirst = None
    if draw(st.booleans()):
        more = draw(st.lists(st.sampled_from(WORDS), min_size=10, max_size=15))
        standfirst = " ".join([more[0].capitalize(), *more[1:]])
        lines.append(standfirst)
    byline = None
    # a byline without "By" under a headline or standfirst in sentence case, as the Guardian
    # writes them (under a title-case headline such a line is a deck: `head._under_headline`)
    if (standfirst or not title_case) and draw(st.booleans()):
        people = draw(
            st.lists(
                st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)), min_size=1, max_size=2
            )
        )
        names = [f"{first} {last}" for first, last in people]
        filed = draw(st.sampled_from(FILED))
        lines.append(" and ".join(names) + f" in {filed}")
        byline = " and ".join(names)
    when = draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)))
    lines.append(when.strftime(draw(st.sampled_from(DATE_FORMS))))
    expect["day"] = (when.year, when.month, when.day)
    opening = ""
    agency = None
    if draw(st.booleans()):
        city = draw(st.sampled_from(CITIES))
        city = city.upper() if draw(st.booleans()) else city
        state = draw(st.sampled_from(STATES))
        credit = draw(st.sampled_from([None, *AGENCIES]))
        agency = AGENCIES[credit] if credit else None
        dash = draw(st.sampled_from(["—", "-", "–"]))
        opening = f"{city}, {state} " + (f"({credit}) " if credit else "") + f"{dash} "
        expect["dateline"] = f"{city}, {state}"
    expect["byline"] = byline
    expect["source"] = agency or name  # a wire credit in the lede is stated; a masthead a guess
    expect["dateline"] = expect.get("dateline")
    expect["opens"] = standfirst or opening + LEDE
    return "\n\n".join([*lines, opening + LEDE, SECOND]) + "\n", expect


@settings(max_examples=300, deadline=None)
@given(articles())
def test_each_part_of_the_head_is_found(article: tuple[str, dict[str, object]]) -> None:
    text, expect = article
    got = extract(text)
    assert got.title == expect["title"]
    assert got.source == expect["source"]
    assert got.byline == expect["byline"]
    assert as_shown(got.dateline, expect["dateline"])
    assert got.date is not None and (got.date.year, got.date.month, got.date.day) == expect["day"]
    assert got.body.startswith(str(expect["opens"]))
    assert got.body.endswith(SECOND)
