"""AJ's teasers whose headline ran into a sentence opening on a group or a person the cl43 and
cl47 ends did not see (fx172: na-1606's "READ MORE: Meet the Kims - Who's who in North
Korea's first family Malaysian officials have said ..." stayed in its body): a headline
ending on a word in small letters, then a capitalised subject, a word or two and an auxiliary
or a verb of saying ("Malaysian officials have said"); a name with an appositive ("Dafina
Savic, founder of ..."), also after a headline ending on "in <Place>" ("... in Greece
Kuriakos Katsadoros, a psychiatrist"). Oracle: the text is made of known article sentences
and known teasers; the teaser goes whole and the article's words all stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.index.test_related_teaser_cl47 import BEFORE, _clean

LOWER_END = [
    "Meet the Rossis - Who's who in the old town's first family",
    "Afghans expelled by the border police in dire need of aid",
    "Roma women share stories of forced sterilisation",
    "The year the world stopped caring about refugees",
]
"""Headlines of four words or more ending on a word in small letters."""
GROUP = [
    "Maltese officials have said four men provided the women with the agent.",
    "Social media was being used to mobilise the residents.",
    "Women and children were often arrested at the border.",
    "Miskitos say the government has done little.",
]
"""Sentences opening on a capitalised subject, up to two small words and an auxiliary or
"say"."""
PLACE_END = [
    "Refugees attempt suicide by hanging from a tree in Greece",
    "Key facts about the war in Yemen",
    "Aid workers kidnapped in South Sudan",
]
"""Headlines ending on "in <Place>", a place of one or two words."""
APPOSED = [
    "Kuriakos Katsadoros, a psychiatrist with the helpline, said it was grim.",
    "Dafina Savic, founder of the group, told reporters the case was open.",
    "Judith Sunderland, associate director at the group, said it was political.",
    "Ashraf al-Qedra, a spokesman for the ministry, said three were hurt.",
    "Dr Maria Ruiz, an HIV specialist, has known the family for years.",
]
"""Sentences opening on a name (one to three words, a particle's) and its appositive."""
MARKERS = ["READ MORE: ", "OPINION: ", "INTERACTIVE: ", "IN PICTURES: ", "PROFILE: "]
"""Markers; AJ's labels in capitals for its other pages are teasers' too (fx172)."""


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(BEFORE),
    st.sampled_from(MARKERS),
    st.one_of(
        st.tuples(st.sampled_from(LOWER_END), st.sampled_from(GROUP + APPOSED)),
        st.tuples(st.sampled_from(PLACE_END), st.sampled_from(APPOSED)),
    ),
)
def test_the_teaser_goes_and_the_article_stays(
    before: str, marker: str, pair: tuple[str, str]
) -> None:
    headline, opening = pair
    body, removed = _clean(f"{before} {marker}{headline} {opening}")
    assert body == f"{before} {opening}"
    assert f"{marker}{headline}" in removed


def test_na_1606s_form() -> None:
    """A headline with a dash's subtitle ending on "family", then "Malaysian officials have
    said" (constructed in its form, not its words)."""
    text = (
        "He died within minutes. READ MORE: Meet the Rossis - Who's who in the old town's "
        "first family Maltese officials have said four men fled the island the same day. "
        "It was unclear who they were."
    )
    body, removed = _clean(text)
    assert body == (
        "He died within minutes. Maltese officials have said four men fled the island the "
        "same day. It was unclear who they were."
    )
    assert removed == ("READ MORE: Meet the Rossis - Who's who in the old town's first family",)


LEFT_WHOLE = [
    "It fell. READ MORE: Trump tells Congress health bill is ready for a vote soon and "
    "then the lawmakers went home to their states for the long recess.",
    "It fell. READ MORE: How ordinary Syrians are coping with the war and its end as the "
    "talks in Geneva go on without them this week.",
    "It fell. READ MORE: Refugees stranded in Greece Maria Lopez said she was tired of it.",
    "It fell. READ: Faith Leaders Rally After Group Leaves Church Keary was there.",
]
"""A capitalised subject after a verb of saying or early in the headline, a name without an
appositive after a place: the headline's end is not known and
the teaser stays whole. HuffPost's "READ:" opens headlines in title case, whose end a sentence
opener does not find ("Faith Leaders Rally After ICE ..."): a marker since fx173, the teaser
left whole."""


@pytest.mark.parametrize("text", LEFT_WHOLE)
def test_a_subject_inside_the_headline_is_no_end(text: str) -> None:
    assert _clean(text) == (text, ())
