"""Speakers cut from a longer name or given the wrong full name (nu24's finds; modules
`index.analysis.speakerwhole`, `speakerof`, `persons.full_speaker`): a body's name with
a small word in it is given whole, a person "of" a body written as initials speaks, and a
bare name is not expanded to the person its own clause speaks of. Constructed sentences
only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analysis.test_quote_attribution_rules13 import speakers

_QUOTE = '"We will not back down on this at all,"'
_VERBS = st.sampled_from(["said", "says", "added"])
_WORDS = st.sampled_from(["Save", "Feed", "Help", "Protect", "Shelter"])
_NOUNS = st.sampled_from(["Children", "Whales", "Hungry", "Elderly Poor"])


@settings(deadline=None)
@given(_WORDS, _NOUNS)
def test_a_body_named_verb_the_noun_is_given_whole(word: str, noun: str) -> None:
    body = f"{word} the {noun}"
    assert speakers(f"Aid ran short. {_QUOTE} said {body}, adding more.") == [body]


@settings(deadline=None)
@given(
    st.sampled_from(["Institute", "Centre", "Council", "Foundation"]),
    st.sampled_from(["Government", "Policy Studies", "Foreign Relations"]),
    st.sampled_from(["for", "of"]),
)
def test_a_body_named_head_for_name_is_given_whole(head: str, name: str, glue: str) -> None:
    body = f"{head} {glue} {name}"
    text = (
        f"It is the strongest power, according to the {body}. "
        f'"It is one of only two states with such a range of forces," the {head.lower()} said.'
    )
    assert speakers(text) == [body]


@settings(deadline=None)
@given(
    st.sampled_from(["Moreau Defarges", "Kerstin Vahl", "Lafont Rapnouil", "Pierre Lamont"]),
    st.sampled_from(["IFRI", "OECD", "ECFR"]),
    _VERBS,
)
def test_a_person_of_a_body_in_initials_speaks(name: str, body: str, verb: str) -> None:
    text = f"Talks went on. {_QUOTE} {name} of {body} {verb} of the ties."
    assert speakers(text) == [name]
    after = f'{text} "Of course, the leaders will receive her. But it will be a crisis."'
    assert speakers(after) == [name, name]  # the next quote, by the sentence before it


@settings(deadline=None)
@given(st.sampled_from(["Paul Smith", "Ann Berg", "John Lund"]), _VERBS)
def test_a_person_before_the_noun_keeps_speaking(name: str, verb: str) -> None:
    assert speakers(f"Aid ran short. {_QUOTE} {verb} {name}, adding more.") == [name]


@settings(deadline=None)
@given(
    st.sampled_from(["Kim Jong-nam", "Kim Song-il", "Park Ji-won"]),
    st.sampled_from(["Ambassador", "Minister", "General"]),
)
def test_a_bare_name_is_not_the_person_its_clause_speaks_of(full: str, title: str) -> None:
    bare = full.split()[0]
    spoken_of = (
        f"Police named seven men. {title} {bare} said the cause of {full}'s death "
        '"has not yet been clearly found by anyone".'
    )
    assert speakers(spoken_of) == [bare]
    named_before = (
        f"{full} spoke at the airport. {title} {bare} said the cause of the delay "
        '"has not yet been clearly found by anyone".'
    )
    assert speakers(named_before) == [full]


@settings(deadline=None)
@given(
    st.sampled_from(["Stormzy", "Paul Lund", "Tom Berg"]),
    st.sampled_from(["Keep Your Head Down", "Mind Your Step", "Fix My Heart", "Hold Our Line"]),
)
def test_he_is_not_a_word_of_a_songs_title(singer: str, song: str) -> None:
    text = (
        f"{singer} wrote a new record. Called {song}, it tells the story of a family. "
        '"I focused on the war when I was writing," he says.'
    )
    assert speakers(text) == [singer]
