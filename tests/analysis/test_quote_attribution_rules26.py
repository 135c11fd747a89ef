"""Speaker rules of round 26 (issue 18), from the tuning splits' errors, on constructed
sentences (no corpora needed): a dash for a lost space by a speech verb (',"-said-GSEE Secretary
X', 'chief,-said'), a body and a role after a name ('X, White House budget chief, said'), a role
then a full name after "said" ('said NBC spokeswoman McClaine Ramsey'), a body closing a long
description ('X, deputy director of ..., Beifa Group, says:')."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes

_FIRST = ["Mick", "Dimitris", "Jane", "Paolo", "Anna", "Kofi"]
_LAST = ["Mulvaney", "Kalogeropoulos", "Haddad", "Rinaldi", "Novak", "Mensah"]
_BODIES = ["White House", "Acme", "GSEE", "Treasury", "Red Cross"]
_ROLES = ["budget chief", "spokeswoman", "spokesman", "director", "secretary"]
_VERBS = ["said", "says", "added", "told reporters"]
_QUOTE = '"We cannot accept these terms and we will keep fighting for them,"'

names = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


def _speaker(text: str) -> str | None:
    found = [q for q in extract_quotes(text) if q.inner.startswith("We cannot")]
    assert len(found) == 1
    return found[0].speaker


@settings(max_examples=60, deadline=None)
@given(names, st.sampled_from(_BODIES), st.sampled_from(_ROLES), st.sampled_from(_VERBS))
def test_a_dash_for_a_lost_space_reads_as_the_space(
    name: str, body: str, role: str, verb: str
) -> None:
    # The oracle: the copy with spaces, read by the same rules.
    spaced = f"Talks went on. {_QUOTE} {verb.split()[0]} {body} {role} {name} on Monday."
    glued = f"Talks went on. {_QUOTE}-{verb.split()[0]}-{body} {role} {name} on Monday."
    assert _speaker(spaced) is not None
    assert _speaker(glued) == _speaker(spaced)
    after_spaced = f"Talks went on. {_QUOTE} {name}, {body} {role}, {verb}."
    after_glued = f"Talks went on. {_QUOTE} {name}, {body} {role},-{verb}."
    assert _speaker(after_spaced) is not None
    assert _speaker(after_glued) == _speaker(after_spaced)


@settings(max_examples=60, deadline=None)
@given(names, st.sampled_from(_BODIES), st.sampled_from(_ROLES), st.sampled_from(_VERBS))
def test_a_body_and_a_role_after_a_name_describe_the_name(
    name: str, body: str, role: str, verb: str
) -> None:
    speaker = _speaker(f"Talks went on. {_QUOTE} {name}, {body} {role}, {verb}.")
    assert speaker is not None and same_person(speaker, name)
    # With an article the description was read so before; it still is.
    speaker = _speaker(f"Talks went on. {_QUOTE} {name}, the {body} {role}, {verb}.")
    assert speaker is not None and same_person(speaker, name)


def test_only_a_glued_verb_is_split() -> None:
    def words(text: str) -> list[str]:
        return [t.text for t in tokens(text)]

    assert words('"-says-Karageorgopoulos.') == ['"', "-", "says", "Karageorgopoulos."]
    assert words("chief,-said.") == ["chief", ",", "said."]
    assert words("a well-known says-nothing policy") == [
        "a",
        "well-known",
        "says-nothing",
        "policy",
    ]
    assert words("chief, - said") == ["chief", ",", "-", "said"]  # a spaced dash stays
    assert words("the Spokane-Says Festival") == ["the", "Spokane-Says", "Festival"]


_RARE = st.builds(
    lambda a, b: a.capitalize() + b,
    st.sampled_from(["mccl", "zorb", "quil", "thandr", "vesk"]),
    st.sampled_from(["aine", "at", "ora", "ike", "uun"]),
)


@settings(max_examples=60, deadline=None)
@given(_RARE, st.sampled_from(_LAST), st.sampled_from(_BODIES), st.sampled_from(_ROLES[1:]))
def test_a_role_then_a_full_name_after_said_is_the_person(
    first: str, last: str, body: str, role: str
) -> None:
    # "said NBC spokeswoman McClaine Ramsey": a first name the lexicon lacks is still a name
    # when two capitalised words follow a person's role word.
    speaker = _speaker(f"Talks went on.\n\n{_QUOTE} said {body} {role} {first} {last}.")
    assert speaker is not None and same_person(speaker, f"{first} {last}")


@settings(max_examples=60, deadline=None)
@given(names, st.sampled_from(_BODIES), st.sampled_from(["Beifa Group", "Acme Holdings"]))
def test_a_body_closing_a_long_description_is_not_the_speaker(
    name: str, body: str, firm: str
) -> None:
    # "Kui Weiliang, deputy director of the ... Association in Ningbo, home to one of the
    # leading enterprises, Beifa Group, says:": the body ends the person's description.
    text = (
        f"Prices fell. {name}, deputy director of the {body} Association in Ningbo, home to "
        f'one of the leading firms, {firm}, says: "We cannot accept these terms at all."'
    )
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, name)


@settings(max_examples=60, deadline=None)
@given(
    names,
    st.sampled_from(["dairy producer", "solar tech company", "car maker", "airline carrier"]),
    st.sampled_from(["Royal FrieslandCampina", "Midsummer", "Acme", "Zorblat"]),
)
def test_he_is_never_a_business_named_after_its_kind(name: str, kind: str, firm: str) -> None:
    # "When he landed the job of CEO of Dutch dairy producer Royal FrieslandCampina, ... he
    # refreshed its strategies. '...,' he says": "he" may be the person, never the firm.
    text = (
        f"{name} joined the board in 2010. When he landed the job of CEO of {kind} {firm}, one "
        f'of the largest firms, he changed its plans. "We cannot accept these terms at all," '
        "he says."
    )
    speaker = _speaker(text)
    assert speaker is None or not same_person(speaker, firm)
