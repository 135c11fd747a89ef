"""A comparison lists no title's abbreviation before a name ("Ret. Lt. Gen. Robert Harward",
"Education Sec. Betsy DeVos") and no state's postal code after a place ("Oroville, CA") as a
name (fx110, nu49 #5); the names beside them stay."""

from __future__ import annotations

import pytest

from index.analysis.entities import Lexicon, find_names
from index.analysis.namefragments import tidy


def names(text: str) -> list[str]:
    lexicon = Lexicon.of([text])
    return [m.text for m in tidy(text, find_names(text, lexicon), lexicon)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The adviser, Ret. Lt. Gen. Robert Harward, said no.", ["Robert Harward"]),
        ("Education Sec. Betsy DeVos spoke on Tuesday.", ["Betsy DeVos"]),
        ("Residents of Oroville, CA left their homes.", ["Oroville"]),
        ("The dam is near Oroville, CA. Crews worked.", ["Oroville"]),
    ],
)
def test_abbreviations_beside_a_name_are_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Sen. Warren. Trump said no.", ["Warren"]),  # (Trump opens a sentence)
        ("CA Technologies said sales rose.", ["CA Technologies"]),
        ("She spoke to Mr. Ret on Monday. Sec said nothing.", ["Ret"]),
        ("The CA said it would appeal.", ["CA"]),
    ],
)
def test_names_beside_no_abbreviation_stay(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Flows rose. "?RT? News (@rtenews) February 13, 2017 Crews worked.', ["Crews"]),
        (
            '@ButteSheriff "?CA - DWR (@CA_DWR) February 13, 2017 Evacuations began.',
            ["Evacuations"],
        ),
        ("A video posted by K Newton (@fignorcal) on Feb 11, 2017 at 7:48pm PST", []),
        ("— Jerry Brown (@JerryBrownGov) February 12, 2017", []),
    ],
)
def test_names_signing_an_embedded_post_are_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_name_before_a_handle_without_a_date_stays() -> None:
    assert names("Governor Jerry Brown (@JerryBrownGov) wrote that help was coming.") == [
        "Jerry Brown"
    ]
