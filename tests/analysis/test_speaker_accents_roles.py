"""Issue 18 (nu45 #4, sp39): speakers an analyst found cut, padded or misplaced.

Accented names whole, also where a copy lost the accented letter to U+FFFD ("T\ufffd\ufffdnaiste"
named "T"); role and party words ("TD", "Republican") are the description, not the name; "a
Senate Democratic leadership aide" names no one; a town before ", New York" is no one "he"
points to; "After leaving Kent," names no one; "Speaker of the House Paul Ryan" is Paul Ryan.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.names import split_title, tokens
from index.analysis.namesakes import _lost_alike
from index.analysis.quotes import extract_quotes

_QUOTE = "We will not be running in the next general election, but we will keep working"
_GIVEN = ["José", "Éamon", "Seán", "Zoë", "Aodhán", "Nóirín", "Jürgen", "Ramón", "Dara", "Mary"]
_FAMILY = ["Müller", "Ó Cuív", "Lóránt", "Gutiérrez", "Strejcová", "Kelly", "Nunes", "Höß"]
_ROLES = ["", "Fianna Fáil TD ", "Sinn Féin MEP ", "Fine Gael TD ", "Republican "]
_LOST = "\ufffd\ufffd"  # what a copy decoded twice writes for one accented letter


def _said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.description) for q in extract_quotes(text)]


def _lose_accents(name: str) -> str:
    """``name`` as the copies in the corpora that lost accented letters write it: a capital
    that opens a word kept ("Ó Donnabh\ufffd\ufffdin"), the others two marks each."""
    return " ".join(
        w[0] + "".join(_LOST if not c.isascii() else c for c in w[1:]) for w in name.split()
    )


def _patterns(name: str, role: str, pronoun: str) -> list[str]:
    return [
        f'"{_QUOTE}," said {role}{name}.',
        f'{role}{name} said: "{_QUOTE}."',
        f'"{_QUOTE}," {role}{name} told reporters.',
        f'{role}{name} spoke on Friday. "{_QUOTE}," {pronoun} said.',
    ]


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_FAMILY),
    st.sampled_from(_ROLES),
    st.booleans(),
    st.integers(0, 3),
)
@example("Jimmy", "Deenihan", "Former Fine Gael TD ", False, 3)  # nu45: "Gael TD Jimmy Deenihan"
@example("Devin", "Nunes", "Republican ", False, 2)  # nu45: "Republican Devin Nunes"
@example("José", "Müller", "", True, 0)  # "Jos" before
def test_an_accented_name_is_the_whole_speaker(
    given_name: str, family: str, role: str, lost: bool, pattern: int
) -> None:
    name = f"{given_name} {family}"
    pronoun = {MALE: "he", FEMALE: "she"}.get(first_name_gender(given_name) or "")
    if pronoun is None or lost:  # "he" after "Jos\ufffd\ufffd": no man's name known (not tried)
        pattern = min(pattern, 2)
    if role == "Republican " and (lost or pronoun is None):
        role = ""  # a party's word goes before a known given name only
    if lost:
        name = _lose_accents(name)
    text = _patterns(name, role, pronoun or "he")[pattern]
    assert [s for s, _ in _said(text)] == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title alone, accents kept or lost, is no one's name
        (f'The Taoiseach said: "{_QUOTE}."', None),
        (f'The T{_LOST}naiste said: "{_QUOTE}."', None),
        (f'"{_QUOTE}," said T{_LOST}naiste Frances Fitzgerald.', "Frances Fitzgerald"),
        (f'Taoiseach Enda Kenny met the press. The Taoiseach said: "{_QUOTE}."', "Enda Kenny"),
        # "Garda" + lost letters: a word, not "Garda" and marks
        (f'"{_QUOTE}," said Beyonc{_LOST}.', f"Beyonc{_LOST}"),
        # a role of several lower-case words after capitals: someone described
        (f'"{_QUOTE}," said a Senate Democratic leadership aide.', None),
        (f'"{_QUOTE}," a Reagan administration official said.', None),
        # ... but "a"/"an" and a body's name: the body, as "a Kremlin spokesman" (unchanged)
        (f'"{_QUOTE}," said a U.S. Bank foreign exchange manager.', "U.S. Bank"),
        (f'"{_QUOTE}," a USDA conservation specialist said.', "USDA"),
        (f'"{_QUOTE}," an EU spokesman said.', "EU"),
        # a clause on "after ...ing" names no one
        (
            "He was born in Kent in 1964. After leaving Kent, he spent time in the West "
            f'Midlands, with a witness to a raid on a flat in Edgbaston saying: "{_QUOTE}."',
            None,
        ),
        (f'After meeting Trump, Merkel said: "{_QUOTE}."', "Merkel"),
        # a town before a state is no one "he" points to
        (
            "Joe Biden spoke on Friday. Biden, speaking at Colgate University in Hamilton, "
            f'New York, said he could have won. "{_QUOTE}," he said.',
            "Joe Biden",
        ),
        (
            f'Hamilton, a senator from Ohio, said he could have won. "{_QUOTE}," he said.',
            "Hamilton",
        ),
        # a title "of the" body, then the name
        (
            "Trump called Speaker of the House Paul Ryan at 3 p.m. on Friday. "
            f'"{_QUOTE}," Ryan said.',
            "Paul Ryan",
        ),
        # the Pope: "The Pope said ..." and "he" after it
        (
            "Taoiseach Enda Kenny will join 26 other leaders in Rome today. Last night Pope "
            "Francis welcomed the leaders. The Pope said problems could be overcome. "
            f'"{_QUOTE}," he said.',
            "Francis",
        ),
        # unchanged: a name after a title, a party word that is a body's
        (f'"{_QUOTE}," said Sean Spicer, the White House press secretary.', "Sean Spicer"),
        (f'"{_QUOTE}," the Republican National Committee said.', "Republican National Committee"),
    ],
)
def test_speaker(text: str, speaker: str | None) -> None:
    assert [s for s, _ in _said(text)] == [speaker]


def test_the_role_is_the_description() -> None:
    assert _said(f'"{_QUOTE}," Republican Devin Nunes said.') == [("Devin Nunes", "Republican")]
    assert _said(f'Fine Gael TD Jimmy Deenihan said: "{_QUOTE}."') == [
        ("Jimmy Deenihan", "Fine Gael TD")
    ]
    said = _said(f'"{_QUOTE}," said a Senate Democratic leadership aide.')
    assert said == [(None, "a Senate Democratic leadership aide")]


def test_a_word_keeps_its_lost_letters() -> None:
    text = f"T{_LOST}naiste and Garda{_LOST} spoke"
    assert [t.text for t in tokens(text)] == [f"T{_LOST}naiste", "and", f"Garda{_LOST}", "spoke"]
    assert tokens(text)[0].norm == "t?naiste"
    assert [t.text for t in tokens('a "\ufffd[Trump] must')][:2] == [
        "a",
        '"',
    ]  # a lone mark stays one


def test_split_title() -> None:
    assert split_title(["Speaker", "of", "the", "House", "Paul", "Ryan"]) == (
        ["Speaker", "of", "the", "House"],
        ["Paul", "Ryan"],
        False,
    )
    assert split_title(["Bank", "of", "the", "West"])[2]  # a body still
    assert split_title(["Republican", "Devin", "Nunes"])[:2] == (["Republican"], ["Devin", "Nunes"])
    assert split_title(["Republican", "National", "Committee"])[2]


def test_two_spellings_that_lost_letters_are_one_person() -> None:
    assert _lost_alike(f"N{_LOST}ir{_LOST}n O'Sullivan", f"No{_LOST}r{_LOST}n O'Sullivan")
    assert not _lost_alike("Nora O'Sullivan", "Niall O'Sullivan")  # nothing lost: two people
    assert not _lost_alike(f"N{_LOST}ir{_LOST}n O'Sullivan", f"M{_LOST}ire O'Sullivan")
