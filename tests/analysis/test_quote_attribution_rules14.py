"""Speaker rules of round 14 (issue 18, found in the tuning splits' pronoun errors:
dev..dev7, held8..held10; `index.analysis.namecues`, `namerun`): "he" points back to a
name whose first name nothing knows when an apposition says it is a person's ("Djigane
Mboup, another villager, has ..."), not to the speaker before; a person's name with their
firm after "of" ("Philip Braverman of Irving Trust Securities Inc believes") is that
person, who "he" is, not a firm. Each on constructed sentences (no corpora needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analysis.test_quote_attribution_rules13 import _MEN, speakers

_UNKNOWN_FIRST = st.sampled_from(["Djigane Mboup", "Odwa Wexler", "Djigane Sarr"])


_APPOSED = st.sampled_from(["another villager", "a retired teacher", "a local farmer", "the coach"])
_CHICKENS = (
    '"We grow groundnuts and millet now, not the rice we grew before," said {first}.\n\n'
    "{name}, {noun}, has taken up rearing chickens to make ends meet.\n\n"
    '"Salt has really damaged our land and the crops we used to grow," he said.'
)


@settings(deadline=None)
@given(st.tuples(_MEN, _UNKNOWN_FIRST, _APPOSED))
def test_a_name_an_apposition_calls_a_person_is_he(people: tuple[str, str, str]) -> None:
    first, name, noun = people
    assert speakers(_CHICKENS.format(first=first, name=name, noun=noun)) == [first, name]


@settings(deadline=None)
@given(
    st.sampled_from(["Philip Braverman", "Karen Lund", "Tom Berg"]),
    st.sampled_from(["Irving Trust Securities Inc", "Acme Capital Markets", "Lund Brothers"]),
)
def test_a_person_of_a_firm_is_who_he_is(name: str, firm: str) -> None:
    pronoun = "she" if name.startswith("Karen") else "he"
    text = (
        "According to the Merrill Lynch economists, the pall over the bond market is "
        f"lifting.\n\n{name} of {firm} believes banks will buy the issues this week.\n\n"
        f'"The banks are in need of investments that provide earnings for them," {pronoun} said.'
    )
    assert speakers(text) == [name]
    # a guard: "of" after no first name still joins one body's name
    said = '"Rates will stay where they are for the rest of this year," {} said.'
    assert speakers(said.format("Bank of England")) == ["Bank of England"]
