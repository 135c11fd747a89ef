"""Speakers given wrongly, which is worse than none (sp41, issue 18; nu47 #1-#4, #7): the
subject of an "As X tried to speak," clause, an outlet that "is told", a call "in which a
woman is heard saying", a possessive owner before a thing, a role read as its institution,
and names cut at "U.S." or with their initials' dots dropped. Constructed sentences, and
properties whose oracle is the sentence's own build."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

# Made-up given names and surnames: the rules may not lean on a list of known people.
_GIVEN = st.sampled_from(["Manaspas", "Tolvar", "Quenby", "Ostrid", "Halden", "Merivel"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Okonkwo", "Marlaine", "Quillfeather"])
_INITIAL = st.sampled_from("BCDEFGHJKLMNPRSTW")
_FIRST = st.sampled_from(["Lawrence", "Margaret", "David", "Helen", "George"])
"""Known first names: a made-up one before an initial is read as a sentence's end."""


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_as_clause_subject_is_not_the_speaker() -> None:
    """nu47 #1: 'As <reporter> tried to speak, <main subject> ... continued, "...': the main
    clause's subject speaks."""
    text = (
        "As ABC's Jenna Morales tried to speak, Mayor Tom Okafor raised a hand and "
        'continued, "When did I say that, and why would I?"'
    )
    assert _speakers(text) == ["Tom Okafor"]


@settings(max_examples=30, deadline=None)
@given(_GIVEN, _SURNAME, _GIVEN, _SURNAME)
def test_as_clause_property(g1: str, s1: str, g2: str, s2: str) -> None:
    """Whoever the opening clause names, the main clause's subject is the speaker."""
    if s1 == s2:
        return
    text = (
        f"As {g1} {s1} tried to speak, {g2} {s2} turned around and continued, "
        '"We are not done with this at all."'
    )
    assert _speakers(text) == [f"{g2} {s2}"]


def test_outlet_that_is_told_does_not_speak() -> None:
    """nu47 #2: '..., <outlet> is told.': a passive; the outlet heard it."""
    text = (
        'Senator Lee vowed to fight the "reckless new spending agenda of the other side," '
        "Fox News is told."
    )
    assert "Fox News" not in _speakers(text)


def test_heard_saying_is_the_caller_not_the_outlet() -> None:
    """nu47 #2: 'a call in which a woman is heard saying:' names no outlet as speaker."""
    text = (
        "An analyst faulted NBC News for cutting part of a call in which a man is heard "
        'saying: "They are breaking the windows right now, please get here fast!"'
    )
    assert _speakers(text) == [None]


def test_event_name_is_no_quotation() -> None:
    """nu47 #2: a quoted event name in Title Case, opening on an ordinal ("150th
    Anniversary of ..."), is a title, not words the outlet said."""
    text = (
        "Officials canceled the dinner, which was set to mark the “150th Anniversary of "
        "the Siege of the Harbor” at the embassy, according to the New York Times."
    )
    assert extract_quotes(text) == ()


def test_possessive_owner_before_a_thing_does_not_speak() -> None:
    """nu47 #3: 'and a memo ... urges ... how Biden's plan "..."': the memo's words, not
    those of the man who said something else earlier in the sentence."""
    text = (
        'Mayor Ann Ruiz says the rise is "temporary," and a memo obtained by the paper '
        "urges council members to stress how Ruiz's plan \"cuts bills for working families "
        'rather than raising their taxes."'
    )
    assert _speakers(text) == [None]


def test_role_head_is_a_person_not_the_institution() -> None:
    """nu47 #4: 'The White House coronavirus czar had told NPR': a person described, never
    "White House"."""
    text = (
        "Officials gave no date.\n\nThe White House coronavirus czar had told NPR on Monday "
        "that the country could “really get some good control over this” by next year."
    )
    assert _speakers(text) != ["White House"]


def test_capitol_police_is_not_cut_at_us() -> None:
    """nu47 #7: "it said" after "U.S. Capitol Police announced" is the whole body's name."""
    text = (
        "The board cleared the guard, U.S. Capitol Police announced on Monday, saying the "
        'guard "will not be facing any discipline at all."\n\n'
        'A review found the guard\'s actions were "lawful and within the rules," it said.'
    )
    assert "S Capitol Police" not in _speakers(text)
    assert _speakers(text)[-1] == "U.S. Capitol Police"


@settings(max_examples=30, deadline=None)
@given(_FIRST, _INITIAL, _SURNAME)
def test_initials_keep_their_dots(given_name: str, initial: str, surname: str) -> None:
    """nu47 #7: a surname resolved to the full name keeps the initial's dot as written."""
    full = f"{given_name} {initial}. {surname}"
    text = (
        f"{full}, a fellow at the institute, said in an interview that the raids were a "
        f'"warning to everyone in the region."\n\n"We saw this coming a long way off," '
        f"{surname} said."
    )
    assert _speakers(text) == [full, full]
