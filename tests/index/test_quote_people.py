"""One person is one speaker (issue 18): the names outlets give one person ("Juncker",
"Jean-Claude Juncker"; "Kim Jong-un", "Kim Jong Un"; "Steve", "Steven Mnuchin") are one
row of `speakers` and one `--speaker`, and different people ("Kim Jong-nam", two Smiths)
never are."""

from __future__ import annotations

import random
import unicodedata
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_derived import QuoteBook
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_people import People, folded
from index.analysis.quotes import extract_quotes

_SAYINGS = [
    "The harbour fees will not rise this year, whatever the board says",
    "Every ferry will run on the hour from June onwards for the summer",
    "Nobody who works on the docks should fear for their job this winter",
    "We have asked the council for the money three times already this year",
]


def _groups(names: list[str]) -> QuoteBook:
    """A book of one quote by each of ``names`` (one article each, at most four)."""
    index = QuoteIndex()
    for k, name in enumerate(names):
        body = f'"{_SAYINGS[k]}," said {name}.'
        index.add_article(f"a{k}", f"Outlet {k}", datetime(2021, 5, 1 + k), extract_quotes(body))
    return QuoteBook(index.groups())


def _persons(names: list[str]) -> set[frozenset[str]]:
    people = People(names)
    found: dict[str, set[str]] = {}
    for name in names:
        found.setdefault(people.key(name), set()).add(name)
    return {frozenset(same) for same in found.values()}


def test_spellings_of_one_person_are_one() -> None:
    names = ["Jean-Claude Juncker", "Jean Claude Juncker", "Juncker", "Mr. Juncker", "Juncker's"]
    assert _persons(names) == {frozenset(names)}
    assert _persons(["Kim Jong-un", "Kim Jong Un", "KIM JONG UN"]) == {
        frozenset(["Kim Jong-un", "Kim Jong Un", "KIM JONG UN"])
    }
    assert _persons(["Steve Mnuchin", "Steven Mnuchin"]) == {
        frozenset(["Steve Mnuchin", "Steven Mnuchin"])
    }
    assert _persons(["Emmanuel Macron", "Emmanuel Macrón", "Macrón"]) == {
        frozenset(["Emmanuel Macron", "Emmanuel Macrón", "Macrón"])
    }
    assert _persons(["Ronald Reagan", "Reagan"]) == {frozenset(["Ronald Reagan", "Reagan"])}
    assert _persons(["Bill Clinton", "William Clinton", "President Bill Clinton"]) == {
        frozenset(["Bill Clinton", "William Clinton", "President Bill Clinton"])
    }


def test_different_people_stay_apart() -> None:
    kims = ["Kim Jong-un", "Kim Jong-nam", "Kim Yo-jong"]
    assert _persons(kims) == {frozenset([k]) for k in kims}
    smiths = ["John Smith", "Mary Smith", "Smith"]  # "Smith" could be either
    assert _persons(smiths) == {frozenset([s]) for s in smiths}
    stephens = ["Stephen Miller", "Steven Miller"]  # two given names, maybe two men
    assert _persons(stephens) == {frozenset([s]) for s in stephens}
    # a first name alone is no surname ("James"); a body's word is no person's ("White")
    assert _persons(["LeBron James", "James"]) == {
        frozenset(["LeBron James"]),
        frozenset(["James"]),
    }
    assert _persons(["White House", "Tom White", "White"]) == {
        frozenset(["White House"]),
        frozenset(["Tom White", "White"]),
    }


def test_bush_with_one_middle_initial_joins_it_with_two_joins_neither() -> None:
    assert _persons(["George W. Bush", "George Bush", "Bush"]) == {
        frozenset(["George W. Bush", "George Bush", "Bush"])
    }
    three = ["George W. Bush", "George H. W. Bush", "George Bush", "Bush", "George W Bush"]
    assert _persons(three) == {
        frozenset(["George W. Bush", "George W Bush"]),
        frozenset(["George H. W. Bush"]),
        frozenset(["George Bush"]),
        frozenset(["Bush"]),
    }


def test_a_chinese_family_name_alone_joins_no_one() -> None:
    """Read on newsarticles: "Jin" (of Jin Chengzhi, in its article) was taken for the
    corpus's one "Jin Gang", "Xiao" (Xiao Lisheng) for "David Xiao"."""
    assert _persons(["Jin Gang", "Jin"]) == {frozenset(["Jin Gang"]), frozenset(["Jin"])}
    assert _persons(["David Xiao", "Xiao"]) == {frozenset(["David Xiao"]), frozenset(["Xiao"])}
    # the last word of a name said family first is a given name: "Hong" is another Hong
    assert _persons(["Kim Won Hong", "Hong"]) == {frozenset(["Kim Won Hong"]), frozenset(["Hong"])}
    assert _persons(["Marco Rubio", "Rubio"]) == {frozenset(["Marco Rubio", "Rubio"])}


def test_no_title_body_or_first_name_is_taken_for_a_family_name() -> None:
    """Read on newsarticles: each of these was merged by a first draft."""
    for full, word in [
        ("Staff Reince Priebus", "Staff"),
        ("Sue Kruczek", "Sue"),
        ("Scotland Yard", "Scotland"),
        ("Republican Devin Nunes", "Republican"),
        ("Volkswagen China", "Volkswagen"),
        ("Francisco-based Uber", "Uber"),
        ("Defense Ministry of Russia", "Russia"),
    ]:
        assert _persons([full, word]) == {frozenset([full]), frozenset([word])}


