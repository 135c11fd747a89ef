"""Speaker rules of round 10 (issue 18, tuned on dev..dev7, held8 and held9, all seen): a
subject pronoun after the full stop of an abbreviation opens a sentence and is no part of a
name ("...across the U.S. He said", which gave the speaker 'S He'); each on constructed
sentences (no corpora needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.namerun import run_shape
from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


_PEOPLE = st.sampled_from(
    [("Matias Ferreira", "He"), ("Jane Porter", "She"), ("Tom Reed", "He"), ("Anna Lund", "She")]
)
_ABBREVIATED = st.sampled_from(["the U.S.", "the U.K.", "Washington, D.C.", "the U.N."])


# --- a pronoun after an abbreviation's full stop opens a sentence ------------------------------


@settings(deadline=None)
@given(_PEOPLE, _ABBREVIATED)
def test_a_pronoun_after_an_abbreviation_is_no_name(person: tuple[str, str], where: str) -> None:
    name, pronoun = person
    text = (
        f"{name} joined the force last year. The team plays across {where} "
        f"{pronoun} said today that the work was hard. "
        f'"The hand we are dealt in life, we just have to take it," {pronoun.lower()} said.'
    )
    assert speakers(text) == [name]


@settings(deadline=None)
@given(
    st.sampled_from(["S.", "U.K.", "D.C.", "Jr.", "F.", "Co.", "Inc."]),
    st.sampled_from(["He", "She", "They", "We", "It"]),
)
def test_the_run_ends_before_the_pronoun(abbreviation: str, pronoun: str) -> None:
    shape = run_shape(f"{abbreviation} {pronoun}", False)
    assert shape is None or pronoun not in shape.name


def test_he_after_a_title_is_still_a_surname() -> None:
    # "Mr. He", "Sen. He Jiankui": the Chinese surname He, not a new sentence
    assert run_shape("Mr. He", False) is not None
    shape = run_shape("Sen. He Jiankui", False)
    assert shape is not None and shape.name == ("He", "Jiankui")


def test_a_name_with_jr_keeps_its_words() -> None:
    shape = run_shape("John Smith Jr. He", False)
    assert shape is not None and shape.name == ("John", "Smith", "Jr")
