"""A byline glued to the end of a given title (fx172: na-1484's "Meet the Kims: Who's who in
North Korea's first family Michael Madden", 62 Al Jazeera features of newsarticles) is the
byline, no part of the title. Oracle: a title made of a known headline in sentence case and a
known author's name, over a body that does not name the author (or names them as its author:
"Follow <name> on Twitter"), splits into the two; a headline in title case, a name the body
or the address speaks of, or a headline alone never changes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

HEADLINES = [
    "Meet the Rossis: Who's who in the old town's first family",
    "Undocumented migrants await the council's next move",
    "Is the mayor leading the city into a budget crisis?",
    "Egypt's NGO law aims to 'erase civil society'",
    "Talking love and revolution in war-torn Syria",
]
"""Headlines in sentence case (the last ends on a place, the one before on a quotation)."""
TITLE_CASE = [
    "Hill Doesn't Think the Mayor's Budget Order Will Work",
    "Comedians Mock the Council's Day Celebrations",
]
AUTHORS = ["Michael Madden", "Mariya Petkova", "Nihad El Aabedy", "Zaid al-Ali"]
BODY = "The council met on Tuesday. Officials said the plan would pass.\n\nIt did not."


def _read(title: str, body: str, url: str | None = None) -> tuple[str | None, str | None]:
    known: dict[str, object] = {"title": title, "source": "Al Jazeera"}
    if url:
        known["url"] = url
    found = extract(body, known=known)
    return found.title, found.byline


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(HEADLINES), st.sampled_from(AUTHORS), st.booleans())
def test_the_authors_name_leaves_the_title_for_the_byline(
    headline: str, author: str, follow: bool
) -> None:
    body = BODY + (f" Follow {author} on Twitter: @someone" if follow else "")
    assert _read(f"{headline} {author}", body) == (headline, author)


def test_na_1484s_form() -> None:
    title = "Meet the Rossis: Who's who in the old town's first family Michael Madden"
    url = "http://www.aljazeera.com/indepth/features/2017/02/meet-rossis-family-1702.html"
    found = extract(BODY, known={"title": title, "source": "Al Jazeera", "url": url})
    assert found.title == "Meet the Rossis: Who's who in the old town's first family"
    assert found.byline == "Michael Madden"
    assert found.provenance["byline"] == "the title's end (given)"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(HEADLINES + TITLE_CASE), st.sampled_from(AUTHORS))
def test_a_name_the_article_speaks_of_stays_in_the_title(headline: str, author: str) -> None:
    """The body names the person (no author's note), or the address's path holds the name,
    or the headline is in title case: the title is as given."""
    title = f"{headline} {author}"
    surname = author.split()[-1]
    spoken = f"{BODY} {author} said the vote was close. {surname} left."
    assert _read(title, spoken) == (title, None)
    slug = "-".join(re.findall(r"[a-z0-9]+", title.lower()))
    url = f"http://example.com/2017/02/{slug}.html"
    assert _read(title, BODY, url) == (title, None)
    for cased in TITLE_CASE:
        assert _read(f"{cased} {author}", BODY) == (f"{cased} {author}", None)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(HEADLINES + TITLE_CASE))
def test_a_headline_alone_stays(headline: str) -> None:
    assert _read(headline, BODY) == (headline, None)


def test_a_given_byline_wins() -> None:
    found = extract(
        BODY,
        known={"title": f"{HEADLINES[1]} Michael Madden", "byline": "Ann Lee", "source": "X"},
    )
    assert (found.title, found.byline) == (f"{HEADLINES[1]} Michael Madden", "Ann Lee")


def test_two_authors_names() -> None:
    """Two names glued one after the other: both are the byline."""
    title = f"{HEADLINES[4]} Sara Hammad Zena Tahhan"
    assert _read(title, BODY) == (HEADLINES[4], "Sara Hammad and Zena Tahhan")


def test_the_outlets_staff() -> None:
    """ "<the article's outlet> Staff" glued to the title is the byline; another's stays."""
    title = f"{HEADLINES[1]} Al Jazeera Staff"
    assert _read(title, BODY) == (HEADLINES[1], "Al Jazeera Staff")
    other = f"{HEADLINES[1]} Reuters Staff"
    assert _read(other, BODY) == (other, None)
