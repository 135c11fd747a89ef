"""A later mention of a person by one word of the full name the same article gave ("Apandi",
"Mohamed" after "Mohamed Apandi Ali") is that person in a comparison's "only A", not a
name of its own (fx171, nu67 #10: "Mohamed Apandi Ali" and "Mohamed" listed apart); a word
two full names of the article share ("Mohamed Ali", "Mohamed Salah") stays apart.

The oracle, over generated pairs of articles that name people in full and then some of them
by a word of the name no other full name of that article holds: the names only A gives are
the full names of the people B does not name, never a word of one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.entities import find_names
from index.analysis.multicompare import Document, compare_many
from index.analysis.namematch import merge
from index.analysis.pair_names import pair_only_in

PEOPLE = (
    "Mohamed Apandi Ali",
    "Mohamed Salah",
    "Ahmad Zahid Hamidi",
    "Helen Okafor",
    "Helen Mirza",
    "Tomas Brandt",
    "Ines Kowalczyk",
    "Rick Francona",
)
"""Full names: two given names shared, no surname shared, two with a middle name."""
FULL = (
    "The plan was welcomed by {} on Monday.",
    "Reporters in the capital spoke to {} about the case.",
    "A letter from {} reached the court this week.",
)
PART = (
    "Later that day, {} told reporters the matter was closed.",
    "The inquiry would go on, {} said.",
    "In a statement, {} declined to comment further.",
)


@st.composite
def _article(draw: st.DrawFn) -> tuple[list[str], str]:
    """The full names an article gives, and its text: each person in full, then some by one
    word of the name that no other full name of the article holds."""
    people = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True))
    sentences = [draw(st.sampled_from(FULL)).format(p) for p in people]
    for person in draw(st.lists(st.sampled_from(people), max_size=4)):
        own = [w for w in person.split() if sum(w in p.split() for p in people) == 1]
        if own:
            word = draw(st.sampled_from(own))
            sentences.append(draw(st.sampled_from(PART)).format(word))
    return people, " ".join(sentences)


def full_names_only_in(
    a: tuple[list[str], str], b: tuple[list[str], str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names only each of two generated articles lists (`pair_only_in`), checked to be
    the full names the other does not give (qp49's test asks it too)."""
    (people_a, text_a), (people_b, text_b) = a, b
    only_a, only_b = pair_only_in(text_a, text_b, ("Outlet A", "Outlet B"))
    assert set(only_a) == set(people_a) - set(people_b), (text_a, text_b)
    assert set(only_b) == set(people_b) - set(people_a), (text_a, text_b)
    return only_a, only_b


@settings(max_examples=120, deadline=None)
@given(_article(), _article())
def test_only_a_lists_full_names_never_a_part(
    a: tuple[list[str], str], b: tuple[list[str], str]
) -> None:
    only_a, only_b = full_names_only_in(a, b)
    (_, text_a), (_, text_b) = a, b
    many = compare_many(
        [Document("a", "", "Outlet A", None, text_a), Document("b", "", "Outlet B", None, text_b)]
    )
    listed = [{e.name for e in only.names} for only in many.only_in]
    assert listed == [set(only_a), set(only_b)]


def test_a_middle_name_alone_is_its_person() -> None:
    """Al Jazeera's "Apandi said" after "Mohamed Apandi Ali" (na-1597): one person."""
    text = "Attorney General Mohamed Apandi Ali spoke on Monday. The case goes on, Apandi said."
    assert [e.name for e in merge(find_names(text))] == ["Mohamed Apandi Ali"]


def test_a_given_name_two_full_names_share_stays_apart() -> None:
    text = (
        "The plan was welcomed by Mohamed Ali on Monday. A letter from Mohamed Salah came."
        " Later that day, Mohamed told reporters the matter was closed."
    )
    names = [e.name for e in merge(find_names(text))]
    assert names == ["Mohamed Ali", "Mohamed Salah", "Mohamed"]


def test_a_hyphened_title_is_no_part_of_the_name() -> None:
    """Al Jazeera's "Malaysian Attorney-General Mohamed Apandi Ali ... Mohamed said" (na-1835):
    the title is cut as "Attorney General" is, so "Mohamed" is his and the other article's
    "Mohamad Apandi Ali" (ABC, na-1761) is the same man."""
    a = (
        "The women were charged, said Malaysian Attorney-General Mohamed Apandi Ali on"
        " Thursday. Mohamed said the man will be deported."
    )
    b = "Malaysian Attorney General Mohamad Apandi Ali said the man will be released."
    assert pair_only_in(a, b) == ((), ())
    assert pair_only_in(a, "The man will be released on Friday.")[0] == ("Mohamed Apandi Ali",)
