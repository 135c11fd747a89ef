"""Speakers named in lower case (sp51, issue 18): a body written with a lower-case head and a
capitalised qualifier ("the Russian foreign ministry said", "the Kremlin press office
said", "a spokeswoman for the Brexit department said"), and "the spokesman said" pointing
back to the last person named right after that role ("Defense Ministry spokesman
Major-General Igor Konashenkov"). Constructed sentences over made-up names; each property's
oracle is the sentence's own build (the body as written; the nearest earlier holder)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.attribution import Attribution
from index.analysis.namebook import NameBook
from index.analysis.quotes import extract_quotes
from index.analysis.speakerlower import lower_body, lower_speaker

_MAN = st.sampled_from(["Tolvar", "Halden", "Merrick", "Osgood", "Brandon", "Gerald"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Okonkwo", "Marlaine", "Quillfeather"])
_QUALIFIER = st.sampled_from(["Ruritanian", "Kremlin", "Freedonia's", "Zembla", "Brexit"])
_HEAD = st.sampled_from(
    ["foreign ministry", "press office", "press service", "embassy", "interior ministry"]
)
_VERB = st.sampled_from(["said", "added", "noted", "told reporters"])
_TITLE = st.sampled_from(["Major-General", "Colonel", "Captain", ""])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_lower_case_body_is_the_speaker() -> None:
    """na-3148's and na-0172's shapes: the body as the text writes it, without "the"."""
    text = (
        "The talks will open on Monday in the capital. "
        '"We plan to clarify our position on the new security system," the Ruritanian '
        'foreign ministry said. "Confidence-building measures will also be discussed." '
        '"The two leaders agreed to build up diplomatic efforts," the Kremlin press office said.'
    )
    assert _speakers(text) == [
        "Ruritanian foreign ministry",
        "Ruritanian foreign ministry",
        "Kremlin press office",
    ]


def test_spokesman_for_a_lower_case_body() -> None:
    """na-1862's and na-3304's shapes: "a spokeswoman for the Brexit department", "a
    spokeswoman for the Russian embassy in New Delhi": the body."""
    text = (
        'The bill was amended on Tuesday. "We are disappointed by the amendment to the bill," '
        "a spokeswoman for the Brexit department said in a statement. Elsewhere, a diplomat "
        "died. A spokeswoman for the Ruritanian embassy in New Delhi said that there was "
        '"nothing special or extraordinary about the death of the ambassador".'
    )
    assert _speakers(text) == ["Brexit department", "Ruritanian embassy"]


def test_no_qualifier_or_a_title_gives_no_body() -> None:
    """Guards: "the ministry said" with no capitalised qualifier names no body of its own,
    and "the Mayor's office said" is not given to an office (the labels give it to the mayor,
    na-0689); "As the ministry said" does not take "As" for a qualifier."""
    for said in ("the ministry said", "the Mayor's office said", "As the ministry said"):
        assert lower_body(said, 0, len(said)) is None
    text = '"We are angry and will not stand for this," the ministry said on Wednesday.'
    assert _speakers(text) == [None]


@settings(max_examples=40, deadline=None)
@given(_QUALIFIER, _HEAD, _VERB)
def test_lower_case_body_property(qualifier: str, head: str, verb: str) -> None:
    """Whatever the qualifier, head and verb, the speaker is the body as built, and it is a
    span of the body text."""
    text = (
        "Talks on the treaty resumed on Monday after a pause of two months. "
        f'"We are ready to discuss every question on the agenda," the {qualifier} {head} {verb}.'
    )
    speakers = _speakers(text)
    assert speakers == [f"{qualifier} {head}"]
    assert f"{qualifier} {head}" in text


def _spokesman_text(man: str, surname: str, title: str, other: str) -> str:
    titled = f"{title} " if title else ""
    return (
        f"Defense Ministry spokesman {titled}{man} {surname} said on Thursday that the strikes "
        f'had stopped. "The federation is fully complying with its obligations," the '
        f"spokesman said. Opposition leader Orrin {other} disagreed. Interior Ministry "
        f"spokesman Halvard {other} said that the border was closed. "
        '"No one has crossed the border since Monday," the spokesman said.'
    )


def test_spokesman_points_back_to_the_last_spokesman() -> None:
    """na-0794's shape: "the spokesman said" is the last person named right after
    "spokesman" (with a title between or not), not the last person named."""
    text = _spokesman_text("Tolvar", "Brennick", "Major-General", "Kestrel")
    assert _speakers(text) == ["Tolvar Brennick", "Halvard Kestrel"]


