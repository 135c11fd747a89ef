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
from index.text.unlisted_outlet import unlisted_outlet

TITLE = "Road closed for a third day as crews clear the slide"
LEDE = (
    "Crews worked through the night to clear the mud that closed the valley road on Monday, "
    "the county said, and expect to open one lane by Friday."
)
SECOND = "Drivers were told to use the old bridge until then."


def text(*middle: str, title: str = TITLE, date: str = "2017-02-15") -> str:
    return "\n\n".join([title, *middle, date, LEDE, SECOND]) + "\n"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Valley Gazette", "Valley Gazette"),
        ("The Sacramento Bee", "Sacramento Bee"),  # an unknown outlet loses its "The"
        ("NHK", "NHK"),
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
    lambda w: w.lower() not in SECTIONS and not is_place_name(w)
)
NAMES = st.one_of(
    st.tuples(st.lists(WORD, min_size=1, max_size=3), st.sampled_from(ORG)).map(
        lambda t: " ".join([*t[0], t[1]])
    ),  # "Eastford Valley Courier"
    st.lists(WORD, min_size=1, max_size=2).map(lambda ws: "The " + " ".join(ws)),  # "The Hill"
    st.from_regex(r"[BCFGHJKMNPQRVWXZ]{3,4}", fullmatch=True),  # "NHK": no vowel, no word
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
