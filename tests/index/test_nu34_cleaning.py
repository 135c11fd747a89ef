"""A BBC-style copy (nu34 #3): the "BBC News, Kyiv" line under the byline stayed in the body
and named no outlet; the topics under "Related Topics" and a "We need your support. Become
a member." appeal stayed in the body. An "Outlet, Place" line under a byline names the
outlet and the dateline; a topics list at the end and that appeal are debris; reporting
that reads like them stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.metadata import outlet_and_place

TITLE = "Ukraine war: Kyiv hit by overnight drone attack"
LEDE = (
    "Kyiv was hit by a wave of drones overnight, Ukrainian officials said on Tuesday, with "
    "air defences shooting down most of them."
)
SECOND = "The city's mayor said two people were injured by falling debris."
THIRD = "Russia has stepped up its air campaign in recent weeks."
APPEAL = "We need your support. Become a member."


def copy(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([TITLE, "12 March 2024", *head, LEDE, SECOND, THIRD, *tail]) + "\n"


@pytest.mark.parametrize(
    ("sited", "place"),
    [
        ("BBC News, Kyiv", "Kyiv"),
        ("BBC News, Kyiv |", "Kyiv"),
        ("BBC News, Kyiv | Share", "Kyiv"),
        ("BBC News, New York", "New York"),
        ("Political reporter, BBC News", None),
    ],
)
def test_an_outlet_and_place_under_the_byline(sited: str, place: str | None) -> None:
    got = extract(copy("By John Smith", sited))
    assert (got.source, got.byline, got.dateline) == ("BBC News", "John Smith", place)
    assert got.body.startswith("Kyiv was hit")


def test_an_outlet_and_place_in_the_byline() -> None:
    """ "By John Smith, BBC News, Kyiv" gave the byline "John Smith, BBC News, Kyiv"."""
    got = extract(copy("By John Smith, BBC News, Kyiv"))
    assert (got.source, got.byline) == ("BBC News", "John Smith")
    assert got.body.startswith("Kyiv was hit")


@pytest.mark.parametrize(
    "tail",
    [
        ("Related Topics", "Russia", "Ukraine", APPEAL),
        ("Related Topics", "Russia | Ukraine"),
        ("Explore more on these topics", "Russia", "War in Ukraine"),
        (APPEAL,),
        ("Related Topics", "Russia", "Ukraine"),
    ],
)
def test_topics_and_the_appeal_leave_the_body(tail: tuple[str, ...]) -> None:
    got = extract(copy("By John Smith", "BBC News, Kyiv", tail=tail))
    assert got.body.endswith(THIRD)
    assert all(line in "\n".join(got.removed) for line in tail)


@pytest.mark.parametrize(
    "line",
    [
        "BBC News, Politics",  # a desk, no place
        "Valley Gazette, Kyiv",  # an outlet the table does not know
        "BBC News, 2 hours ago",
    ],
)
def test_other_lines_under_a_byline_are_no_outlet_and_place(line: str) -> None:
    assert outlet_and_place(line) is None


def test_an_outlet_and_place_is_read_under_a_byline_only() -> None:
    got = extract(copy("BBC News, Kyiv", "By John Smith"))
    assert got.dateline != "Kyiv"


@pytest.mark.parametrize(
    "reporting",
    [
        '"We need your support," the mayor told residents at the meeting.',
        "We need your help to rebuild the bridge, the mayor told residents on Monday.",
        "Related topics included trade, security and the war in Ukraine, officials said.",
    ],
)
def test_reporting_that_reads_like_debris_stays(reporting: str) -> None:
    got = extract(copy("By John Smith", tail=(reporting,)))
    assert got.body.endswith(reporting)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_SENTENCE = st.lists(_WORD, min_size=14, max_size=30).map(
    lambda words: " ".join(words).capitalize() + ", officials said."
)


@given(st.lists(_SENTENCE, min_size=1, max_size=5))
def test_no_paragraph_of_reporting_is_removed(paragraphs: list[str]) -> None:
    """Any paragraphs of reporting between the head and the debris stay, whole and in order;
    the debris goes (paragraphs of prose: a text of one short line has no lede for a list
    to follow, so its topics stay, as before)."""
    head = [TITLE, "12 March 2024", "By John Smith", "BBC News, Kyiv"]
    got = extract("\n\n".join([*head, *paragraphs, "Related Topics", "Russia", "Ukraine", APPEAL]))
    assert got.body.split("\n\n") == paragraphs
    assert got.source == "BBC News"
