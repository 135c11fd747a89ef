"""A byline that gives a person's role before the name: "By Staff Writer, Dan McLaughlin".

The name is the byline; the role is not part of it (a walkthrough's page read the byline as
"Staff Writer, Dan McLaughlin"). A newsroom credit ("By Staff, NPR") still names an outlet.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.metadata import read_byline

LEDE = (
    "The city council voted on Wednesday to close the old bridge for repairs, the mayor's "
    "office said in a statement."
)

_ROLES = st.sampled_from(
    [
        "Staff Writer",
        "Staff Writers",
        "Staff Reporter",
        "Reporter",
        "Senior Writer",
        "Contributing Editor",
        "Senior Political Correspondent",
        "Bureau Chief",
        "Columnist",
    ]
)
_FIRST = st.sampled_from(["Dan", "Jane", "Amara", "Tomás", "Li", "Kwame"])
_LAST = st.sampled_from(["McLaughlin", "Doe", "Okafor", "O'Neill", "Nguyen", "Van Dyke"])


@given(_ROLES, _FIRST, _LAST)
def test_a_role_before_the_name_reads_as_the_name_after_it(
    role: str, first: str, last: str
) -> None:
    # oracle: the same byline written name first ("By Dan McLaughlin, Staff Writer")
    name = f"{first} {last}"
    assert read_byline(f"By {role}, {name}") == (name, None)
    assert read_byline(f"By {role}, {name}") == read_byline(f"By {name}, {role}")


def test_the_walkthrough_byline() -> None:
    assert read_byline("By Staff Writer, Dan McLaughlin") == ("Dan McLaughlin", None)
    assert read_byline("By Staff Writer, Dan McLaughlin | AllSides") == (
        "Dan McLaughlin",
        "AllSides",
    )
    assert read_byline("By Reporter, Jane Doe") == ("Jane Doe", None)  # not an outlet
    found = extract(
        f"Council closes the old bridge\n\nBy Staff Writer, Dan McLaughlin\n2021-10-13\n\n{LEDE}\n"
    )
    assert (found.byline, found.body) == ("Dan McLaughlin", LEDE)


def test_a_newsroom_or_an_outlet_after_a_role_stays_an_outlet() -> None:
    assert read_byline("By Staff, Mother Jones") == ("", "Mother Jones")
    assert read_byline("By Staff Writer, CNN") == ("", "CNN")
    assert read_byline("By Editor, Valley Gazette") == ("", "Valley Gazette")
    # rv23: a newsroom credit after a role is no person ("Reporter" was the byline)
    assert read_byline("By Reporter, NPR Staff") == ("", "NPR Staff")
    assert read_byline("By Contributor, Forbes Staff") == ("", "Forbes Staff")


_PLACES = st.sampled_from(
    [
        "New York",
        "London",
        "Washington",
        "North Carolina",
        "Los Angeles",
        "Austin, Texas",
        "Hong Kong",
        "South Africa",
        "St. Louis",
    ]
)


@given(_ROLES, _PLACES, _FIRST, _LAST)
def test_a_role_then_a_place_is_no_person(role: str, place: str, first: str, last: str) -> None:
    # sm24: "By Columnist, New York" gave the byline "New York". Oracle: the role alone
    # names nobody, and the place adds no one; a person after the role still reads so
    assert read_byline(f"By {role}, {place}") == ("", None)
    assert read_byline(f"By {role}, {place} | AllSides") == ("", "AllSides")
    assert read_byline(f"By {role}") == ("", None)
    assert read_byline(f"By {role}, {first} {last}") == (f"{first} {last}", None)


def test_a_name_made_of_place_words_stays_a_name() -> None:
    # "Charlotte" and "Jackson" are both places the lists know: together a person
    assert read_byline("By Reporter, Charlotte Jackson") == ("Charlotte Jackson", None)
    assert read_byline("By Columnist, Dan McLaughlin") == ("Dan McLaughlin", None)
    assert read_byline("By Staff, Mother Jones") == ("", "Mother Jones")  # a newsroom


_ROLE_SURNAMES = st.sampled_from(
    ["Writer", "Fellows", "Fellow", "Producer", "Editor", "Reporter", "Analyst", "Intern"]
)


@given(_FIRST, _ROLE_SURNAMES, _ROLES)
def test_a_first_name_then_a_role_word_is_a_person(first: str, last: str, role: str) -> None:
    # rv24 #5: "By Tom Writer", "By Mary Fellows" gave no byline (the role-alone rule of
    # sm24). Oracle: a first name before the role word names someone; a role stays no one
    assert read_byline(f"By {first} {last}") == (f"{first} {last}", None)
    assert read_byline(f"By {role}") == ("", None)
