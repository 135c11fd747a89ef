"""fx127: a dateline's place shown as the text writes it; "By NAME Role words, Outlet"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.text.dateline_case import _ACRONYMS, shown_place
from index.text.extract import extract
from index.text.metadata import read_byline

LEDE = "talks between the two sides stalled again on Monday, officials said on Tuesday."


@pytest.mark.parametrize(
    ("dateline", "later", "shown"),
    [
        ("MEXICO CITY, March 2 (Reuters) -", "in Mexico City", "Mexico City, March 2"),
        ("NEW YORK, MARCH 2 -", "in the city", "New York, March 2"),
        ("WASHINGTON, D.C., March 2 -", "in Washington", "Washington, D.C., March 2"),
        ("DAR ES SALAAM, March 2 (Reuters) -", "there", "Dar es Salaam, March 2"),
        ("ISLE OF MAN, March 2 (Reuters) -", "in the UK", "Isle of Man, March 2"),
        ("WINSTON-SALEM, N.C. (AP) -", "there", "Winston-Salem, N.C."),
        ("ST. JOHN'S, Newfoundland, March 2 -", "there", "St. John's, Newfoundland, March 2"),
        ("BOGOTÁ (Reuters) -", "in Bogotá", "Bogotá"),
        ("MCALLEN, Texas, March 2 -", "in McAllen", "McAllen, Texas, March 2"),
    ],
)
def test_dateline_fact_as_written(dateline: str, later: str, shown: str) -> None:
    text = (
        f"Trade talks stall over tariffs\n\n{dateline} The {LEDE} It happened {later}, they said."
    )
    found = extract(text)
    assert found.dateline == shown
    assert f"{dateline} The talks" in found.body  # the body keeps the dateline as written


_WORD = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWXYZ", min_size=2, max_size=9).filter(
    lambda word: word.lower() not in _ACRONYMS  # kept in capitals: "UK", "UAE" (ci141 drew UK)
)


@given(st.lists(_WORD, min_size=1, max_size=3), st.booleans())
def test_shown_place_only_changes_case(names: list[str], named_again: bool) -> None:
    """Oracle: the place shown is the dateline's letters in another case; the form the text
    uses when it names the place again in small letters, else one with small letters."""
    place = " ".join(names)
    written = " ".join(name.capitalize() for name in names)
    text = f"It happened in {written} on Monday." if named_again else "It happened there."
    shown = shown_place(place, text)
    assert shown.upper() == place.upper()
    if named_again:
        assert shown == written
    assert any(c.islower() for c in shown) or all(len(n) <= 3 for n in names)


@given(st.sampled_from(["Bogotá", "Toronto", "Mexico City", "Washington, D.C."]))
def test_shown_place_keeps_small_letters(place: str) -> None:
    assert shown_place(place, f"In {place.upper()} today.") == place


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Chris Mason Political correspondent, BBC News", ("Chris Mason", "BBC News")),
        ("By Laura Kuenssberg Political editor, BBC News", ("Laura Kuenssberg", "BBC News")),
        ("By Jane Doe Senior writer, Valley Gazette", ("Jane Doe", "Valley Gazette")),
        ("By Chris Mason, Political correspondent, BBC News", ("Chris Mason", "BBC News")),
        ("By Chris Mason Political correspondent | BBC News", ("Chris Mason", "BBC News")),
        ("By Chris Mason Political correspondent - BBC News", ("Chris Mason", "BBC News")),
        ("By Jane Doe, CNN", ("Jane Doe", "CNN")),  # unchanged
        ("By Staff Writer | CNN", ("", "CNN")),  # unchanged: a role, no name
        ("By Jane Doe, Senior Writer, CNN", ("Jane Doe, Senior Writer", "CNN")),  # unchanged
    ],
)
def test_byline_name_role_outlet(line: str, expected: tuple[str, str]) -> None:
    assert read_byline(line) == expected


def test_byline_role_outlet_in_text() -> None:
    text = f"Brexit talks stall\n\nBy Chris Mason Political correspondent, BBC News\n\nThe {LEDE}"
    found = extract(text)
    assert (found.title, found.byline, found.source) == (
        "Brexit talks stall",
        "Chris Mason",
        "BBC News",
    )
    assert found.body.startswith("The talks")


@given(
    st.sampled_from(["Chris Mason", "Ana de la Cruz", "Tom Head", "Mary Lee"]),
    st.sampled_from(["Political correspondent", "Chief football writer", "Health editor"]),
    st.sampled_from(["BBC News", "CNN", "Reuters", "The Guardian"]),
    st.sampled_from([", ", " | ", " - "]),
)
def test_byline_role_outlet_property(name: str, job: str, outlet: str, mark: str) -> None:
    """Oracle: the name as written, the outlet table's name for the outlet."""
    found = read_byline(f"By {name} {job}{mark}{outlet}")
    assert found is not None
    assert found[0] == name
    assert found[1] is not None and found[1].casefold().endswith(outlet.casefold().split()[-1])


