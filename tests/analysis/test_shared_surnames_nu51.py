"""Two people of one surname are two people in compare (nu51 #2: only CNN Business names
Chris Cuomo, yet "only in" listed no name: he was merged into Andrew Cuomo). Families of
people sharing a surname are generated, each named in full in some articles, some articles
also giving the bare surname; the oracle is who each article names in full: a person is
only in an article when no other names them in full, or, when the articles name one person
of that surname, no other gives the surname alone either."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.entities import Lexicon
from index.analysis.namematch import ArticleNames, Entity, names_only_in
from index.analysis.sharedsurnames import People, one_person

SURNAMES = ["Cuomo", "Okafor", "Lindqvist", "Brennan"]
GIVEN = ["Andrew", "Chris", "Maria", "Letitia", "Hector", "Olga"]


def key_words_of(name: str) -> tuple[str, ...]:
    """A name's matching words, initials dropped as the finder's key drops them."""
    return tuple(w.lower() for w in name.split() if len(w.rstrip(".")) > 1)


FILLERS = [
    "The report was published on Tuesday after a long inquiry.",
    "Officials declined to comment on the findings.",
    "The hearing is expected to resume next month.",
]


Family = tuple[str, list[str], list[set[str]], list[bool], dict[str, int]]


@st.composite
def families(draw: st.DrawFn) -> Family:
    """A surname, its people's given names, who each article names in full, and whether
    each article also gives the surname alone."""
    surname = draw(st.sampled_from(SURNAMES))
    people = draw(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=3, unique=True))
    count = draw(st.integers(2, 4))
    named: list[set[str]] = [set() for _ in range(count)]
    times: dict[str, int] = {}
    for person in people:
        for k in draw(st.sets(st.integers(0, count - 1), min_size=1)):
            named[k].add(person)
        times[person] = draw(st.integers(1, 2))  # in full this often in each article naming them
    bare = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    return surname, people, named, bare, times


def _text(surname: str, named: set[str], bare: bool, k: int, times: dict[str, int]) -> str:
    lines = [FILLERS[k % len(FILLERS)]]
    for person in sorted(named):
        for _ in range(times.get(person, 1)):
            lines.append(f"On Monday, {person} {surname} spoke to reporters about the report.")
    if bare:
        lines.append(f"Later that day, {surname} left the building without a word.")
    return " ".join(lines)


def _only_in(texts: list[str]) -> list[set[str]]:
    lexicon = Lexicon.of(texts)
    only = names_only_in([ArticleNames.of(t, lexicon) for t in texts])
    return [{e.name for e in side if " " in e.name} for side in only]


@settings(max_examples=150, deadline=None)
@given(families())
def test_only_in_people_are_the_oracles(family: Family) -> None:
    surname, people, named, bare, times = family
    sides = enumerate(zip(named, bare, strict=True))
    texts = [_text(surname, n, b, k, times) for k, (n, b) in sides]
    assert _only_in(texts) == _oracle(people, named, bare, surname, times)


def _oracle(
    people: list[str], named: list[set[str]], bare: list[bool], surname: str, times: dict
) -> list[set[str]]:
    """Who each article gives alone: a person no other article names in full, nor gives by
    the bare surname when they are its main bearer (cp44): the one named in full most often
    over the articles, none on a tie (the generated texts give no titles)."""
    counts = {p: sum(times[p] for n in named if p in n) for p in people}
    top = [p for p in people if counts[p] == max(counts.values())]
    main = top[0] if len(top) == 1 else None
    expected = []
    for k, mine in enumerate(named):
        others = [j for j in range(len(named)) if j != k]
        expected.append(
            {
                f"{p} {surname}"
                for p in mine
                if not any(p in named[j] for j in others)
                and not (p == main and any(bare[j] for j in others))
            }
        )
    return expected


def test_the_cuomo_brothers() -> None:
    """nu51's four articles, in short: only the first names Chris Cuomo."""
    texts = [
        "Governor Andrew Cuomo faces impeachment. His brother Chris Cuomo hosts a show on CNN.",
        "The inquiry found that Andrew Cuomo harassed several women, the report said.",
        "The report said Cuomo harassed several women, the attorney general said.",
    ]
    assert _only_in(texts) == [{"Chris Cuomo"}, set(), set()]


def test_one_person_written_two_ways_is_one_person() -> None:
    assert one_person(("sergei", "kislyak"), ("sergey", "kislyak"))
    assert one_person(("bill", "clinton"), ("william", "clinton"))
    assert one_person(("andrew", "cuomo"), ("andrew", "m", "cuomo"))
    assert one_person(("a", "cuomo"), ("andrew", "cuomo"))
    assert one_person(("ben", "belgacem"), ("ziyed", "ben", "belgacem"))
    assert not one_person(("chris", "cuomo"), ("andrew", "cuomo"))
    assert one_person(("cy", "vance"), ("cyrus", "vance"))
    assert one_person(("hilary", "clinton"), ("hillary", "clinton"))
    assert one_person(("steve", "gollschewski"), ("stephan", "gollschewski"))
    assert not one_person(("alexander", "blackman"), ("alexandra", "blackman"))
    assert not one_person(("tim", "ryan"), ("paul", "ryan"))


