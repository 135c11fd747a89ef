"""Speakers a new user found wrong (nu30 #2; fx32c): "he" reaching back to the name that
leads a link's teaser, "Ambassador Kim" taken for another of several Kims, a book's title
with commas taken for words said. Constructed cases that fail on the rules before, and
properties whose oracle is the name or title the text was built with."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.analysis.quotemarks import quoted_spans
from index.analysis.quotes import extract_quotes
from index.analysis.quotetitles import is_title


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


TEASED = (
    'Prime Minister Peter Holm promised the talks would go on. "We will not walk away from '
    'this table," Holm said. {label}: Peter Holm gamble reveals true nature of Scotland '
    "{name}, a lecturer at the University of Lund, told reporters the dispute was over. "
    '"The fact that the envoys have gone home means the talks are finished," he said.'
)


@pytest.mark.parametrize("label", ["OPINION", "READ MORE", "WATCH", "RELATED"])
def test_he_does_not_reach_back_to_the_name_leading_a_teaser(label: str) -> None:
    text = TEASED.format(label=label, name="Tomas Varga")
    assert _speakers(text) == ["Peter Holm", "Tomas Varga"]  # was Peter Holm twice


@settings(max_examples=40, deadline=None)
@given(
    label=st.sampled_from(["OPINION", "READ MORE", "ANALYSIS", "WATCH", "INSIDE STORY"]),
    first=st.sampled_from(["Tomas", "Marek", "Lars", "Henrik", "Pablo", "Omar"]),
    last=st.sampled_from(["Varga", "Novak", "Lindgren", "Ferreira", "Haddad", "Okafor"]),
)
def test_the_speaker_after_a_teaser_is_the_one_named_after_it(
    label: str, first: str, last: str
) -> None:
    """Oracle: the name the sentence after the teaser was built with."""
    name = f"{first} {last}"
    assert _speakers(TEASED.format(label=label, name=name)) == ["Peter Holm", name]


def test_a_name_named_before_the_teaser_still_takes_he() -> None:
    text = (
        'Speaking after the vote, Erik Berger said he expected a "northern spring". READ '
        'MORE: Erik Berger - why voters turned to him "Our influence has been enormous and '
        'our spring will go on," he said.'
    )
    assert _speakers(text)[-1] == "Erik Berger"


def test_a_titled_bare_family_name_is_the_namesake_with_that_title() -> None:
    text = (
        "Kim Tae-woo, the country's deputy UN ambassador, told reporters that \"this case "
        'is a plot from start to finish". Kim Sang-hoon was killed at the airport on '
        "Monday. Ambassador Kim said the cause of Kim Sang-hoon's death \"has not been "
        'found". The ambassador said other nations could make the poison. "It is a plot by '
        'our enemies to isolate us," he said.'
    )
    # was Kim Sang-hoon, the dead man named last
    assert _speakers(text) == ["Kim Tae-woo", "Kim", "Kim Tae-woo"]


def test_a_bare_family_name_without_a_title_keeps_its_fullest_name() -> None:
    text = (
        'Lee Jae-sung, the chairman of the group, said "waste is a mine to be exploited". '
        'Lee says the country makes six million tons of it. "It grows every year and we '
        'must recycle more of it," he said.'
    )
    assert _speakers(text) == ["Lee Jae-sung", "Lee Jae-sung"]


@pytest.mark.parametrize(
    "lead",
    [
        "The writer, who published a memoir in 2014 called",
        "She wrote a novel titled",
        "Her new documentary, entitled",
    ],
)
def test_a_works_title_with_commas_is_no_quotation(lead: str) -> None:
    text = f'{lead} "Winter, Salt, and the Long Road Home" said Lena Ortiz had left.'
    assert extract_quotes(text) == ()  # was a quote of Lena Ortiz's


def test_words_said_after_called_stay_a_quotation() -> None:
    text = 'The minister called the plan "a disgrace, a waste, and a lie" on Monday.'
    spans = quoted_spans(text)
    assert spans and not is_title(text, spans[0])


_CAPITALISED = st.sampled_from(["Winter", "Salt", "Road", "Home", "Father", "River", "Me"])
_LOWER = st.sampled_from(["winter", "salt", "road", "home", "father", "river", "we"])


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.one_of(_CAPITALISED, _LOWER), min_size=2, max_size=7),
    commas=st.lists(st.booleans(), min_size=7, max_size=7),
    work=st.sampled_from(["book", "memoir", "film", "song", "essay"]),
)
def test_a_title_after_a_work_called_is_known_by_its_capitals(
    words: list[str], commas: list[bool], work: str
) -> None:
    """Oracle: the title is a title exactly when its first word and every word but the
    small ones are capitalised (commas or not)."""
    inner = " ".join(
        w + ("," if c and k < len(words) - 1 else "")
        for k, (w, c) in enumerate(zip(words, commas, strict=False))
    )
    text = f'Ms Ortiz wrote a {work} called "{inner}" in 2010.'
    spans = quoted_spans(text)
    assert len(spans) == 1
    assert is_title(text, spans[0]) == all(w[:1].isupper() for w in words)


DATELINED = (
    "{place}: {name} on Monday chaired a meeting on the economy in the capital. Officials "
    'attended it. "We will not go to the lenders again for a bailout," he told them.'
)


@pytest.mark.parametrize("place", ["ISLAMABAD", "NEW DELHI", "RIO DE JANEIRO"])
def test_a_dateline_in_capitals_is_no_teaser_label(place: str) -> None:
    text = DATELINED.format(place=place, name="Imran Khan")
    assert _speakers(text) == ["Imran Khan"]  # was None (rv29 #5)


@settings(max_examples=40, deadline=None)
@given(
    place=st.lists(
        st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWYZ", min_size=3, max_size=9),
        min_size=1,
        max_size=3,
    ).map(" ".join),
    first=st.sampled_from(["Tomas", "Marek", "Lars", "Henrik", "Pablo", "Omar"]),
    last=st.sampled_from(["Varga", "Novak", "Lindgren", "Ferreira", "Haddad", "Okafor"]),
)
def test_the_name_after_a_dateline_speaks(place: str, first: str, last: str) -> None:
    """Oracle: the name the dateline's sentence was built with. Any capitals but a section
    word ("OPINION", "READ MORE") are a place, so the name is no teaser's."""
    from index.analysis.speakerteaser import TEASER_LABELS

    assume(place not in TEASER_LABELS.split("|"))
    name = f"{first} {last}"
    assert _speakers(DATELINED.format(place=place, name=name)) == [name]
