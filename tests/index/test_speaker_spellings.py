"""One person under two spellings: `speakers` lists a person once (nu15 item 11, where
"Trump" and "Donald Trump" were two rows of one mixed folder)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_derived import QuoteBook
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes
from index.analysis.speakernames import aliases, mentioned_full_names, spelling_key

_SAYINGS = [
    "The harbour fees will not rise this year, whatever the board says",
    "Every ferry will run on the hour from June onwards for the summer",
    "Nobody who works on the docks should fear for their job this winter",
    "We have asked the council for the money three times already this year",
]


def _speakers(names: list[str]) -> list[tuple[str, int]]:
    """The rows `speakers` makes of one quote by each of ``names`` (one article each, at
    most four: a saying each)."""
    index = QuoteIndex()
    for k, name in enumerate(names):
        body = f'"{_SAYINGS[k]}," said {name}.'
        index.add_article(f"a{k}", f"Outlet {k}", datetime(2021, 5, 1 + k), extract_quotes(body))
    return [(s.name, s.quotes) for s in QuoteBook.speakers(index.groups())]


def test_a_sentence_end_is_no_first_name() -> None:
    # "... in Washington. Trump said": "Washington" is a first name, but not Trump's
    text = "Donald Trump flew back to Washington. Trump then spoke to reporters."
    assert mentioned_full_names(text, "Trump") == ["Donald Trump"]
    assert aliases(["Trump", *mentioned_full_names(text, "Trump")]) == {"Trump": "Donald Trump"}


def test_spellings_of_one_full_name_share_a_key() -> None:
    assert spelling_key("John F. Kelly")[0] == spelling_key("John Kelly")[0] == "john kelly"
    assert spelling_key("John F. Kelly")[1] == spelling_key("John F Kelly")[1] == ("f",)
    assert spelling_key("CEO Elon Musk")[0] == spelling_key("Elon Musk")[0]
    assert spelling_key("de Mistura")[0] == spelling_key("De Mistura")[0]
    assert spelling_key("Trump") == ("Trump", ())  # a bare surname: its own
    assert spelling_key("J. Smith") == ("J. Smith", ())  # one word once initials go
    assert spelling_key("Defense Ministry") == ("Defense Ministry", ())  # a body


def test_speakers_list_one_person_once() -> None:
    rows = _speakers(["John F. Kelly", "John Kelly", "John Kelly", "Anna Keller"])
    assert sorted(rows) == [("Anna Keller", 1), ("John Kelly", 3)]


def test_speakers_keep_two_people_their_initials_tell_apart() -> None:
    rows = _speakers(["George W. Bush", "George H. W. Bush", "George Bush"])
    assert sorted(rows) == [("George Bush", 1), ("George H. W. Bush", 1), ("George W. Bush", 1)]


_FIRST = st.sampled_from(["Anna", "John", "Tom"])
_MIDDLE = st.sampled_from(["", "F. ", "W. ", "H. W. "])
_LAST = st.sampled_from(["Keller", "Kelly"])


@given(st.lists(st.tuples(_FIRST, _MIDDLE, _LAST), min_size=1, max_size=4))
def test_speakers_count_every_quote_once_and_merge_only_one_person(
    people: list[tuple[str, str, str]],
) -> None:
    names = [f"{first} {middle}{last}" for first, middle, last in people]
    rows = _speakers(names)
    assert sum(q for _, q in rows) == len(names)
    for name, _ in rows:
        merged = {n for n in names if spelling_key(n)[0] == spelling_key(name)[0]}
        initials = {spelling_key(n)[1] for n in merged} - {()}
        if len(initials) > 1:  # two middle initials: never one row
            assert sum(1 for r, _ in rows if spelling_key(r)[0] == spelling_key(name)[0]) > 1
        else:
            assert sum(1 for r, _ in rows if spelling_key(r)[0] == spelling_key(name)[0]) == 1


def test_a_bare_surname_of_two_men_told_apart_by_initials_stays_bare() -> None:
    # spelling_key keeps "George W. Bush" and "George H. W. Bush" apart: "Bush" is either
    text = "George H. W. Bush and his son George W. Bush met. Bush said"
    named = mentioned_full_names(text, "Bush")
    assert aliases(["Bush", *named]) == {}
    assert aliases(["Bush", *reversed(named)]) == {}
    assert aliases(["Bush", "George W. Bush", "George Bush"]) == {"Bush": "George W. Bush"}
    assert aliases(["Trump", "Donald J. Trump", "Donald Trump"]) == {"Trump": "Donald J. Trump"}


def test_a_surname_alone_is_the_one_full_name_of_the_listing_ending_with_it() -> None:
    """nu16: "Trump" (7) beside "Donald Trump" (29), from articles that never name him in
    full: one row when the listing holds one full name of that surname."""
    rows = dict(_speakers(["Donald Trump", "Trump", "Donald Trump", "Anna Keller"]))
    assert rows == {"Donald Trump": 3, "Anna Keller": 1}
    # two full names of one surname: "Trump" alone could be either
    rows = dict(_speakers(["Donald Trump", "Trump", "Ivanka Trump"]))
    assert rows == {"Donald Trump": 1, "Trump": 1, "Ivanka Trump": 1}