def _people(*names: str) -> People:
    return People.of(Entity(n, key_words_of(n), ((0, len(n)),)) for n in names)


def test_a_spelling_of_one_given_name_shares_no_surname() -> None:
    """ "Sergei" and "Sergey Kislyak" in two outlets are one ambassador: his surname in a
    third still gives him. Names of one person join through a third (compare_eval's
    as-5742: "Frank McKenzie", "Kenneth F. McKenzie")."""
    assert not _people("Sergei Kislyak", "Sergey Kislyak").person
    assert not _people("House Democrats", "Senate Democrats").person
    assert not _people("Dutch Trump", "Donald Trump").person
    assert not _people("Kenneth McKenzie", "Frank McKenzie", "Kenneth F. McKenzie").person
    assert _people("Kenneth McKenzie", "Frank McKenzie").person
    cuomo = _people("Chris Cuomo", "Andrew Cuomo", "Andrew M Cuomo")
    assert cuomo.shared(("chris", "cuomo")) and not cuomo.in_full(("chris", "cuomo"), [])
    assert cuomo.in_full(("andrew", "cuomo"), [("andrew", "cuomo")])
    assert cuomo.in_full(("andrew", "cuomo"), [], "the report of andrew cuomo")
    assert not cuomo.in_full(("chris", "cuomo"), [("andrew", "cuomo")], "andrew cuomo and cuomo")
    assert not cuomo.in_full(("andrew", "cuomo"), [], "chris and cuomo said a cuomo")
    sham = _people("Hayat Tahrir al-Sham", "Fatah al-Sham")
    assert sham.in_full(("fatah", "al-sham"), [], "jabhat fateh al-sham fighters")


def test_a_man_and_a_woman_one_letter_apart_are_two_people() -> None:
    """rv56: "Mario"/"Maria", "Paul"/"Paula" passed as one given name spelt two ways
    (`_one_edit`, a prefix), so a sister or a wife named only in one article was "given" by
    every article naming her brother or husband. Given names of the lexicon's two genders
    are two people; a nickname ("Alex" of "Alexandra") is still one."""
    pairs = [("mario", "maria"), ("paul", "paula"), ("daniel", "daniela"), ("louis", "louise")]
    pairs += [("julian", "julia"), ("robert", "roberta"), ("eric", "erica")]
    for man, woman in pairs:
        assert not one_person((man, "lopez"), (woman, "lopez")), (man, woman)
    assert one_person(("alex", "lopez"), ("alexandra", "lopez"))
    assert one_person(("hilary", "clinton"), ("hillary", "clinton"))
    texts = [
        "On Monday, Mario Lopez spoke to reporters. Maria Lopez, his sister, said nothing.",
        "Officials declined to comment. On Monday, Mario Lopez spoke to reporters about it.",
    ]
    assert _only_in(texts) == [{"Maria Lopez"}, set()]


def test_president_biden_is_joe_biden() -> None:
    """rv56: "President Joe Biden ... his son Hunter Biden" in one article and "President
    Biden" in another: each is named in full once, and the bare mention's title matches
    Joe's, so the second article gives Joe (cp43 listed him as only in the first)."""
    texts = [
        "President Joe Biden signed the bill on Monday. His son Hunter Biden was not there.",
        "President Biden signed the infrastructure bill on Monday. Biden spoke briefly.",
    ]
    assert _only_in(texts) == [{"Hunter Biden"}, set()]


def test_a_tie_without_a_matching_title_gives_nobody() -> None:
    """Two people named in full once each, the bare surname with no title of theirs: it
    may be either, so neither is given by it."""
    texts = [
        "Governor Andrew Cuomo spoke on Monday. His brother Chris Cuomo hosts a show.",
        "The report said Cuomo harassed several women, the attorney general said.",
    ]
    assert _only_in(texts) == [{"Andrew Cuomo", "Chris Cuomo"}, set()]


def test_the_bare_surname_goes_to_the_one_named_most() -> None:
    """Each brother named in full in one article, Andrew twice: bare "Cuomo" elsewhere
    gives Andrew, the main bearer, never Chris."""
    texts = [
        "Andrew Cuomo faces impeachment. His brother Chris Cuomo hosts a show on CNN. "
        "Andrew Cuomo denied it.",
        "Cuomo said he would not resign, the office said on Tuesday.",
    ]
    assert _only_in(texts) == [{"Chris Cuomo"}, set()]


def test_a_possessive_full_name_counts_for_its_bearer() -> None:
    """compare_eval's as-6018: "George Floyd's" written only with a possessive must count
    for George, else his sister Bridgett, named once, would be the surname's main bearer and
    a bare "Floyd" elsewhere would give her."""
    texts = [
        "Bridgett Floyd said George Floyd's death changed the country.",
        "The president will host George Floyd's family, a year since Floyd was killed.",
    ]
    assert _only_in(texts) == [{"Bridgett Floyd"}, set()]
