"""A party word that is a word of a state's or party's name stays in it (fx18a, issue 21):
the names line said "People's Republic of Korea" for "Democratic People's Republic of Korea"
(a leading "Democratic" was taken for a party tag, as in "Democratic Sen. Chuck Schumer"),
wherever the name stood in its sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.entities import find_names
from index.analysis.pair_names import pair_only_in
from tests.analysis.test_pair_names import _names_many

OTHER = "The talks went on."

party = st.sampled_from(["Democratic", "Republican"])
rest = st.sampled_from(  # what follows the party word in a state's or a party's name
    ["People's Republic of Korea", "People’s Republic", "People's Party", "Republic of Congo",
     "Republic", "Party of Japan", "Party", "National Committee"]
)  # fmt: skip
frame = st.sampled_from(
    ["{} fired a missile.", "Envoys of the {} met.", "Kim spoke. {} officials met.",
     "He said the {} would talk.", "Officials said on Monday that {} envoys met."]
)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(party=party, rest=rest, frame=frame)
def test_a_party_word_heading_a_state_or_party_stays_in_its_name(
    party: str, rest: str, frame: str
) -> None:
    name = f"{party} {rest}"
    sentence = frame.format(name)
    assert name in [mention.text for mention in find_names(sentence)]
    only, _ = pair_only_in(sentence, OTHER)
    assert only[0] == name  # the names line, two articles and many
    assert _names_many(sentence, OTHER)[0][0] == name


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The Democratic People's Republic of Korea (DPRK) said Kim Jong Un spoke.",
            ("Democratic People's Republic of Korea", "Kim Jong Un"),  # DPRK: its initials
        ),
        (
            "He met the Lao People's Democratic Republic envoy.",
            ("Lao People's Democratic Republic",),
        ),
        ("Officials of the People's Republic of China met.", ("People's Republic of China",)),
        # a party word before a person or a plain word is still a party tag, not a name's
        ("He met Democratic Senator Chuck Schumer.", ("Chuck Schumer",)),
        ("Republican Ted Cruz spoke.", ("Ted Cruz",)),
        ("Democratic voters and Republican People backed it.", ("People",)),
    ],
)
def test_names_with_and_without_a_party_word(sentence: str, names: tuple[str, ...]) -> None:
    assert pair_only_in(sentence, OTHER)[0] == names
