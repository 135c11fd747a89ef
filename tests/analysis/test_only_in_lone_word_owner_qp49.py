"""Two of the brief's faults of compare's names (qp49):

- a name the title gives counts: "Brinkley" under the title "Christie Brinkley, 63, ..." is
  the mother, not a middle name of her daughter "Sailor Brinkley Cook" (na-0040);
- another article's "Ali Khan" does not give "Mohamed Ali": its capital "Ali" is his given
  name, not a mention of the surname.

Oracles over generated articles: the names only A lists are the full names B does not give
(and the other way round); under a title naming a person the body names by surname only,
that surname is not merged into another full name it sits inside.

Left alone (measured, see the report): a lone word that ends one full name and opens
another ("Ali" after "Mohamed Ali" and "Ali Khan") still goes to the one it ends; keeping it
apart changed 49 newsarticles articles' names, most for the worse ("May" of "Theresa May").
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.namematch import ArticleNames
from tests.analysis.test_only_in_name_parts_fx171 import FULL, full_names_only_in

PEOPLE = (
    "Mohamed Ali",
    "Ali Khan",
    "Grace Jordan",
    "Jordan Peters",
    "Helen Okafor",
    "Tomas Brandt",
)
"""Full names; two surnames are others' given names ("Ali", "Jordan")."""


@st.composite
def _article(draw: st.DrawFn) -> tuple[list[str], str]:
    people = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True))
    return people, " ".join(draw(st.sampled_from(FULL)).format(p) for p in people)


@settings(max_examples=120, deadline=None)
@given(_article(), _article())
def test_only_a_lists_the_full_names_b_does_not_give(
    a: tuple[list[str], str], b: tuple[list[str], str]
) -> None:
    full_names_only_in(a, b)


_MOTHERS = (("Christie Brinkley", "Sailor Brinkley Cook"), ("Maria Lopez", "Ana Lopez Ruiz"))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_MOTHERS), st.integers(min_value=1, max_value=3))
def test_the_title_person_keeps_her_surname(pair: tuple[str, str], times: int) -> None:
    mother, daughter = pair
    surname = mother.split()[-1]
    body = " ".join(
        [f"{surname} is back on the cover, this time with her daughter {daughter}."]
        + [f"{surname} also gets a solo picture."] * times
    )
    entities = ArticleNames.of(body, title=f"{mother}, 63, back in swimsuit issue").entities
    spans = {e.name: len(e.spans) for e in entities}
    assert spans == {surname: times + 1, daughter: 1}, entities


def test_the_title_names_the_mother() -> None:
    body = (
        "Thirty years after she first appeared on the cover, Brinkley is back in the pages,"
        " this time with her daughter Sailor Brinkley Cook. Brinkley also gets a solo picture."
    )
    title = "Christie Brinkley, 63, back in swimsuit issue"
    entities = ArticleNames.of(body, title=title).entities
    spans = {e.name: len(e.spans) for e in entities}
    assert spans == {"Brinkley": 2, "Sailor Brinkley Cook": 1}, entities
