"""A chemical's systematic name capitalised where it opens a term is no name in compare's
names lists ("S-2 Diisoprophylaminoethyl methylphosphonothiolate", VX: nu66, na-1491)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.entities import find_names
from index.analysis.pair_names import pair_only_in

_STEMS = ["methyl", "ethyl", "propyl", "amino", "phospho", "thio", "chloro", "fluoro", "nitro"]
CHEMICALS = st.lists(st.sampled_from(_STEMS), min_size=2, max_size=4, unique=True).map(
    lambda stems: "di" + "".join(stems)
)
LOCANTS = st.sampled_from(["", "S-2 ", "O-ethyl ", "N,N-"])
TEXT = (
    "Investigators said the agent, {locant}{chemical} methylphosphonothiolate, was banned."
    " Anna Keller of the Chemistry Department told reporters in Kuala Lumpur on Friday."
)


def _names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


@given(LOCANTS, CHEMICALS)
def test_a_chemical_capitalised_is_as_in_lower_case(locant: str, chemical: str) -> None:
    """The oracle: the same text with the chemical's name in lower case, as it mostly stands."""
    capital = TEXT.format(locant=locant, chemical=chemical.capitalize())
    lower = TEXT.format(locant=locant.lower(), chemical=chemical)
    assert _names(capital) == _names(lower)
    assert "Anna Keller" in _names(capital)  # the text's names stay


def test_na_1491() -> None:
    a = (
        "VX nerve agent, or S-2 Diisoprophylaminoethyl methylphosphonothiolate, is a chemical"
        " weapon. Kim died at Kuala Lumpur International Airport."
    )
    b = "Kim Jong Nam died after two women attacked him, police in Malaysia said."
    only_a, _ = pair_only_in(a, b)
    assert "S-2 Diisoprophylaminoethyl" not in only_a
    assert "Kuala Lumpur International Airport" in only_a


def test_a_long_name_of_one_stem_stays() -> None:
    """ "Thiruvananthapuram", "Nizhneleninskoye": long names, no chemical's stems twice."""
    assert _names("He flew to Thiruvananthapuram on Friday.") == ["Thiruvananthapuram"]
