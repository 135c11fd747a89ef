"""rv66: fx155's heading words dropped a name capitalised alone inside a sentence when the
word beside it was capitalised only because a sentence opens there ("Lawmakers in
Congress") or was a weekday or month ("Congress on Monday"): the text writing "congress"
in lower case too ("a congress of doctors") then hid Congress. (A name listed with "and",
"the Civil War and Reconstruction", is still dropped: see rv66's note.)

Oracle: a name capitalised inside a sentence, in none of those runs, is listed only in A
(B never names it), as before fx155, though A also writes it in lower case; a title's
word ("River of Doubt") still is not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.pair_names import pair_only_in

NAMES = ("Congress", "Reconstruction", "Parliament")
OPENERS = ("Lawmakers", "Members", "Officials", "Critics", "Delegates")
DAYS = ("Monday", "Tuesday", "Friday")


def _only_a(a: str, b: str) -> tuple[str, ...]:
    return pair_only_in(a, b)[0]


def test_congress_beside_a_sentences_first_word_and_a_weekday_is_listed() -> None:
    b, more = "Voters met.", " A congress of doctors met."
    assert "Congress" in _only_a("Lawmakers in Congress argued, said Helen Okafor." + more, b)
    assert "Congress" in _only_a("The bill went to Congress on Monday." + more, b)
    assert "Congress" in _only_a("Members of Congress met, said Helen Okafor." + more, b)


def test_a_titles_word_is_still_no_name() -> None:
    a = "Explorers charted the River of Doubt in 1914. There is little doubt about it."
    assert "Doubt" not in _only_a(a, "Lawmakers met.")


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(NAMES),
    opener=st.sampled_from(OPENERS),
    link=st.sampled_from(("in", "of", "for", "from")),
    shape=st.sampled_from(("opener", "day")),
    day=st.sampled_from(DAYS),
)
def test_a_name_beside_no_run_is_listed(
    name: str, opener: str, link: str, shape: str, day: str
) -> None:
    if shape == "opener":
        a = f"{opener} {link} {name} argued, said Helen Okafor."
    else:
        a = f"Voters heard that {name} on {day} said no."
    a += f" The {name.lower()} was weighed."
    b = "Voters met."
    assert name in _only_a(a, b), (a, b)


# --- a person run on after an office, the surname lower case in B --------------------------

ORGS = ("Homeland Security", "Jerusalem Center for Public Affairs", "Lagos Water Board")
PEOPLE = ("Helen Okafor", "Tomas Brandt", "Ines Kowalczyk", "John Kelly")


def test_a_person_named_alone_too_is_parted_though_b_writes_it_in_lower_case() -> None:
    """fx155's own property test drew this (flaky: 1 draw in many): B's "helen okafor" made
    "Okafor" a dictionary word, so "Homeland Security Helen Okafor" was not parted."""
    a = "On Tuesday Homeland Security Helen Okafor defended the order. Helen Okafor spoke."
    assert "Homeland Security Helen Okafor" not in _only_a(a, "Lawmakers met. helen okafor")


@settings(max_examples=60, deadline=None)
@given(org=st.sampled_from(ORGS), person=st.sampled_from(PEOPLE), twice=st.booleans())
def test_only_in_a_never_occurs_in_b_with_a_lower_case_person(
    org: str, person: str, twice: bool
) -> None:
    run = f"On Tuesday {org} {person} defended the order. "
    a = run * (2 if twice else 1) + f"{person} spoke in Tbilisi."
    b = f"Lawmakers met. {person.lower()}"
    found = _only_a(a, b)
    b_words = " " + " ".join(b.casefold().replace(".", " ").split()) + " "
    for name in found:
        assert f" {name.casefold()} " not in b_words, (name, found)
    assert f"{org} {person}" not in found, found
