"""Speaker rules of round 24 (issue 18), from the tuning splits' errors, each on constructed
sentences (no corpora needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


_BODIES = st.sampled_from(["Kremlin", "Pentagon", "Foreign Ministry", "Defence Ministry"])
_PEOPLE = st.sampled_from(["Dmitry Peskov", "Jeff Davis", "Maria Zakharova", "Geng Shuang"])


@given(_BODIES, _PEOPLE)
def test_the_bodys_spokesman_is_the_person_named_with_that_title_before(
    body: str, person: str
) -> None:
    text = (
        f"The {body} has no information on the deployment, {body} spokesman {person} said on "
        f'Tuesday. "We do not have such information," the {body} spokesman said.'
    )
    assert speakers(text) == [person]


@given(_BODIES, _PEOPLE)
def test_a_bodys_spokesman_stays_the_body_and_another_bodys_title_names_no_one(
    body: str, person: str
) -> None:
    named = f"Interior Ministry spokesman {person} said on Tuesday that talks would go on. "
    unnamed = f'"We do not have such information," a {body} spokesman said.'
    assert speakers(named + unnamed) == [body]  # "a": someone new, not the one named
    definite = f'"We do not have such information," the {body} spokesman said.'
    assert speakers(named + definite) == [body]  # that title was not given to him


@given(
    st.sampled_from(["Yi", "Gao", "Han"]),
    st.sampled_from(["Xiaozhun", "Jianguo", "Hucheng"]),
    st.sampled_from(["Wang", "Zhang", "Liu"]),
)
def test_a_family_name_said_alone_is_the_person_it_leads_not_one_it_ends(
    family: str, given_name: str, other: str
) -> None:
    text = (
        f"{family} {given_name}, deputy director-general of the WTO, spoke on Monday. "
        f'{family} says trade grew. "Imports rose very fast over the years," he says. In a '
        f"meeting with visiting Foreign Minister {other} {family}, the president spoke."
    )
    assert speakers(text) == [f"{family} {given_name}"]
