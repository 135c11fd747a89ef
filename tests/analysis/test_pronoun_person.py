"""A man's "he" never goes to a place or a firm that "says" (fx70; fx68's finding)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.firstnames import first_name_gender
from index.analysis.quotes import extract_quotes
from index.analysis.speechverbs import ORG_WORDS
from index.text.places import COUNTRY_NAMES, PLACE_NAMES, REGIONS

_PLACES = sorted(
    w.title()
    for w in PLACE_NAMES | REGIONS | COUNTRY_NAMES
    if len(w) > 3
    and " " not in w
    and first_name_gender(w) is None
    and not any(o != w and o.startswith(w) for o in REGIONS)  # "Mich", "Calif": cut short
)
_BODIES = sorted(w.title() for w in ORG_WORDS if len(w) > 3 and " " not in w)
_FIRMS = ["Apple", "Google", "Zanbury", "Corvel", "Kestrel"]  # unlisted: no person evidence
_RELATIVES = ["where", "when", "while"]
_PEOPLE = st.sampled_from([("Tom Reed", "he"), ("Lisa Moore", "she")])


@given(
    st.one_of(
        st.tuples(st.sampled_from([*_PLACES, *_BODIES]), st.sampled_from(_RELATIVES)),
        st.tuples(st.sampled_from(_FIRMS), st.sampled_from(["where", "when"])),
    ),
    _PEOPLE,
)
def test_a_place_or_body_that_says_takes_no_pronoun(
    place_relative: tuple[str, str], person: tuple[str, str]
) -> None:
    """The oracle: the quote's pronoun is the one person's named first; a one-word place
    or body the lists know, or an unlisted word the article calls a place ("Apple is where
    he grew up"), that "says" is no one "he" or "she" can be."""
    place, relative = place_relative
    name, pronoun = person
    text = (
        f"{name} spoke at the rally. {place} says the law stands. "
        f'{place} is {relative} {pronoun} grew up. "It is home," {pronoun} said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == [name]


def test_the_brief_cases() -> None:
    for place in ("Arkansas", "Apple"):
        text = (
            f"Tom Reed spoke. {place} says the law stands. "
            f'{place} is where he grew up. "It is home," he said.'
        )
        assert [q.speaker for q in extract_quotes(text)] == ["Tom Reed"]


def test_a_one_word_person_with_evidence_keeps_the_pronoun() -> None:
    """A first name the list knows, or a surname written in full before, is a person."""
    for text, speaker in [
        ('Tom Reed spoke. Adam says the law stands. "It is home," he said.', "Adam"),
        (
            "Tom Reed spoke. Sean Spicer came later. Spicer says the law stands. "
            '"It is home," he said.',
            "Sean Spicer",
        ),
    ]:
        assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_lone_name_with_no_one_before_stays_the_speaker() -> None:
    """No person named earlier to take "he": the one-word name keeps it, as before."""
    text = 'Spicer says the law stands. "It is home," he said.'
    assert [q.speaker for q in extract_quotes(text)] == ["Spicer"]
