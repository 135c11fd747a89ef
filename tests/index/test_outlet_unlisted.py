"""An outlet line the table does not know, between the headline and the date (nu27 #5):
"Valley Gazette", "The Sacramento Bee", "NHK" were left as the body's first paragraph and the
article had no outlet, where "Deutsche Welle" (in ``outlets.toml``) was read. A deck, a kicker
or a person's bare name in the same place stays what it was (fx28b;
`python -m bench.outlet_lines` measures both over the shared corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import read_source, scan
from index.text.extract import extract
from index.text.outletnames import SECTIONS, canonical_outlet
from index.text.outlets import known_outlet
from index.text.places import is_place_name
from index.text.unlisted_outlet import KICKER_WORDS, PRESS_WORDS, unlisted_outlet

TITLE = "Road closed for a third day as crews clear the slide"
LEDE = (
    "Crews worked through the night to clear the mud that closed the valley road on Monday, "
    "the county said, and expect to open one lane by Friday."
)
SECOND = "Drivers were told to use the old bridge until then."


REVIEW_LINES = [
    # rv26 #2: "The" and one or two words, kickers or institutions
    *("The Big Picture", "The Long Read", "The Briefing", "The Week Ahead", "The White House"),
    *("The Supreme Court", "The Pentagon", "The Senate", "The Fed", "The Oscars", "The Pope"),
    *("The Debt Ceiling", "The Takeaway", "The Morning", "The Interview", "The Guardian View"),
    *("The Trump Administration", "The Kremlin", "The Vatican", "The Beatles", "The Queen"),
    *("The Rolling Stones", "The Masters", "The Super Bowl", "The Big Read", "The Download"),
    *("The Daily", "The Point", "The Numbers", "The Rundown"),
    # acronym tags, brands, roles
    *("FBI", "NASA", "CDC", "WHO", "IMF", "NFL", "NBA Finals", "GOP Debate", "CIA Director"),
    *("FBI Investigation", "SpaceX", "YouTube", "TikTok", "OpenAI", "BlackRock", "LinkedIn"),
    *("PayPal", "WeChat", "GameStop", "JPMorgan Chase", "Staff Reporter", "Staff Writer"),
    "Associated Press Writer",
    # press words in a kicker's name
    *("Good News", "Fake News", "Guest Post", "Spelling Bee", "Daily Briefing", "Local News"),
    *("Silicon Valley", "Wall Street", "Capitol Hill", "Sponsored Content", "Photo Gallery"),
]
"""Lines under a headline that name no outlet (rv26 #2, /tmp/rv26/lines.txt): none is taken."""


def text(*middle: str, title: str = TITLE, date: str = "2017-02-15") -> str:
    return "\n\n".join([title, *middle, date, LEDE, SECOND]) + "\n"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Valley Gazette", "Valley Gazette"),
        ("The Sacramento Bee", "Sacramento Bee"),  # an unknown outlet loses its "The"
        ("Times of Eastford", "Times of Eastford"),
        ("Deutsche Welle", "Deutsche Welle"),  # known: as before
        ("PBS NewsHour", "PBS NewsHour"),
        ("HuffPost", "HuffPost"),
        ("Voice of America", "Voice of America"),
        ("St. Louis Post-Dispatch", "St. Louis Post-Dispatch"),
    ],
)
@pytest.mark.parametrize("date", ["2017-02-15", "February 15, 2017", "Published: 02/15/2017"])
def test_an_outlet_line_under_the_headline_names_the_outlet(
    line: str, outlet: str, date: str
) -> None:
    got = extract(text(line, date=date))
    assert got.source == outlet
    assert got.title == TITLE
    assert got.body.startswith(LEDE)
    assert got.date is not None and (got.date.year, got.date.month, got.date.day) == (2017, 2, 15)
    assert "line 3" in got.provenance["source"]


def test_over_a_byline_too() -> None:
    got = extract(text("Valley Gazette", "By Jane Doe"))
    assert (got.source, got.byline, got.title) == ("Valley Gazette", "Jane Doe", TITLE)
    assert got.body.startswith(LEDE)


def test_in_a_markdown_file_under_its_heading(tmp_path: Path) -> None:
    (tmp_path / "slide.md").write_text(f"# {TITLE}\n\nValley Gazette\n\n2017-02-15\n\n{LEDE}\n")
    (source,), _ = scan(tmp_path)
    (article,) = read_source(source).articles
    assert (article.source, article.title) == ("Valley Gazette", TITLE)
    assert article.body.startswith(LEDE)


@pytest.mark.parametrize(
    "line",
    [
        # decks
        "Crews expect to open one lane by Friday",
        "The county says the road will reopen soon.",
        "Mudslide Closes Valley Road for Third Day",  # a deck in title case: a verb's capital
        # kickers, sections, banners, topic tags
        "EXCLUSIVE",
        "Analysis",
        "World News",
        "WORLD NEWS",
        "Opinion",
        "Middle East",
        "US & Canada",
        "The Latest",
        "Live Updates",
        "Business",
        "Donald Trump",
        # a person's bare name (an author line without "By")
        "Jane Doe",
        "Dan McLaughlin",
        "Katrina vanden Heuvel",
        "Kevin MacDonald",
        # places
        "WASHINGTON",
        "New York",
        "EU",
        # no sign an organisation's name proves (rv26): a miss, not a wrong outlet
        "NHK",
        *REVIEW_LINES,
    ],
)
def test_a_deck_kicker_or_name_there_is_no_outlet(line: str) -> None:
    got = extract(text(line))
    assert got.source is None
    assert got.title == TITLE


