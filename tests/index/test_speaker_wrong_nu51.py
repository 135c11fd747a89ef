"""Speakers given wrongly or missed (sp46, issue 18; nu51 #3, #4): a state after a county in
the subject's phrase, a participle's object after the quote ('," noting he ... the U.S.'), the
"called" of "so-called", a row of share buttons read as a name, a quote going on after its
own inverted attribution, and a named speaker inside "at which ... said". Constructed
sentences, and properties whose oracle is the sentence's own build."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

# Made-up given names and surnames: the rules may not lean on a list of known people.
_GIVEN = st.sampled_from(["Manaspas", "Tolvar", "Quenby", "Ostrid", "Halden", "Merivel"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Okonkwo", "Marlaine", "Quillfeather"])
_STATE = st.sampled_from(["Arizona", "Ohio", "Texas", "Georgia", "Oregon", "Nevada"])
_COUNTY = st.sampled_from(["Pima", "Dorrance", "Walbrook", "Kestle"])
_GROUP = st.sampled_from(["Officials", "Election workers", "Clerks", "Auditors"])
_SHARE = st.sampled_from(["Send", "Share", "Facebook", "Twitter", "Google", "Email", "Print"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_state_after_county_is_no_speaker() -> None:
    """nu51 #3: 'Officials in X County, Arizona, are refusing ..., saying ... "..."': the
    officials speak, unnamed; the state only says where their county is."""
    text = (
        "Officials in Pima County, Arizona, are declining to hand over the ballots to the "
        'inspectors, saying that doing so would pose a "grave risk to voter privacy" there.'
    )
    assert _speakers(text) == [None]


@settings(max_examples=30, deadline=None)
@given(_GROUP, _COUNTY, _STATE)
def test_state_after_county_property(group: str, county: str, state: str) -> None:
    """Whatever the group, county and state, an unnamed group's words are no one's."""
    text = (
        f"{group} in {county} County, {state}, are refusing to comply with the order, "
        'saying that it would cause "a serious breach of trust" in the office.'
    )
    assert _speakers(text) == [None]


def test_participle_after_the_quote_has_no_subject_after_it() -> None:
    """nu51 #3: '"...," noting he had warned ... that the U.S.': the words after an -ing
    verb are its object; the sentence's subject (here unnamed lawmakers) speaks."""
    text = (
        "The senators said Thornbury should back a pause in the rules to "
        '"stop a needless shutdown of the ports," noting he had argued only last month '
        "that the U.S. could not wait."
    )
    assert _speakers(text) == [None]


def test_participle_after_the_quote_keeps_the_named_subject() -> None:
    """The same shape with a named subject before the quote: the subject speaks."""
    text = (
        "Senator Ostrid Marlaine said the council should act now to "
        '"stop a needless shutdown of the ports," noting the U.S. could not wait.'
    )
    assert _speakers(text) == ["Ostrid Marlaine"]


def test_so_called_is_no_speech_verb() -> None:
    """nu51 #3: 'Questions remain about ... the so-called "..."': no one said it, and the
    common noun opening the sentence is no speaker; since sp47 a scare quote after
    "so-called" is no quotation at all."""
    text = (
        "Questions remain about the origins of the storm and the so-called "
        '"weather machine theory" that some people favour.'
    )
    assert _speakers(text) == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Questions", "Doubts", "Fears", "Concerns"]))
def test_so_called_property(noun: str) -> None:
    text = f'{noun} linger over the plan and the so-called "bridge to nowhere" it backs.'
    assert _speakers(text) == []  # a scare quote, no quotation (sp47)


def test_share_row_is_no_name() -> None:
    """nu51 #3 (na-2173): a share row left in the body ("Send Facebook Twitter Google+")
    is no one's name, nor the longer form of "Google" said later."""
    text = (
        "Google will spin off its car project into a business called Waymo, which stands "
        'for "a new way forward in mobility" and aims high. Send Facebook Twitter Google+ '
        "Whatsapp Tumblr"
    )
    assert not any(s and "Facebook" in s for s in _speakers(text))


@settings(max_examples=30, deadline=None)
@given(st.lists(_SHARE, min_size=2, max_size=4), _GIVEN, _SURNAME)
def test_share_row_property(row: list[str], given_name: str, surname: str) -> None:
    """A row of share words before a named speaker's sentence never joins the name."""
    text = (
        f"{' '.join(row)} {given_name} {surname} said the plan was "
        '"a long way from finished" on Monday.'
    )
    assert _speakers(text) == [f"{given_name} {surname}"]


def test_quote_going_on_after_its_attribution() -> None:
    """nu51 #4 (as-5809-left): '"If ...," promised the chief executive, X, in a June
    interview, "you can ..."': the second half is X's too."""
    text = (
        "The network grew fast by promising one thing: open talk. "
        "“If you can say it on the streets of Boston,” promised the firm’s chief executive, "
        "Tavin Orloff, in a May radio interview, “you can say it on our site.”"
    )
    assert _speakers(text) == ["Tavin Orloff", "Tavin Orloff"]


@settings(max_examples=30, deadline=None)
@given(_GIVEN, _SURNAME, st.sampled_from(["said", "promised", "added", "insisted"]))
def test_quote_going_on_property(given_name: str, surname: str, verb: str) -> None:
    text = (
        f'"When the rain comes," {verb} {given_name} {surname}, in an interview, '
        '"we will be ready for it."'
    )
    assert _speakers(text) == [f"{given_name} {surname}"] * 2


def test_new_sentence_after_attribution_is_not_carried() -> None:
    """A capitalised quote after the attribution and a full stop is a sentence of its own:
    the rule for a broken-off sentence does not apply (the general rules decide)."""
    text = (
        '"When the rain comes," said Tolvar Brennick. Another farmer, Halden Okonkwo, '
        'said: "We will be ready for it."'
    )
    assert _speakers(text) == ["Tolvar Brennick", "Halden Okonkwo"]


def test_named_speaker_after_at_which() -> None:
    """nu51 #4 (as-5812-right): 'a news conference at which Attorney General X said an
    inquiry she ordered had found that ... "..."': X presents the finding, X speaks."""
    text = (
        "The news came at a briefing at which state Attorney General Marla Quenby said an "
        'inquiry she ordered had found that the mayor engaged in "repeated bullying of '
        'junior staff and threats."'
    )
    assert _speakers(text) == ["Marla Quenby"]


def test_closed_relative_clause_does_not_speak() -> None:
    """'the speech, in which X praised ..., was "..."': the clause closed on a comma and
    a verb; X did not say the quote."""
    text = (
        "An anchor claimed that the speech, in which Quenby Brennick praised the vaccine "
        'drive, was "delivered from a planet where facts do not matter."'
    )
    assert "Quenby Brennick" not in _speakers(text)
