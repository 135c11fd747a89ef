"""Speakers read from the prose (sp47, issue 18): a mood before a name ("said a visibly
upset Fillon") leaves the name the speaker's; a participle clause ending on a colon
("..., saying: '...'") is the sentence subject's; a few words right after "so-called" are a
scare quote, no quotation. Constructed sentences, and properties whose oracle is the
sentence's own build."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.analysis.moodwords import MOODS
from index.analysis.quotes import extract_quotes

_QUOTE = '"I will not give in, I will not withdraw from this race,"'
# Made-up given names and surnames: the rules may not lean on a list of names.
_GIVEN = st.sampled_from(["Tolvar", "Quenby", "Ostrid", "Manaspas"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Okonkwo", "Marlaine", "Qtaish"])
_MOOD = st.sampled_from(sorted(MOODS))
_ADVERB = st.sampled_from(["", "visibly ", "clearly ", "obviously "])
_PARTICIPLE = st.sampled_from(["saying", "adding", "declaring", "insisting"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@given(_GIVEN, _SURNAME, _ADVERB, _MOOD)
@settings(max_examples=60, deadline=None)
def test_mood_before_name(given_name: str, surname: str, adverb: str, mood: str) -> None:
    article = "an" if (adverb or mood)[0] in "aeiou" else "a"
    text = (
        f"{given_name} {surname} spoke in Paris on Monday. "
        f"{_QUOTE} said {article} {adverb}{mood} {surname}."
    )
    assert _speakers(text) == [f"{given_name} {surname}"]


@pytest.mark.parametrize(
    "text",
    [  # a role or an age before the family name: still no one's name (unchanged)
        f"{_QUOTE} said the former Navy Seal.",
        f"{_QUOTE} said a 60-year-old Brennick.",
    ],
)
def test_no_mood_no_name(text: str) -> None:
    assert _speakers(text) == [None]


@given(_GIVEN, _SURNAME, _PARTICIPLE, st.booleans())
@settings(max_examples=60, deadline=None)
def test_participle_then_colon(given_name: str, surname: str, verb: str, but: bool) -> None:
    lead = "But " if but else ""
    text = (
        f"{given_name} {surname} leads the polls. {lead}{surname} hit back against his "
        f'rival on Twitter, {verb}: "Stop complaining, you have lost this argument."'
    )
    assert _speakers(text) == [f"{given_name} {surname}"]


_TERM_WORDS = st.sampled_from(["peace", "dividend", "deep", "state", "fake", "news"])


@given(_SURNAME, st.lists(_TERM_WORDS, min_size=3, max_size=6))
@settings(max_examples=60, deadline=None)
def test_so_called_is_no_quote(surname: str, term: list[str]) -> None:
    said = '"We will not accept any delay in the talks," ' + surname + " said."
    text = f'{surname} spoke of the so-called "{" ".join(term)}" in his speech. {said}'
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [said[: said.index(",") + 2]]
    assert [q.speaker for q in quotes] == [surname]


def test_so_called_sentence_stays() -> None:
    """A whole sentence after "so-called" is words said, not a name."""
    text = 'Brennick said the so-called "we will never, ever give in to them" was his.'
    assert len(extract_quotes(text)) == 1


@given(_SURNAME, st.sampled_from(["JA Solar", "Qtaish Group", "Brennick"]))
@settings(max_examples=40, deadline=None)
def test_he_is_the_nearer_man(surname: str, earlier: str) -> None:
    """An earlier speaker of unknown gender, then a man named in a later sentence: "he"
    is the man (na-0536: "One company, JA Solar, explained ... he claims")."""
    text = (
        f"One company, {earlier}, explained that the price was lower. The prediction comes "
        f"from Peter {surname}, chief of a firm. In a look ahead, he claims that "
        '"the president will turn green and buy panels".'
    )
    assume(surname not in earlier)  # one family name for both: nothing tells them apart
    assert _speakers(text) == [f"Peter {surname}"]


def test_he_not_a_man_in_the_speakers_sentence() -> None:
    """A man named inside the speaker's own sentence is not "he" (na-3650)."""
    text = (
        "Chinese foreign ministry spokesman Lu Kang, whose government worked closely with "
        'former US President Barack Obama, said that all countries should "move with the '
        'times". "China as a responsible country will not change its commitments," he said.'
    )
    assert _speakers(text) == ["Lu Kang", "Lu Kang"]


@given(
    st.lists(st.tuples(_GIVEN, _SURNAME), min_size=2, max_size=4, unique_by=lambda p: p[1]),
    st.sampled_from(["Ireland head coach", "Ex-England scrum-half", "Former winger", "Pundit"]),
)
@settings(max_examples=40, deadline=None)
def test_transcript_labels(people: list[tuple[str, str]], role: str) -> None:
    """A transcript's "Role Name: '...'" labels, one after another: each quote is its
    label's person (na-2898), not the first label's continued."""
    lines = [
        f'{role} Peter {surname}: "We did the work we had to do, {given_name} said."'.strip()
        for given_name, surname in people
    ]
    text = "The match ended late. " + " ".join(lines)
    assert _speakers(text) == [f"Peter {surname}" for _, surname in people]


@pytest.mark.parametrize(
    "text",
    [
        'Syria peace talks: "We will not accept any delay in the talks."',
        'Number seven: "We will not accept any delay in the talks."',
        'The Geneva Agenda: "We will not accept any delay in the talks."',
        'Geneva Agenda: "We will not accept any delay in the talks."',
    ],
)
def test_label_without_a_person(text: str) -> None:
    assert _speakers(text) == [None]


@given(_SURNAME, st.sampled_from(["stands for", "is short for", "stand for"]))
@settings(max_examples=30, deadline=None)
def test_what_a_name_stands_for_is_no_quote(surname: str, verb: str) -> None:
    """na-2173: 'a business called Waymo, which stands for "a new way forward in
    mobility"' is what a name means, no one's words (it was given to Google)."""
    text = (
        f"{surname} will spin its project off into a business called Waymo, which {verb} "
        '"a new way forward in mobility" and aims high.'
    )
    assert extract_quotes(text) == ()