@settings(max_examples=40, deadline=None)
@given(_MAN, _SURNAME, _TITLE, st.sampled_from(["Kestrel", "Dunmore", "Ashgrove"]))
def test_spokesman_is_the_nearest_earlier_holder(
    man: str, surname: str, title: str, other: str
) -> None:
    """Oracle: for each "the spokesman said", the nearest person named before it right after
    the word "spokesman" (the build puts one before each quote)."""
    assert _speakers(_spokesman_text(man, surname, title, other)) == [
        f"{man} {surname}",
        f"Halvard {other}",
    ]


def test_spokesman_with_no_holder_is_no_one() -> None:
    """Guard: no one was named as a spokesman: "the spokesman said" stays with nobody."""
    text = (
        "Tolvar Brennick, the defence minister, visited the base on Thursday. "
        '"The federation is fully complying with its obligations," the spokesman said.'
    )
    assert _speakers(text) == [None]


def test_spokesman_named_before_in_apposition() -> None:
    """na-3281's shape: "said Col. Tolvar Brennick, a spokesman for Operation Bright Shield"
    and later "The spokesman noted": Brennick, though another man was named between."""
    text = (
        '"We are analysing all the possible strikes in that area," said Col. Tolvar '
        "Brennick, a spokesman for Operation Bright Shield. Local councillor Orrin Kestrel "
        'visited the site. "It takes time," said Brennick. The spokesman noted the enemy\'s '
        'tactics of "using human shields and fighting from protected sites".'
    )
    assert _speakers(text) == ["Tolvar Brennick", "Tolvar Brennick", "Tolvar Brennick"]


def test_lower_body_guards() -> None:
    """Guards seen in the corpora: a body inside another's description is not the speaker
    (na-0203), nor a lower-case body before a name ("news agency Tass reported", na-0684),
    nor a person's office (na-1312); "a Treasury spokesman said" after a name is a new
    clause, not that name's apposition (reut-17218)."""
    for said in (
        "the Ruritanian permanent representative to the European security agency said.",
        "Ruritanian state-run news agency Tass reported",
        "Brennick's office said",
    ):
        assert lower_body(said, 0, len(said)) is None
    text = (
        "Secretary Tolvar Brennick cancelled a trip because of a visit by Prime Minister "
        "Halden Okonkwo, a Treasury spokesman said. The spokesman, who asked not to be "
        'named, said, "I would not draw any conclusion from the cancellation at all."'
    )
    assert _speakers(text) == [None]


def test_the_company_is_not_pointed_back() -> None:
    """Guard (reut-01099's shape, read in the corpus): "the company said" is not given to the
    nearest firm named before it (here the buyer); since sp53 it is the one firm that spoke,
    the seller."""
    text = (
        "Norbrook Co said it sold its African unit to Kestrel Mining and Industrial Corp. "
        'The company said the unit was sold because "growing pressures make it hard".'
    )
    at = text.index("The company said")
    said = Attribution(None, "The company", at, at + len("The company said"), "unresolved")
    assert lower_speaker(said, "The company", NameBook(text, [])).speaker == "Norbrook Co"


def test_the_ministry_points_back_to_the_ministry_named() -> None:
    """na-0780's and na-3110's shapes: "a spokesman for the ministry" after "the Ministry
    of Defense of Ruritania told TASS", "According to the ministry" after "Freedonia's
    finance ministry has confirmed"."""
    first = (
        "Ruritania sent its jets to escort the bombers, the Ministry of Defense of Ruritania "
        'told TASS. "We can confirm that the aircraft were scrambled," a spokesman for the '
        "ministry said."
    )
    assert _speakers(first) == ["Ministry of Defense of Ruritania"]
    second = (
        "Freedonia's finance ministry has confirmed that the talks were put off. According to "
        'the ministry, "the postponement stems from the need for more time to prepare".'
    )
    assert _speakers(second) == ["Freedonia's finance ministry"]


def test_unnamed_spokesman_since_stops_the_pointing_back() -> None:
    """Guard (na-3271's shape, read in the corpus): "The PM's official spokesman said"
    after a named spokesman: the later "The spokesman said" is that unnamed one, not the
    man named before."""
    text = (
        '"Everything is ready on this side," Tolvar Brennick, the spokesman for the '
        "commission chief, told a briefing. The PM's official spokesman said: \"There will "
        'be a letter to the council." The spokesman said Britain accepts that "it is right '
        'that the others have a chance to agree their position".'
    )
    assert _speakers(text)[0] == "Tolvar Brennick"
    assert _speakers(text)[-1] != "Tolvar Brennick"
