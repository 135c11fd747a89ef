"""What a comparison's "names only in" lists leave out: words that only say where from, a
dateline's place, and numbers (listed apart). A new user's lists held "German", "Mexican",
"Crimean", "British Prime Minister", "MEXICO CITY" and "Post" (of "New York Post")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.demonyms import DEMONYMS, is_demonym, not_a_name
from index.analysis.entities import find_names
from index.analysis.multicompare import Document, compare_many
from index.analysis.pair_names import pair_only_in

A = (
    "MEXICO CITY — Mexican officials said on Monday that two Spanish nationals and a German "
    "tourist were held at the border, the New York Post reported. The British Prime Minister "
    "called for calm. The Kremlin denied the Crimean claims, adding that 200,000 people left."
)
B = "Officials held three people at the border on Monday, police said."


def test_the_two_way_lists_hold_names_then_numbers() -> None:
    only_a, only_b = pair_only_in(A, B)
    assert only_a == ("New York Post", "Kremlin", "two", "200,000")
    assert only_b == ("three",)


def test_the_many_way_lists_hold_only_names() -> None:
    docs = [Document(str(k), "", None, None, text) for k, text in enumerate((A, B, B + " Yes."))]
    only = compare_many(docs).only_in[0]
    assert [e.name for e in only.names] == ["New York Post", "Kremlin"]
    assert [n.text for n in only.numbers] == ["two", "200,000"]


def test_a_dateline_place_named_again_in_the_text_is_listed() -> None:
    """Where the reporter files from is listed when the text names the place again: seed
    000's "Ban, who was in Mexico City" is a real difference (rv56 on cp43's nu50 #10 rule,
    reverted at integration)."""
    text = "MEXICO CITY — Rain fell on Monday. Mexico City closed its schools, officials said."
    assert "mexico city" in [n.lower() for n in pair_only_in(text, B)[0]]


def test_an_adjective_still_matches_its_country() -> None:
    """ "Russian" is no name to list, but it still says the article gives Russia."""
    only_a, only_b = pair_only_in("Russia denied it on Monday.", "Russian officials denied it.")
    assert only_a == () and only_b == ()


def test_new_york_is_no_role_before_a_name() -> None:
    """ "York" is a first name: "New" was read as a role before "York Post"."""
    assert [m.text for m in find_names("He told the New York Post on Monday.")] == ["New York Post"]
    assert [m.text for m in find_names("Farmer Elizabeth Antonio spoke.")] == ["Elizabeth Antonio"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("mexican",), True),
        (("mexicans",), True),
        (("swiss",), True),
        (("north", "korean"), True),
        (("british", "prime", "minister"), True),
        (("mexican", "president"), True),
        (("kremlin",), False),
        (("germany",), False),
        (("david", "french"), False),
        (("british", "airways"), False),
        (("russian", "foreign", "ministry"), False),
    ],
)
def test_not_a_name(key: tuple[str, ...], expected: bool) -> None:
    assert not_a_name(key) is expected


@given(st.sampled_from(sorted(DEMONYMS)), st.sampled_from(["", "s"]))
def test_every_demonym_alone_is_not_a_name(word: str, plural: str) -> None:
    assert is_demonym(word) and not_a_name((word,))
    if plural and not word.endswith(("ese", "ish", "ch", "s")):  # "Chinese", "Swiss"
        assert is_demonym(word + plural) and not_a_name((word + plural,))


def test_peoples_in_the_plural_are_not_listed() -> None:
    """ "Pakistanis", "Israelis", "Saudis" (an -i adjective's plural) and the plurals news
    writes apart ("Spaniards", "Turks", "Swedes") are no names either (review rv15)."""
    text = (
        "Pakistanis, Israelis and Saudis met in Cairo on Monday. Spaniards, Turks, Swedes, "
        "Danes, Finns, Poles and Scots watched, as did Iraqis and Yemenis."
    )
    assert pair_only_in(text, B)[0] == ("Cairo",)
