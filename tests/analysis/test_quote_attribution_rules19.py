"""Speaker rules of round 19 (issue 18): "she said" after a sentence that opens on a
person's name no name before fits (`index.analysis.speakerlead`); a nominative pronoun right
before its speech verb is the verb's subject ("During a speech in Glasgow she said"); a
first name that is also a place's opens a two-word name ("Paris Hilton",
`index.analysis.placefirst`); a platform ("wrote on Twitter") is never who "he" is.
Constructed sentences only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.firstnames import first_name_gender
from index.analysis.namerun import run_shape
from index.analysis.placefirst import COUNTRIES
from index.analysis.speechverbs import PLACE_NAMES
from tests.analysis.test_quote_attribution_rules13 import speakers

_UNKNOWN_FIRST = st.sampled_from(["Wibke", "Oyelaran", "Thandeka", "Zorika", "Teodolinda"])
"""First names the lexicon does not know (checked in `test_the_first_names_are_unknown`)."""
_WOMEN = st.sampled_from(["Maria", "Susan", "Ngozi", "Kerstin", "Olena"])
_MEN = st.sampled_from(["Tom", "Nick", "Kevin", "Paul"])
_LAST = st.sampled_from(["Werner", "Lawson", "Okafor", "Lindqvist", "Moreau", "Zafar"])
_ROLES = st.sampled_from(
    ["deputy director of the tenants association", "a lawyer at a rights group in Leeds"]
)
_VERBS = st.sampled_from(["thinks", "believes", "doubts", "argues"])
_QUOTE = '"Another problem is that most of the new flats are for owning, not renting,"'
_PLACE_FIRST = sorted(
    p.title() for p in PLACE_NAMES if first_name_gender(p) is not None and p not in COUNTRIES
)
_PLACES_ONLY = sorted(
    p.title()
    for p in PLACE_NAMES
    if (first_name_gender(p) is None or p in COUNTRIES) and p.isalpha()
)
_SURNAMES = st.sampled_from(["Hilton", "Smith", "Peterson", "Barab", "Looi", "Okafor", "Kowalczyk"])


def _speaker(*sentences: str) -> str | None:
    """The speaker of the one quote of the text the ``sentences`` make."""
    found = speakers(" ".join(sentences))
    assert len(found) == 1
    return found[0]


def test_the_first_names_are_unknown() -> None:
    for name in ["Wibke", "Oyelaran", "Thandeka", "Zorika", "Teodolinda"]:
        assert first_name_gender(name) is None


@settings(deadline=None)
@given(_UNKNOWN_FIRST, _LAST, _ROLES, _VERBS)
def test_she_said_goes_to_the_subject_of_the_sentence_before(
    first: str, last: str, role: str, verb: str
) -> None:
    lead = f"{first} {last}, {role}, {verb} there are many more reasons for the shortage."
    assert _speaker(lead, f"{_QUOTE} she told DW.") == f"{first} {last}"


_NO_ONES_LEAD = st.sampled_from(
    [
        "{man} {last}, the director, {verb} the rent is too high.",  # a man is not "she"
        "In {woman} {last}'s factory, the targets have gone up.",  # no subject after "In"
        "After {woman} {last}'s visit, costs have gone up.",
        "The Indus report {verb} costs will rise.",  # a thing's name after an article
        "The Bear Stearns officer {verb} costs will rise.",
    ]
)


@settings(deadline=None)
@given(_NO_ONES_LEAD, _MEN, _UNKNOWN_FIRST, _LAST, _VERBS)
def test_she_said_after_no_womans_subject_gives_no_one(
    lead: str, man: str, woman: str, last: str, verb: str
) -> None:
    opening = lead.format(man=man, woman=woman, last=last, verb=verb)
    assert _speaker(opening, f"{_QUOTE} she said.") is None


@settings(deadline=None)
@given(st.sampled_from(_PLACE_FIRST), _SURNAMES)
def test_a_place_that_is_a_first_name_opens_a_name(first: str, last: str) -> None:
    shape = run_shape(f"{first} {last}", False)
    assert shape is not None and shape.name == (first, last)
    text = f'"We loved every minute of the trip and will be back soon," said {first} {last}.'
    assert speakers(text) == [f"{first} {last}"]


@settings(deadline=None)
@given(st.sampled_from(_PLACES_ONLY), _SURNAMES)
def test_a_place_that_is_no_first_name_is_still_dropped(place: str, last: str) -> None:
    shape = run_shape(f"{place} {last}", False)
    assert shape is not None and shape.name == (last,)


_SCENES = st.sampled_from(
    [
        # a nominative pronoun right before its verb is its subject, whatever comes before
        (
            "{woman} {last} has called on her party to make the case for the union.",
            'During a speech in {place} she said "we are four nations, but at heart one people".',
            "{woman} {last}",
        ),
        # a platform is a channel, never who "he" is
        (
            "Sheriff {man} {last} said the search would go on through the night.",
            "An update was posted on {platform} early on Tuesday.\n\n" + _QUOTE + " he said.",
            "{man} {last}",
        ),
    ]
)


@settings(deadline=None)
@given(
    _SCENES,
    _WOMEN,
    _MEN,
    _LAST,
    st.sampled_from(["Glasgow", "Leeds", "Cork"]),
    st.sampled_from(["Twitter", "Facebook", "Instagram"]),
)
def test_the_person_named_before_speaks(
    scene: tuple[str, str, str], woman: str, man: str, last: str, place: str, platform: str
) -> None:
    lead, said, who = (
        part.format(woman=woman, man=man, last=last, place=place, platform=platform)
        for part in scene
    )
    assert _speaker(lead, said) == who