def test_speakers_list_a_person_under_the_most_given_full_name() -> None:
    book = _groups(["Steven Mnuchin", "Steve Mnuchin", "Mnuchin", "Steven Mnuchin"])
    rows = [(s.name, s.quotes, s.articles) for s in QuoteBook.speakers(book.groups, book.people)]
    assert rows == [("Steven Mnuchin", 4, 4)]


def test_speaker_filter_finds_every_name_of_the_person() -> None:
    book = _groups(["Jean-Claude Juncker", "Juncker", "Kim Jong Un", "Kim Jong-nam"])
    by = {g.speaker: g for g in book.groups}
    assert set(book.select(speaker="jean claude juncker")) == {
        by["Jean-Claude Juncker"],
        by["Juncker"],
    }
    assert book.select(speaker="Kim Jong-un") == [by["Kim Jong Un"]]
    assert book.select(speaker="steve juncker") == []
    book = _groups(["Steven Mnuchin", "Tom Berg"])
    assert [g.speaker for g in book.select(speaker="Steve Mnuchin")] == ["Steven Mnuchin"]


_GIVEN = st.sampled_from(["Steve", "Steven", "Stephen", "Bill", "William", "Anna", "Jean-Claude"])
_MIDDLE = st.sampled_from(["", "", "W. ", "H. W. ", "W "])
_SURNAME = st.sampled_from(["Smith", "Juncker", "Mnuchin", "Macrón", "Macron", "Ocasio-Cortez"])
_TITLE = st.sampled_from(["", "", "Mr. ", "President "])
_NAME = st.one_of(
    st.builds(lambda t, g, m, s: f"{t}{g} {m}{s}", _TITLE, _GIVEN, _MIDDLE, _SURNAME),
    st.builds(lambda t, s, p: f"{t}{s}{p}", _TITLE, _SURNAME, st.sampled_from(["", "'s"])),
)


def _initials(name: str) -> tuple[str, ...]:
    return tuple(w.rstrip(".") for w in name.split() if len(w.rstrip(".")) == 1)


def _surname(name: str) -> str:
    last = folded(name).split()[-1] if "-" not in name.split()[-1] else name.split()[-1]
    plain = unicodedata.normalize("NFKD", last)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower().removesuffix("'s")


@given(st.lists(_NAME, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_merging_is_a_partition_blind_to_order_that_keeps_surnames_apart(
    names: list[str], rng: random.Random
) -> None:
    people = People(names)
    groups = _persons(names)
    assert sum(len(g) for g in groups) == len(set(names))  # every name in one group
    shuffled = list(names)
    rng.shuffle(shuffled)
    again = People(shuffled)
    assert _persons(shuffled) == groups
    assert {n: again.shown(n) for n in names} == {n: people.shown(n) for n in names}
    for group in groups:
        assert len({_surname(n) for n in group}) == 1  # no two surnames merged
        shown = {people.shown(n) for n in group}
        assert len(shown) == 1 and shown <= group  # listed under one of its own names
        initials = {_initials(n) for n in group}
        assert len(initials - {()}) <= 1  # never "W." with "H. W."


_JOINED = st.sampled_from(
    [
        *(
            f"{g}{sep}{s}{p}"
            for g, s in (("David", "Davis"), ("Anna", "Keller"), ("Ruth", "Keller"))
            for sep in (" ", "-")
            for p in ("", "'s")
        ),
        *("Jean-Pierre", "Jean Pierre", "Smith-Jones", "Keller", "Mr Keller"),
    ]
)


@given(st.lists(_JOINED, min_size=1, max_size=10), st.randoms(use_true_random=False))
def test_a_name_hyphened_where_the_corpus_spaces_it_is_one_person(
    names: list[str], rng: random.Random
) -> None:
    """nu24: "David-Davis" (a hyphen for a space) is the corpus's "David Davis" when that is
    given too; a double-barrelled word ("Smith-Jones", "Jean-Pierre") given only so stays
    its own. Oracle: two full names are one person exactly when they fold alike; "Keller"
    alone joins the one Keller given spaced, none when both are or neither is."""
    people = People(names)
    groups = _persons(names)
    shuffled = list(names)
    rng.shuffle(shuffled)
    assert _persons(shuffled) == groups  # a partition blind to order
    assert sum(len(g) for g in groups) == len(set(names))
    full = [n for n in set(names) if n not in ("Keller", "Mr Keller")]
    for a in full:
        for b in full:
            assert (people.key(a) == people.key(b)) is (folded(a) == folded(b)), (a, b)
        if "-" in a and folded(a) in names:  # listed under its spaced form
            assert " " in people.shown(a) and "-" not in people.shown(a)
    spaced = {folded(n) for n in names if " " in n and n.endswith(("Keller", "Keller's"))}
    spaced -= {"Mr Keller"}
    for bare in {"Keller", "Mr Keller"} & set(names):
        joins = {folded(n) for n in full if people.key(n) == people.key(bare)}
        assert joins == (spaced if len(spaced) == 1 else set()), (bare, names)
