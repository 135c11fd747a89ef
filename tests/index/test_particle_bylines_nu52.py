"""Bylines whose surname opens on a particle (nu52 #1 #2, fx122): "By Tom van der Berg"
under a short headline was read as the title and the headline was lost; under a longer one
it stayed in the body; "Tom van der Berg | Associated Press" and "USA TODAY | Tom van der
Berg" gave neither byline nor outlet. The names, headlines and outlets are made up here from
known parts, which are the property's oracle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.sanitize import sanitize
from index.models import Extracted
from index.text.bare_byline import name_and_outlet
from index.text.extract import extract
from index.text.metadata import read_byline
from index.text.outlet_behind import person_like

LEDE = (
    "The Senate's bipartisan infrastructure bill could live or die this week, and the rest "
    "of the agenda may go with it, party leaders said on Monday."
)
FIRST_NAMES = ["Tom", "Ana", "Karl", "Ali", "Omar", "Sean", "Kate", "Maria", "Pieter"]
PARTICLES = ["van ", "van der ", "de ", "de la ", "von ", "bin ", "al-", "O'", "Mc", "", "del "]
SURNAMES = ["Berg", "Cruz", "Hassan", "Souza", "Linden", "Meer", "Donald", "Trapp"]
HEADLINES = [
    "Biden's reengineer-America moment",
    "Biden faces his reengineer-America moment",
    "Senate leaders set a vote on the infrastructure bill for Thursday",
    "Dam repairs start",
]
OUTLETS = [
    ("Associated Press", "Associated Press"),
    ("USA TODAY", "USA Today"),
    ("BBC News", "BBC News"),
    ("Reuters", "Reuters"),
]
FORMS = ["by", "name | outlet", "outlet | name", "name - outlet"]


def _read(text: str) -> Extracted:
    return extract(sanitize(text))


names = st.builds(
    lambda first, particle, surname: f"{first} {particle}{surname}",
    st.sampled_from(FIRST_NAMES),
    st.sampled_from(PARTICLES),
    st.sampled_from(SURNAMES),
)


def test_the_reported_heads() -> None:
    for headline in HEADLINES[:2]:
        found = _read(f"{headline}\nBy Tom van der Berg\n2021-09-27\n\n{LEDE}\n")
        assert (found.title, found.byline) == (headline, "Tom van der Berg")
        assert "van der Berg" not in found.body
    for line, outlet in [
        ("Tom van der Berg | Associated Press", "Associated Press"),
        ("USA TODAY | Tom van der Berg", "USA Today"),
    ]:
        found = _read(f"{HEADLINES[1]}\n{line}\n2021-09-27\n\n{LEDE}\n")
        assert (found.title, found.byline, found.source) == (
            HEADLINES[1],
            "Tom van der Berg",
            outlet,
        )
        assert "van der Berg" not in found.body


def test_the_name_tests_take_particles() -> None:
    for name in ["Tom van der Berg", "Ana de la Cruz", "Omar al-Hassan", "Karl von Trapp"]:
        assert person_like(name), name
        assert read_byline(f"By {name}") == (name, None)
        assert name_and_outlet(f"{name} | Reuters") == (name, "Reuters")


def test_a_particle_alone_is_no_name() -> None:
    for line in ["By van der Berg", "By de la Cruz"]:
        assert read_byline(line) is None or read_byline(line) == ("", None), line
    for name in ["Tom van", "Tom van der", "Hong Kong de"]:
        assert not person_like(name), name


@settings(max_examples=150, deadline=None)
@given(
    names,
    st.sampled_from(HEADLINES),
    st.sampled_from(OUTLETS),
    st.sampled_from(FORMS),
)
def test_any_particle_byline_under_any_headline(
    name: str, headline: str, outlet: tuple[str, str], form: str
) -> None:
    printed, label = outlet
    line = {
        "by": f"By {name}",
        "name | outlet": f"{name} | {printed}",
        "outlet | name": f"{printed} | {name}",
        "name - outlet": f"{name} - {printed}",
    }[form]
    found = _read(f"{headline}\n{line}\n2021-09-27\n\n{LEDE}\n")
    assert (found.title, found.title_derived) == (headline, False)
    assert found.title != line  # the byline is never the title
    assert found.byline == name
    assert found.source == (None if form == "by" else label)
    assert found.body.startswith("The Senate's") and line not in found.body
