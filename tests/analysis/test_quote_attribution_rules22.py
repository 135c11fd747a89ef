"""Speaker rules of round 22 (issue 18: fewer wrong speakers): "he said" after a sentence
whose subject is someone unnamed who speaks is that person's, no one named
(`index.analysis.unnamedsince`); "the prime minister" opening a sentence is the one named
with that office; an attribution after a quote whose verb opens its own clause ("Schiff
said that ...") is not that quote's, nor is an outlet's "said" after a partial quote whose
sentence names its speaker ("..., state news agency KCNA said"); a one-word name that is
only a role ("The PM insisted that") is no name (`persons`). Constructed sentences only.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analysis.test_quote_attribution_rules13 import speakers

_MEN = st.sampled_from(["Tom Berg", "Matias Ferreira", "Paul Lund", "Nick Patel"])
_OTHERS = st.sampled_from(["Kevin Lawson", "Mark Duffy", "John Okafor"])
_UNNAMED = st.sampled_from(
    [
        "An official with the city authorities",
        "A senior security official who asked not to be named",
        "One office manager",
        "Another diplomat in the capital",
        "Speaking to reporters, a high-ranking police official",
    ]
)
_SAYS = st.sampled_from(["told TASS on Saturday", "said", "commented early in the day"])
_QUOTE = '"About 2,000 people took part in the rally,"'
_OUTLETS = st.sampled_from(
    ["state news agency KCNA", "the state broadcaster KRT", "the newspaper Rodong Sinmun"]
)


def _speaker(text: str, k: int = 0) -> str | None:
    return speakers(text)[k]


@settings(deadline=None)
@given(_MEN, _UNNAMED, _SAYS)
def test_he_after_an_unnamed_person_who_speaks_is_no_one_named(
    name: str, unnamed: str, says: str
) -> None:
    lead = f"{name} led the march through the city centre on Friday."
    text = f"{lead} {unnamed} {says} that the rally was peaceful. {_QUOTE} he said."
    assert _speaker(text) is None
    assert _speaker(f"{lead} {_QUOTE} he said.") == name  # no one unnamed between
    # "the man" does not speak here: the verb after the comma is another subject's
    other = f"{lead} At the gate, the man walked away, {name.split()[1]} said. {_QUOTE} he said."
    assert _speaker(other) == name


@settings(deadline=None)
@given(_MEN, st.sampled_from(["campaigner", "diplomat", "aide"]))
def test_the_noun_of_someone_unnamed_brought_in_before_is_no_one_named(
    name: str, noun: str
) -> None:
    text = (
        f"{name} spoke in Paris last year, and a young {noun} from Lyon listened. "
        '"France is not ready," analyst Anne Bacharan said. '
        f"The {noun} disagrees. "
        '"I think he would be perfect for the job," he said.'
    )
    assert _speaker(text, 1) is None
    # no one unnamed was brought in with that noun: "the actor" is the one named
    named = text.replace(f", and a young {noun} from Lyon listened", "")
    assert _speaker(named, 1) == name


@settings(deadline=None)
@given(_MEN, _OTHERS)
def test_the_office_opening_a_sentence_is_the_one_named_with_it(premier: str, other: str) -> None:
    text = (
        f"Premier {premier} met the press in Beijing on Wednesday. {other}, a columnist, "
        "wrote that the talks went well. In response to a question on trade, the premier "
        'was blunt: He said Beijing did not want a trade war. "That would not make trade '
        'fairer," he pointed out.'
    )
    assert _speaker(text) == premier


@settings(deadline=None)
@given(st.sampled_from(["Mrs May", "Ms Ardern", "Mrs Merkel"]))
def test_an_office_never_given_to_anyone_stays_with_the_name(name: str) -> None:
    text = (
        f"{name} used a speech in Cardiff to defend the union. The prime minister added that "
        'the talks would be hard. "The coming negotiations will be vital for everyone," she said.'
    )
    assert _speaker(text) == name.split()[1]


@settings(deadline=None)
@given(st.sampled_from(["Susan Collins", "Maria Lopez"]), _OTHERS)
def test_a_verb_that_opens_its_own_clause_is_not_the_quote_before(woman: str, man: str) -> None:
    text = (
        f'Sen. {woman} implored the president to explain, saying she hopes to "get to the '
        f'bottom of this." Responding to her, {man} said that "there is nothing at the bottom."'
    )
    assert _speaker(text) != man
    plain = f'"We will get to the bottom of this." {man} said that the committee would meet.'
    assert _speaker(plain) is None  # nor "said" after a closed quote, with "that" after it


@settings(deadline=None)
@given(_OUTLETS)
def test_an_outlet_after_a_partial_quote_passes_on_the_subject_words(outlet: str) -> None:
    text = (
        'Leader Kim Jong Un declared the test "a new birth" for the rocket industry, '
        f"{outlet} said."
    )
    assert "Kim Jong Un" in (_speaker(text) or "")
    own = f'"The test was a success," {outlet} said.'
    assert "Kim" not in (_speaker(own) or "")


@settings(deadline=None)
@given(st.sampled_from(["PM", "Father", "Chancellor", "Governor"]))
def test_a_one_word_role_is_no_ones_name(role: str) -> None:
    text = (
        "Mrs May spoke in Glasgow on Friday. "
        f'The {role} insisted that "logic and facts" were on the side of the union.'
    )
    assert _speaker(text) != role
