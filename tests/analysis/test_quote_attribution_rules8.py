"""Speaker rules of round 8 (issue 18, tuned on dev..dev7 and the classes sp18g reported for
held7): a place after a comma is no speaker ("Washington, DC, said"), a peer's seat is no
name ("Lord Lawson of Blaby"), and a name's gender told by the pronoun after it; each on
constructed sentences (no corpora needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


_CITIES = st.sampled_from(
    [
        ("Washington", "DC"),
        ("Washington", "D.C."),
        ("Newark", "N.J."),
        ("Austin", "Texas"),
        ("Ottawa", "Ontario"),
        ("Kiev", "Ukraine"),
    ]
)


# --- a region after a city and a comma is where, not who ------------------------------------


@settings(deadline=None)
@given(_CITIES, st.sampled_from(["a protester", "an official", "one resident"]))
def test_a_region_after_a_city_is_no_speaker(city: tuple[str, str], who: str) -> None:
    town, region = city
    text = f'Thousands marched. "We will not be silent," {who} in {town}, {region}, said.'
    assert speakers(text) == [None]


@settings(deadline=None)
@given(_CITIES, st.sampled_from(["Jane Porter", "Kwame Mensah", "Li Wei"]))
def test_a_named_speaker_from_a_city_keeps_the_name(city: tuple[str, str], name: str) -> None:
    town, region = city
    text = f'Thousands marched. "We will not be silent," {name}, of {town}, {region}, said.'
    assert speakers(text) == [name]


def test_a_person_after_a_role_in_a_city_is_still_the_speaker() -> None:
    # the last part is a name, not a region: it speaks
    text = 'Thousands marched. "We are ready," a lawyer in London, Amal Clooney, said.'
    assert speakers(text) == ["Amal Clooney"]


# --- a peer's seat is not the peer's name --------------------------------------------------


@settings(deadline=None)
@given(
    st.sampled_from(["Lord", "Baroness", "Viscount", "Earl"]),
    st.sampled_from([("Lawson", "Blaby"), ("Howard", "Lympne"), ("Hayter", "Kentish Town")]),
)
def test_a_peer_s_seat_is_not_the_name(peer: str, names: tuple[str, str]) -> None:
    name, seat = names
    text = (
        f'Former minister {peer} {name} of {seat} said the amendment had "no place in this '
        f'bill whatever". "It should pass as it stands," {peer} {name} of {seat} added.'
    )
    found = speakers(text)
    assert found[0] is not None and found[0].endswith(name)
    assert found[1] is not None and found[1].endswith(name)
    assert seat.split()[-1] not in " ".join(f or "" for f in found)


def test_lord_of_the_rings_is_no_peer() -> None:
    text = 'The film won. "It is wrong," the Lord of the Rings actor said.'
    assert speakers(text) == [None]


# --- "she" finds the woman a pronoun already told of ----------------------------------------


@settings(deadline=None)
@given(
    st.sampled_from(["Adele", "Mary Jones", "Sarah Palin"]),
    st.sampled_from(["Iolanda Jaguemet", "Khadiome Ndongue", "Tsai Ing-wen"]),
)
def test_she_is_the_woman_a_pronoun_told_of(known: str, other: str) -> None:
    text = (
        f'The awards were handed out. "It was great," {known} said. {other}, 34, gave an epic '
        f"performance, exposing her new album to the crowd. Then came the speech. "
        '"It is important to me," she said.'
    )
    assert speakers(text)[1] == other


def test_she_skips_a_man_a_woman_was_asked_by() -> None:
    # "asked her to help": the object "her" is Warda, not Moustafa
    text = (
        'Warda came to the island. "It was hard," Warda said. Moustafa, 40, asked her to '
        'help with the washing. "It was a terrifying moment," she recalls.'
    )
    assert speakers(text)[1] == "Warda"


@settings(deadline=None)
@given(st.sampled_from(["says", "said", "told reporters"]))
def test_a_pronoun_in_what_was_said_tells_no_gender(verb: str) -> None:
    # "Jaal says doctors found that she had ...": "she" is the daughter, Jaal speaks next
    text = (
        'Bharti fell ill. "It hurts so much," Bharti said. Jaal, 40, '
        f"{verb} doctors performed tests and found that she had sickle cell disease. "
        '"Our daughter died in front of our eyes," he says.'
    )
    assert speakers(text)[1] == "Jaal"


def test_said_she_tells_the_speaker_s_gender() -> None:
    # "Jaguemet ... said she was turned down": a woman, so the next "she" is hers
    text = (
        'Trials are few. "It is hard to get in," Mary Jones said. Iolanda Jaguemet, 77, who '
        "reviews research, said she was turned down twice. "
        '"I got excited by something that seemed promising," she said.'
    )
    assert speakers(text)[1] == "Iolanda Jaguemet"