@pytest.mark.parametrize(
    "middle",
    [
        ["Valley Gazette"],  # no date or byline below: a short paragraph, maybe
        ["Valley Gazette", "A note from the editors on how this story was reported here."],
    ],
)
def test_not_over_a_date_or_byline_no_outlet(middle: list[str]) -> None:
    got = extract("\n\n".join([TITLE, *middle, LEDE]) + "\n")
    assert got.source is None


ORG = ["Gazette", "Times", "Herald", "Tribune", "Courier", "Ledger", "Post", "Journal", "News"]
WORD = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True).filter(
    lambda w: w.lower() not in SECTIONS | KICKER_WORDS | PRESS_WORDS and not is_place_name(w)
)
NAMES = st.one_of(
    st.tuples(st.lists(WORD, min_size=1, max_size=3), st.sampled_from(ORG)).map(
        lambda t: " ".join([*t[0], t[1]])
    ),  # "Eastford Valley Courier"
    st.tuples(st.lists(WORD, min_size=1, max_size=2), st.sampled_from(ORG)).map(
        lambda t: "The " + " ".join([*t[0], t[1]])
    ),  # "The Eastford Courier"
)


@settings(max_examples=150, deadline=None)
@given(NAMES)
def test_any_outlet_shaped_name_is_read(name: str) -> None:
    got = extract(text(name))
    assert got.source == (known_outlet(name) or canonical_outlet(name))
    assert got.body.startswith(LEDE)


LOWER = st.from_regex(r"[a-z]{2,10}", fullmatch=True).filter(lambda w: w not in ("of", "the"))
DECKS = st.tuples(WORD, st.lists(st.one_of(WORD, LOWER), min_size=2, max_size=14), LOWER).map(
    lambda t: " ".join([t[0], *t[1], t[2]])
)


@settings(max_examples=150, deadline=None)
@given(DECKS, st.sampled_from(["", "."]))
def test_a_deck_is_no_outlet_and_stays_in_the_body(deck: str, end: str) -> None:
    """A sentence (a word in lower case) under the headline is its deck: article text."""
    got = extract(text(deck + end))
    assert got.source is None
    assert unlisted_outlet(deck + end) is None
    assert (deck + end) in got.body or got.title == deck + end


@pytest.mark.parametrize(
    "head",
    [
        # a kicker over a short headline: the headline is not the outlet
        ["Middle East", "Timeless Chinese BBQ", "Author: Jane Doe"],
        # the headline repeated (a page's header, then its article's)
        ["The Debt Ceiling Deception", "The Debt Ceiling Deception", "By Jane Doe"],
    ],
)
def test_a_headline_under_a_kicker_or_itself_is_no_outlet(head: list[str]) -> None:
    got = extract("\n\n".join([*head, "2021-10-06", LEDE, SECOND]) + "\n")
    assert got.source is None
    assert got.title == head[1]


@pytest.mark.parametrize(
    "stated",
    [
        ["By Jane Doe, Reuters", "2017-02-15"],
        ["2017-02-15", "WASHINGTON (Reuters) - " + LEDE],
        ["https://www.reuters.com/world/road-closed-idUSKBN1", "2017-02-15"],
        ["2017-02-15", LEDE, "Copyright 2017 Reuters. All rights reserved."],
    ],
)
@pytest.mark.parametrize("line", ["Valley Gazette", "The White House", "FBI"])
def test_a_stated_outlet_beats_the_guess_which_stays_in_the_body(
    stated: list[str], line: str
) -> None:
    """rv26 #1: a byline's, lede's, address's or copyright's outlet wins over the line, and
    the line is text again (rv26 #5)."""
    got = extract("\n\n".join([TITLE, line, *stated, LEDE, SECOND]) + "\n")
    assert got.source == "Reuters"
    assert got.body.startswith(line)


def test_a_title_suffix_beats_the_guess() -> None:
    got = extract(text("Valley Gazette", title=TITLE + " - Reuters"))
    assert (got.source, got.title) == ("Reuters", TITLE)
    assert got.body.startswith("Valley Gazette")


@pytest.mark.parametrize("line", ["Valley Gazette", "The White House"])
def test_a_given_source_keeps_the_line_in_the_body(line: str) -> None:
    """rv26 #5: a JSON or front-matter ``source`` wins, and the line stays text."""
    got = extract(text(line), known={"source": "Reuters"})
    assert got.source == "Reuters"
    assert got.body.startswith(line)
    assert line not in got.removed


KICKER = st.one_of(
    st.lists(WORD, min_size=1, max_size=2).map(lambda ws: "The " + " ".join(ws)),  # "The Hill"
    st.from_regex(r"[BCFGHJKMNPQRVWXZ]{2,5}", fullmatch=True),  # "FBI": an acronym
    st.tuples(WORD, WORD).map(lambda t: t[0] + t[1]),  # "SpaceX", "BlackRock": a brand
    st.tuples(WORD, st.sampled_from(sorted(ORG))).map(lambda t: f"{t[1]} {t[0]}"),  # "News Desk"
)


@settings(max_examples=150, deadline=None)
@given(KICKER)
def test_a_name_with_no_press_word_at_its_end_is_no_outlet(line: str) -> None:
    """A line proves an outlet only by a press word ending its name: "The" + words, an
    acronym, an inner capital or a press word that opens the line prove nothing (rv26)."""
    got = extract(text(line))
    assert got.source == known_outlet(line)
    assert unlisted_outlet(line) is None or known_outlet(line) is not None