TITLE = "Spin and lies will not hide the border surge"


@pytest.mark.parametrize(
    ("head", "byline", "outlet"),
    [
        ("By Rich Lowry\nRich Lowry - 2021-09-20", "Rich Lowry", None),
        (
            "By Rich Lowry\nRich Lowry - 2021-09-20\nhttps://nypost.com/2021/09/20/spin",
            "Rich Lowry",
            "New York Post",
        ),
        (
            "Kyle Smith, 2021-09-20\nhttps://www.nationalreview.com/corner/x",
            "Kyle Smith",
            "National Review",
        ),
        ("Kyle Smith - 2021-09-20", "Kyle Smith", None),
        ("By Rich Lowry\nNew York Post (Opinion) - 2021-09-20", "Rich Lowry", "New York Post"),
        ("Daily Press - 2021-09-20", None, "Daily Press"),  # unchanged: an outlet
        ("Mother Jones - 2021-09-20", None, "Mother Jones"),  # unchanged: no person
    ],
)
def test_a_columnist_line_is_no_outlet(head: str, byline: str | None, outlet: str | None) -> None:
    """AllSides rates columnists as sources: as a .txt's "Outlet - date" line the columnist
    was the outlet; the byline instead, the outlet from where the text names one."""
    found = extract(f"{TITLE}\n{head}\n\nThe {LEDE}")
    assert (found.title, found.byline, found.source) == (TITLE, byline, outlet)
    assert found.date is not None and found.date.day == 20


@given(
    st.sampled_from(["Kyle Smith", "Jennifer Rubin", "Paul Krugman", "Jill Lawrence"]),
    st.sampled_from([" - ", ", "]),
    st.booleans(),
)
def test_columnist_property(name: str, mark: str, by: bool) -> None:
    """Oracle: the columnist's name is the byline and never the outlet."""
    head = (f"By {name}\n" if by else "") + f"{name}{mark}2021-09-20"
    found = extract(f"{TITLE}\n{head}\n\nThe {LEDE}")
    assert found.byline == name and found.source is None and found.title == TITLE


LETTER = (
    "I have lived in this town for forty years and I have never seen the roads in such a "
    "state as they are this winter."
)


def test_a_letters_first_paragraph_is_no_headline() -> None:
    """rv55's risk (.txt only): a letter's first-person paragraph right over a date line."""
    found = extract(f"{LETTER}\nMarch 2, 2021\n\nThe council must act now, {LEDE}")
    assert found.title_derived and found.body.startswith(LETTER)


@pytest.mark.parametrize(
    "headline",
    [
        "I Was Ghosted 3 Times In The Last Year. Here Are 6 Things I Learned.",
        "Eric Adams is leading, but the race for New York City mayor isn't decided. Here's "
        "what we know.",
        "Daily Mail reporter: We were told the whole street would be cleared by noon and it "
        "was not",  # no full stop (fx118's long headline)
    ],
)
def test_long_real_headlines_stay(headline: str) -> None:
    found = extract(f"{headline}\nMarch 2, 2021\n\nThe {LEDE}")
    assert found.title == headline and not found.title_derived
    assert found.date is not None and found.date.day == 2


@given(
    st.lists(st.sampled_from(["the", "roads", "town", "winter", "council", "years"]), min_size=21),
    st.sampled_from(["I", "my", "we", "our"]),
)
def test_letter_paragraph_oracle(words: list[str], pronoun: str) -> None:
    """Oracle: 21+ words with a first-person word, ending in a full stop: a letter's."""
    from index.text.head_choice import letter_paragraph

    line = " ".join(["Since", pronoun, *words]) + "."
    assert letter_paragraph(line)
    assert not letter_paragraph(line[:-1])  # no full stop: a headline may run so
    assert not letter_paragraph(" ".join(["Since", *words[:10]]) + ".")
