"""A place's name before role words names no speaker, a sentence's adverbial opener is no
name, and a given name said alone is the one person whose name it opens (fx74: nu40 #3):
constructed sentences, and properties whose oracle is the sentence's own build (a country or
a state of `index.text.places` before nouns is never the speaker; the named person is)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.givenalone import inside_name
from index.analysis.quotes import extract_quotes
from index.analysis.speakerplaces import place_name
from index.text.places import COUNTRY_NAMES, REGIONS

_QUOTE = '"We have been failed and we deserve answers,"'


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # as-5699-center: the gymnast is Biles, her country no one's name
            f"{_QUOTE} Olympic medalist Simone Biles, widely considered the greatest U.S. "
            "gymnast of all time, said during testimony to the Senate Judiciary Committee.",
            "Simone Biles",
        ),
        (  # as-5680-center: an official not named
            "Haitians have been freed on a \u201cvery, very large scale\u201d in recent days, "
            "according to one U.S. official who put the figure in the thousands.",
            None,
        ),
        (  # as-5638-center
            "In the weeks since the restrictions took effect, Texas abortion providers say "
            "the impact has been \u201cexactly what we feared.\u201d",
            None,
        ),
        (f"{_QUOTE} Florida officials said.", None),
        (f"{_QUOTE} said New York state prosecutors.", None),
        (  # a place said alone, as a state suing: the labelled quotes give it
            f"{_QUOTE} Hawaii said in its filing.",
            "Hawaii",
        ),
        (f"{_QUOTE} Russia also said.", "Russia"),
        (f"{_QUOTE} said Texas governor Greg Abbott.", "Greg Abbott"),
    ],
)
def test_a_place_before_nouns_is_no_speaker(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("opener", ["Ahead", "After", "Despite"])
def test_an_adverbial_opener_is_no_speaker(opener: str) -> None:
    # na-1437: "Ahead of the conference, CPAC retracted ... after comments ..."
    text = (
        f"Frum wrote. {opener} of the conference, CPAC retracted a speaking invitation to "
        'polemicist Milo Yiannopoulos after comments in which he appeared to endorse "younger '
        'boys and older men." Yiannopoulos resigned.'
    )
    assert opener not in [s for s in _speakers(text) if s]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # na-1875, na-3573: a Malaysian name has no family name
            "Health Minister Subramaniam Sathasivam visited the hospital on Monday. "
            '"We have a body," Subramaniam told reporters.',
            "Subramaniam Sathasivam",
        ),
        (  # na-1457
            "Malaysian police chief Khalid Abu Bakar spoke to reporters on Friday. "
            '"Other exhibits are still under analysis," Mr Khalid said.',
            "Khalid Abu Bakar",
        ),
        (  # two persons the word opens: neither
            "Michael Flynn met Michael Cohen on Monday. "
            '"Other exhibits are still under analysis," Michael said.',
            "Michael",
        ),
    ],
)
def test_a_given_name_alone_is_the_one_person_it_opens(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_inside_name_keeps_a_surname_and_a_place_apart() -> None:
    persons = {"Lee Hsien Loong": True, "Robert E. Lee": True, "Jordan Peterson": True}
    assert inside_name(persons, "lee") == set()  # a surname of another person given
    assert inside_name(persons, "jordan") == set()  # a country's name
    assert inside_name({"Khalid Abu Bakar": True, "Khalid": True}, "khalid") == {"Khalid Abu Bakar"}


_COUNTRIES = sorted(COUNTRY_NAMES | {"U.S.", "UK", "Texas", "Ohio", "California", "Russia"})
_STATES = sorted(w for w in REGIONS if len(w) > 4)  # whole names, not "Calif."
_ROLES = ["officials", "official", "prosecutors", "abortion providers", "health officials"]


@settings(max_examples=80, deadline=None)
@given(
    place=st.sampled_from(_COUNTRIES + _STATES),
    role=st.sampled_from(_ROLES),
    lead=st.sampled_from(["", "one ", "two ", "the ", "several "]),
    after=st.booleans(),
)
def test_no_place_before_role_words_is_ever_the_speaker(
    place: str, role: str, lead: str, after: bool
) -> None:
    name = place if place.isupper() or "." in place else place.title()
    assert place_name(name)
    phrase = f"{lead}{name} {role}"
    text = (
        f"{_QUOTE} {phrase} said on Monday."
        if after
        else f"{phrase[0].upper()}{phrase[1:]} said: {_QUOTE}"
    )
    assert _speakers(text) == [None]


_GIVEN = ["Khalid", "Subramaniam", "Najib", "Mahathir", "Anwar", "Muhyiddin"]
_FAMILY = ["Sathasivam", "Razak", "Mohamad", "Ibrahim", "Yassin", "Hamidi"]
"""Not "Abu Bakar" after a given name the first names do not know: the name book reads
"Subramaniam Abu Bakar" as "Abu Bakar" (left alone by fx74; "Khalid Abu Bakar" is read whole)."""


@settings(max_examples=60, deadline=None)
@given(
    given_name=st.sampled_from(_GIVEN),
    family=st.sampled_from(_FAMILY),
    title=st.sampled_from(["Mr ", "", "Minister "]),
)
def test_a_given_name_alone_names_the_person_given_in_full(
    given_name: str, family: str, title: str
) -> None:
    full = f"{given_name} {family}"
    text = (
        f"Malaysian official {full} spoke to reporters on Friday. "
        f'"Other exhibits are still under analysis," {title}{given_name} said.'
    )
    assert _speakers(text)[-1] == full
