"""A person known by one unlisted name: her sentences as subject are hers (nu38 #2)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.firstnames import first_name_gender
from index.analysis.namebook import NameBook
from index.analysis.quotes import extract_quotes
from index.text.places import PLACE_NAMES, REGIONS

# invented, in the shape of na-1180: two women, the second's name unknown to the list
_TWO_WOMEN = (
    'Monika lives in a small flat. "We have nothing left," she says. '
    "Twenty-eight-year-old Ravleen is her neighbour. "
    "Ravleen has started sewing at home since the mill closed. "
    '"The work pays very little for each piece," she explains. '
    "Ravleen is angry that the mill closing cost her husband his job. "
    "Ravleen says that nobody asked people like them. "
    '"It is a catastrophe," she concludes.'
)


def test_she_is_the_one_name_woman_who_spoke_last() -> None:
    speakers = [q.speaker for q in extract_quotes(_TWO_WOMEN)]
    assert speakers == ["Monika", "Ravleen", "Ravleen"]


def test_an_age_before_a_name_is_no_part_of_it() -> None:
    book = NameBook(_TWO_WOMEN, [(q.start, q.end) for q in extract_quotes(_TWO_WOMEN)])
    assert all("year-old" not in m.name for m in book.mentions)


def test_a_body_that_says_is_no_one_name_person() -> None:
    text = (
        'Kestrel says it will open ten shops. "We are growing," it said. '
        'Kestrel is expanding fast. Anna Berg left. "It went well," she said.'
    )
    book = NameBook(text, [(q.start, q.end) for q in extract_quotes(text)])
    assert [m.start for m in book.mentions if m.name == "Kestrel"] == [0]


_WORDS = st.sampled_from(
    ["Ravleen", "says", "is", "her", "she", "angry", "works", ".", '"Fine,"', "Monika", "the"]
)


@given(st.lists(_WORDS, max_size=40))
def test_one_name_subjects_stand_outside_quotes_on_their_name(words: list[str]) -> None:
    """Oracle: every mention the book holds starts outside every quotation, and each
    "Ravleen" mention starts on the word itself."""
    text = " ".join(words)
    quoted = [(q.start, q.end) for q in extract_quotes(text)]
    book = NameBook(text, quoted)
    for m in book.mentions:
        assert not any(s < m.start < e for s, e in quoted)
        if m.name == "Ravleen":
            assert text.startswith("Ravleen", m.start)


def test_a_titled_name_or_a_nickname_stays_as_it_was() -> None:
    text = (
        'Ana Ruiz, known to all as Pepis, met us. "We are late," said Pepis. '
        "Pepis is on the phone again. "
        '"Come now," she says.'
    )
    book = NameBook(text, [(q.start, q.end) for q in extract_quotes(text)])
    assert [m.start for m in book.mentions if m.name == "Pepis"] == [text.index("said Pepis") + 5]


# rv38 #1 (fx68): a place or body that "says" is no one-word woman. (A man's "he said"
# goes to such a place before and after fx55 by another way: not this rule's.)
_PLACES = sorted(
    w.title()
    for w in PLACE_NAMES | REGIONS
    if len(w) > 3
    and first_name_gender(w) is None
    and not any(o != w and o.startswith(w) for o in REGIONS)  # "Mich", "Calif": cut short
)


@given(
    st.sampled_from([*_PLACES, "Zanbury", "Corvel"]),
    st.sampled_from(["where", "when", "while"]),
)
def test_a_place_that_says_takes_no_quote(place: str, relative: str) -> None:
    """The oracle: the quote's "she" is the one woman's; a place's "says" and a "she" in a
    relative clause after it ("Kentucky is where she grew up") make no woman of it."""
    text = (
        f"Lisa Moore spoke at the rally. {place} says the law stands. "
        f'{place} is {relative} she grew up. "It is home," she said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Lisa Moore"]


def test_a_pronoun_heading_the_next_sentence_still_tells_the_one_name() -> None:
    text = (
        "Lisa Moore spoke at the rally. Ravleen says the law stands. "
        'Ravleen is tired. She grew up here. "It is home," she said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ravleen"]
