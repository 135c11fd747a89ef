"""One speaker, several spellings (sp55, issue 18): newsarticles lists "Wolfgang Sch?uble",
"Wolfgang Schauble" and "Wolfgang Schaeuble" as three people. Made-up names; the oracle is
the intact spelling's key."""

from __future__ import annotations

from datetime import datetime

from hypothesis import example, given
from hypothesis import strategies as st

from index.analysis.quote_derived import QuoteBook
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_people import People
from index.analysis.quotes import extract_quotes
from index.analysis.spelling_fold import alike, lost_letter_match

_UMLAUTS = {"ä": ("ae", "a"), "ö": ("oe", "o"), "ü": ("ue", "u"), "ß": ("ss", "ss")}
_STEMS = st.sampled_from(["Sch", "Kr", "Br", "D", "Wend", "Hal", "Gr"])
_TAILS = st.sampled_from(["uble", "ger", "hnlein", "ckel", "rner", "dorf"])
# known first names: a surname said alone joins only a full name opening with one
_GIVEN = st.sampled_from(["Wolfgang", "Sabine", "Peter", "Anna", "Klaus"])


@given(st.text())
@example("aee")
@example("İ")
@example("ℌ")
def test_alike_is_idempotent(text: str) -> None:
    assert alike(alike(text)) == alike(text)


@given(_GIVEN, _STEMS, st.sampled_from(sorted(_UMLAUTS)), _TAILS, st.sampled_from("?\ufffd"))
def test_spellings_of_one_name_are_one_person(
    first: str, stem: str, umlaut: str, tail: str, mark: str
) -> None:
    """The name with its umlaut, transliterated, without the dots, in capitals, with the letter
    lost, or as a surname alone: one person, listed under a whole spelling; a person whose
    surname differs by a letter the mark does not stand for stays apart."""
    two, one = _UMLAUTS[umlaut]
    spellings = [
        f"{first} {stem}{umlaut}{tail}",
        f"{first} {stem}{two}{tail}",
        f"{first} {stem}{one}{tail}",
        f"{first} {stem.upper()}{two.upper()}{tail.upper()}",
    ]
    marks = mark * len(umlaut.encode())  # "ü" lost as one mark or two (its UTF-8 bytes)
    lost = [f"{first} {stem}{mark}{tail}", f"{stem}{marks}{tail}"]
    if umlaut == "ß":
        lost = [f"{first} {stem}{marks}{tail}"]  # "ss": one letter lost each
    other = f"{first} {stem}{one}{tail}x"
    people = People([*spellings, *lost, *lost, *lost, other])
    keys = {people.key(n) for n in [*spellings, *lost]}
    assert len(keys) == 1
    assert people.key(other) not in keys
    assert people.shown(lost[0]) in spellings
    assert people.key(f"{first} {stem}{umlaut}{tail}") in keys  # a name read later
    assert alike(spellings[0]) == alike(spellings[1]) == alike(spellings[2])


def test_a_lost_letter_that_could_be_two_names_joins_neither() -> None:
    assert lost_letter_match("l?", ["li", "lu"]) is None
    assert lost_letter_match("kim l? smith", ["kim li smith", "kim lu smith"]) is None
    people = People(["Kim Lee", "Kim Li", "Kim L?e", "Kim Lee"])
    assert people.key("Kim Lee") != people.key("Kim Li")


def test_speakers_lists_the_reported_spellings_once() -> None:
    """`speakers` over one quote each by "Wolfgang Sch?uble", "Wolfgang Schauble" and
    "Wolfgang Schaeuble" (newsarticles' three rows): one row of three quotes."""
    sayings = [
        "The harbour fees will not rise this year, whatever the board says",
        "Every ferry will run on the hour from June onwards for the summer",
        "Nobody who works on the docks should fear for their job this winter",
    ]
    names = ["Wolfgang Sch?uble", "Wolfgang Schauble", "Wolfgang Schaeuble"]
    index = QuoteIndex()
    for k, (name, saying) in enumerate(zip(names, sayings, strict=True)):
        quotes = extract_quotes(f'"{saying}," said {name}.')
        index.add_article(f"a{k}", f"Outlet {k}", datetime(2021, 5, 1 + k), quotes)
    rows = [(s.name, s.quotes) for s in QuoteBook.speakers(index.groups())]
    assert len(rows) == 1 and rows[0][1] == 3 and rows[0][0] in names[1:]
