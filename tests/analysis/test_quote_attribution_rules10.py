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


# --- a name, a long description between commas, then the verb ---------------------------------

_DESCRIPTION_WORDS = st.lists(
    st.sampled_from(["deputy", "head", "of", "the", "national", "team", "delegation", "in"]),
    min_size=6,
    max_size=10,
)
"""With the name, the commas and the place, 16 to 23 words before the verb."""


@settings(deadline=None)
@given(
    st.sampled_from(["Kazikov", "Porter", "Lindqvist"]),
    st.sampled_from(["who was also a", "a former", "the"]),
    _DESCRIPTION_WORDS,
    st.sampled_from(["added", "said", "told reporters"]),
)
def test_a_long_description_between_commas_keeps_the_name(
    surname: str, opener: str, words: list[str], verb: str
) -> None:
    text = (
        f"Igor {surname} heads a department. The Russian Olympic Committee (ROC) said in an "
        f'interview on Tuesday. "Our delegation will be made up of over 400 people," {surname}, '
        f"{opener} {' '.join(words)} at the 2012 Games in London, {verb}."
    )
    assert speakers(text) == [f"Igor {surname}"]


def test_a_new_sentence_after_the_quote_is_no_apposition() -> None:
    # the words after the quote are their own sentence: no speaker from them
    text = (
        '"We will build it," the mayor said. "It is done." Smith, a man who has lived in the '
        "town of Rye in the county of Kent for most of his long life of work and rest, said "
        "nothing."
    )
    assert speakers(text)[1] != "Smith"


# --- an organisation's acronym in brackets inside a description --------------------------------


@settings(deadline=None)
@given(
    st.sampled_from(["Dave Ray", "Ramon Diaz", "Vitaly Mutko", "Hanna Berg"]),
    st.sampled_from(["a spokesman for", "who is also the president of", "chairman of"]),
    st.sampled_from(
        [
            ("the Russian Football Union", "RFU"),
            ("the Presidential Commission on Good Government", "PCGG"),
            ("the Federation for American Immigration Reform", "FAIR"),
        ]
    ),
    st.sampled_from(["said", "told Reuters", "told reporters on Monday"]),
)
def test_an_acronym_in_a_description_is_not_the_speaker(
    name: str, role: str, body: tuple[str, str], verb: str
) -> None:
    org, acronym = body
    text = f'"We want to correct business practices," {name}, {role} {org} ({acronym}), {verb}.'
    assert speakers(text) == [name]


@settings(deadline=None)
@given(
    st.sampled_from(
        [
            ("the Food and Agricultural Organization", "FAO"),
            ("the Ministry of International Trade and Industry", "MITI"),
            ("the Palestine Liberation Organization", "PLO"),
        ]
    ),
    st.sampled_from(["", "In a statement last week, ", "The Montgomery, Alabama, based "]),
)
def test_an_acronym_of_the_speaking_body_still_speaks(body: tuple[str, str], lead: str) -> None:
    org, acronym = body
    org = org if lead.startswith("In") else org.removeprefix("the ")
    opening = f"{lead}{org}" if lead else org[0].upper() + org[1:]
    text = f'{opening} ({acronym}) said "the reports indicated a serious outbreak in the area."'
    said = speakers(text)
    assert said != [None] and said != ["Alabama"]


# --- "said NAME has ...": the name is the subject of what was said --------------------------------


@settings(deadline=None)
@given(
    st.sampled_from([("Paul Cassell", "Cassell"), ("Jeff Ferguson", "Ferguson")]),
    st.sampled_from(["", ", a law professor at the University of Utah,"]),
    st.sampled_from(["Trump", "Derek", "Phelps"]),
    st.sampled_from(["has the right to speak", "was always talking", "would cut repayments"]),
)
def test_a_name_that_a_verb_follows_after_said_is_not_who_spoke(
    speaker: tuple[str, str], description: str, other: str, rest: str
) -> None:
    full, surname = speaker
    text = (
        f"{full} teaches law. But {surname}{description} said {other} {rest}. "
        '"We live in an age now where the language we use is getting rougher," he said.'
    )
    assert speakers(text) == [full]


def test_said_name_then_a_description_still_names_the_speaker() -> None:
    text = 'Growth will be strong this year, said Tom Smith, an analyst. "It is fine," he added.'
    assert speakers(text) == ["Tom Smith"]
