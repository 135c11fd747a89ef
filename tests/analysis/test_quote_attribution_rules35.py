"""Speaker rules of session 35 (fx59, issue 18, nu38 #2, qg35), on constructed sentences (no
corpora needed), over generated names, openings and wordings:

- a name after a clause that opens its sentence is the sentence's subject ("Before Kelly
  spoke, Tillerson made a statement, saying he and Kelly met. '...,' he said": Tillerson);
- a hashtag is no part of a name ("#TrumpPresser He said": "he", not "TrumpPresser He");
- a quote opened right after "X said," is X's, not a later "Y told ..." past other words
  ('Trump said, "...?" Wiping away tears, Kara-Murza told ABC News that ...').
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.quotes import extract_quotes

_MEN = ["Rex Tillerson", "John Kelly", "David Turner", "James Morgan", "Peter Collins"]
_OPENERS = ["Before", "After", "When", "While", "Although", "Once"]
_WORDS = '"during the course of our meetings, we discussed the breadth of the challenges,"'
_INTROS = ["Wiping away tears", "Speaking from Moscow", "Later that day", "In an interview"]
_OUTLETS = ["ABC News", "reporters", "the BBC", "CNN"]


def _speaker_of(text: str, start: str) -> str | None:
    found = [q for q in extract_quotes(text) if q.inner.startswith(start)]
    assert len(found) == 1, [q.inner for q in extract_quotes(text)]
    return found[0].speaker


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_OPENERS), st.permutations(_MEN))
def test_the_name_after_an_opening_clause_is_whom_he_points_back_to(
    opener: str, men: list[str]
) -> None:
    subject, other = men[0], men[1]
    surname, other_surname = subject.split()[-1], other.split()[-1]
    text = (
        f"{other} and {subject} met their counterparts in Mexico City on Thursday. "
        f"{opener} {other_surname} spoke, {surname} made a rare public statement, saying he "
        f"and {other_surname} had productive meetings. {_WORDS} he said."
    )
    speaker = _speaker_of(text, "during the course")
    assert speaker is not None and same_person(speaker, subject), (speaker, text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_MEN), st.sampled_from(["TrumpPresser", "PressConf", "BreakingNews"]))
def test_a_hashtag_before_he_said_is_no_name(man: str, tag: str) -> None:
    text = (
        f"{man} held a long press conference on Thursday. The clip was shared widely online. "
        f"Check the warranty #{tag} #{tag} He said "
        '"the leaks are real, but the news is fake and we will find them" at the end.'
    )
    speaker = _speaker_of(text, "the leaks")
    assert speaker is None or (tag not in speaker and same_person(speaker, man)), speaker


@settings(max_examples=60, deadline=None)
@given(st.permutations(_MEN), st.sampled_from(_INTROS), st.sampled_from(_OUTLETS))
def test_a_quote_opened_after_x_said_is_xs(men: list[str], intro: str, outlet: str) -> None:
    said, told = men[0], men[1]
    text = (
        f"The host asked about the killings. {said} said, "
        '"There are a lot of killers. You think our country is so innocent?" '
        f"{intro}, {told} told {outlet} that nothing would stop them."
    )
    speaker = _speaker_of(text, "There are a lot")
    assert speaker is not None and same_person(speaker, said), (speaker, text)


def test_a_later_name_right_after_the_close_keeps_the_quote() -> None:
    """'X said, "A," Y added' is rare; the verb right after the close still wins: said_before
    only steps back over words that stand between the close and the later speaker."""
    text = 'John Kelly said on Monday, "we will do this within the law," Rex Tillerson added.'
    assert _speaker_of(text, "we will do") == "Rex Tillerson"
