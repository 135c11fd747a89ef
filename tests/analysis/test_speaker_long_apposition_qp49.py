"""A speaker's apposition may be long, and what the longer reach would wrongly take (qp49).

ABC's na-1867: "Marie Mendras, a political scientist in the field of Russian and post-Soviet
studies at the Paris School of International Affairs, said she was reluctant ... '...,' she
said" gave the quote to a woman named earlier: the speech verb after a name was looked for
across an apposition of 90 characters at most, hers is 113. With a longer reach, two faults
that short appositions had already showed up more often (constructed here at both lengths):

- a name after "Speaking to" opens the sentence's phrase, it is not the one who speaks
  ("Speaking to Al Jazeera, a senior official, said: '...,' he said": not Al Jazeera);
- "the police chief said" is the person named with that role in lower case ("said Paris
  police chief Michel Cadot"), not whoever spoke last.

Oracles over generated sentences: the name before the apposition is the speaker of the
"she said" after it whatever the apposition's length (no comma or full stop inside it); the
outlet spoken to is never a speaker; the role's holder is the bare role's speaker.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.analysis.namecues import _APPOSED
from index.analysis.quotes import extract_quotes

_PIECES = (
    "a political scientist",
    "in the field of Russian and post-Soviet studies",
    "at the Paris School of International Affairs",
    "who has written two books on the region",
    "and a former adviser to the foreign ministry",
    "who spent a decade reporting from Moscow and Kiev",
)
_PEOPLE = (("Marie Mendras", "she"), ("Anne Leroy", "she"), ("Daniel Hamilton", "he"))
_OTHERS = (("Randa Kassis", "Fabien Baussart"), ("Claire Dubois", "Paul Martin"))


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(_PEOPLE),
    st.sampled_from(_OTHERS),
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5, unique=True),
    st.sampled_from(["said", "told ABC News", "cautioned"]),
    st.sampled_from(['."?', '."', '." ']),
)
def test_the_name_before_a_long_apposition_speaks(
    person: tuple[str, str],
    others: tuple[str, str],
    pieces: list[str],
    verb: str,
    glue: str,
) -> None:
    """The name opens its sentence, but where a copy lost the space after a closing mark
    (na-1867's '."?Marie Mendras') only the speech verb after it says so."""
    name, pronoun = person
    woman, man = others
    apposition = " ".join(p for p in _PIECES if p in pieces)  # in their order: one phrase
    assume(len(apposition) <= _APPOSED)
    text = (
        f"A report quoted one of the hosts, {woman}. She told the paper she went to Moscow."
        f' "I have never heard of it," said {man}. "That tells you something{glue}{name},'
        f' {apposition}, {verb} that {pronoun} was reluctant to weigh in. "I can only say'
        f' that the group is known for its close business connections," {pronoun} said.'
    )
    assert _speakers(text)[-1] == name, (len(apposition), text)


_OUTLETS = ("Al Jazeera", "Al Arabiya", "Reuters", "Der Spiegel", "the BBC")
_SUBJECTS = (
    "a senior Palestinian security official",
    "a high-ranking Palestinian security official who chose to remain anonymous fearing reprisal",
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_OUTLETS),
    st.sampled_from(_SUBJECTS),
    st.sampled_from(["Speaking to", "Talking to", "In an interview with", "Writing to"]),
    st.booleans(),
)
def test_the_outlet_spoken_to_is_not_the_speaker(
    outlet: str, subject: str, opening: str, he_said: bool
) -> None:
    quote = "We rebuilt our security with the help of international donors"
    said = f'"{quote}," he said.' if he_said else f'"{quote}, and it serves our people."'
    text = f"Abbas spoke on Monday. {opening} {outlet}, {subject}, said: {said}"
    assert outlet not in _speakers(text), text


_ROLES = (
    ("police chief", "Paris police chief Michel Cadot"),
    ("fire chief", "city fire chief Tom Hardy"),
    ("team coach", "team coach Paul Barber"),
)
_BETWEEN = (
    "French President Francois Hollande, whose country remains in a state of emergency after"
    ' many attacks, told reporters: "We are again confronted with an attack, plainly."',
    "IMF director Christine Lagarde said she was informed about the explosion.",
    "French President Francois Hollande said the attack was cowardly.",
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ROLES), st.sampled_from(_BETWEEN), st.booleans())
def test_a_bare_role_is_its_holder(role: tuple[str, str], between: str, after: bool) -> None:
    bare, named = role
    holder = " ".join(named.split()[-2:])
    first = (
        f"It was like a firecracker, said {named}."
        if after
        else f"{named[0].upper()}{named[1:]} said it was like a firecracker."
    )
    text = (
        f'{first} {between} The secretary was hurt by a "rather violent noise from the'
        f' parcel," the {bare} said.'
    )
    assert _speakers(text)[-1] == holder, text
