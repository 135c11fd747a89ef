"""A body's acronym or a party in parentheses after a person, a role then a name closing an
inverted attribution, and a quote that goes on after its speaker's own attribution (sp28):
constructed cases, and a property whose oracle is the name the sentence was built with."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Dr. Clara Brandi of the German Development Institute (DIE) told DW: "This is a '
            'step back for all of us."',
            "Clara Brandi",
        ),
        (
            "Hanan Ashrawi, an executive member of the Palestine Liberation Organization "
            '(PLO), said: "This is a step back for all of us."',
            "Hanan Ashrawi",
        ),
        (
            'Oregon Gov. Kate Brown (D), who was among the guests, told reporters: "This is a '
            'step back for all of us."',
            "Kate Brown",
        ),
        (
            'Hans Peter Ast of Societe Generale Alsacienne (Sogenal) in Zurich said "rates '
            'will fall soon enough."',
            "Hans Peter Ast",
        ),
        # the body glossed speaks, no person of it: its acronym stays the speaker
        (
            'The Syrian Observatory for Human Rights (SOHR) said: "This is a step back for '
            'all of us."',
            "SOHR",
        ),
        # a place before the body is no person the parenthesis glosses
        (
            'The Montgomery, Alabama, based Southern Poverty Law Center (SPLC) said: "This '
            'is a step back for all of us."',
            "Southern Poverty Law Center",
        ),
    ],
)
def test_a_parenthesis_after_the_speaker_glosses_the_body_or_the_party(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"This is bad," said United States Geological Survey scientist Patrick Barnard.',
            "Patrick Barnard",
        ),
        ('"This is bad," said former Foxes striker Gary Lineker.', "Gary Lineker"),
        ('"This is bad," says Afridive owner Roland Mauz.', "Roland Mauz"),
        (
            '"This is bad," said Chemical Bank Tokyo branch vice president Yukuo Takahashi.',
            "Yukuo Takahashi",
        ),
        # not a role between the names: a preposition, or two people
        (
            '"This is bad," says Martin Machowecz from weekly newspaper Die Zeit.',
            "Martin Machowecz",
        ),
        # a body and a role, no name after them: the body, as before
        ('"This is bad," said the Commerzbank chief economist.', None),
    ],
)
def test_a_role_then_a_name_closing_an_inverted_attribution_is_the_speaker(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text) == [speaker]


def test_a_quote_goes_on_after_its_speakers_own_attribution() -> None:
    text = (
        '"This is not a problem that is going away," said United States Geological Survey '
        'scientist Patrick Barnard, one of the co-authors. "But we can mitigate it."'
    )
    assert _speakers(text) == ["Patrick Barnard", "Patrick Barnard"]


_FIRST = ["John", "Mary", "Peter", "Susan", "David", "Anna", "Robert", "Laura"]
_LAST = ["Quorvane", "Belltrasky", "Mendrowe", "Kastelnik", "Ferrovay", "Tolbrecht"]
_BODY = ["Northern", "Grain", "Research", "Pacific", "Coastal", "Monetary", "Union"]
_HEAD = ["Institute", "Council", "Agency", "Federation", "Bank", "Survey"]
_ROLE = ["analyst", "economist", "scientist", "spokesman", "chief economist", "owner"]


@settings(max_examples=150, deadline=None)
@given(
    first=st.sampled_from(_FIRST),
    last=st.sampled_from(_LAST),
    body=st.lists(st.sampled_from(_BODY), min_size=1, max_size=3),
    head=st.sampled_from(_HEAD),
    role=st.sampled_from(_ROLE),
    former=st.booleans(),
)
def test_the_person_built_into_the_sentence_is_the_speaker(
    first: str, last: str, body: list[str], head: str, role: str, former: bool
) -> None:
    """Oracle: the person's name the two attributions were written with."""
    name = f"{first} {last}"
    org = " ".join([*body, head])
    acronym = "".join(w[0] for w in [*body, head])
    lead = "former " if former else ""
    inverted = f'"Prices will rise this year," said {lead}{org} {role} {name}.'
    glossed = f'{name} of the {org} ({acronym}) said: "Prices will rise this year."'
    assert _speakers(inverted) == [name]
    assert _speakers(glossed) == [name]
