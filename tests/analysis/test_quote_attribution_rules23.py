"""Speaker rules of round 20 (session 23; issue 18: fewer wrong speakers): "he said" after
an unnamed person who speaks for someone is that person's, not the name inside the phrase
("the aide to Lyng said ..."), nor the last name before a clause that brings such a person
in mid-sentence ("..., an official with the city authorities told TASS"; "said one of the
sources") (`index.analysis.unnamedholder`); an apposition ("Berg, a spokesman for the
ministry, said") is still the named person's. Constructed sentences only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analysis.test_quote_attribution_rules13 import speakers

_MEN = st.sampled_from(["Tom Berg", "Matias Ferreira", "Paul Lund", "Nick Patel"])
_HOLDERS = st.sampled_from(["aide", "spokesman", "adviser", "lawyer", "official"])
_CITIES = st.sampled_from(["St. Petersburg", "Kazan", "Nizhny Novgorod", "Leeds"])
_QUOTE = '"About 2,000 people took part in the rally,"'


@settings(deadline=None)
@given(_MEN, _HOLDERS)
def test_he_after_the_aide_to_a_named_person_is_the_aide(name: str, holder: str) -> None:
    lead = f"Secretary {name} said on Monday he would look at the plan."
    text = f"{lead} But the {holder} to {name.split()[1]} said it was doubtful. {_QUOTE} he said."
    assert speakers(text)[0] is None
    assert speakers(f"{lead} {_QUOTE} he said.")[0] == name  # no one else speaks between


@settings(deadline=None)
@given(_MEN, _HOLDERS, _CITIES)
def test_he_after_an_unnamed_speaker_brought_in_mid_sentence_is_no_one(
    name: str, holder: str, city: str
) -> None:
    lead = f"{name} led about 2,000 people through downtown {city} on Friday"
    text = f"{lead}, an {holder} with the {city} authorities told TASS. {_QUOTE} he said."
    assert speakers(text)[0] is None
    said = f'{lead}. "It was calm," said one of the sources with knowledge of the plan. '
    assert speakers(f"{said}{_QUOTE} he added.")[1] is None


@settings(deadline=None)
@given(_MEN, _HOLDERS)
def test_an_apposition_keeps_the_named_speaker(name: str, holder: str) -> None:
    text = f"{name}, a {holder} for the ministry, said the rally was calm. {_QUOTE} he said."
    assert speakers(text)[0] == name


@settings(deadline=None)
@given(_MEN, st.sampled_from(["president", "director", "chairman"]))
def test_the_role_an_apposition_gave_the_last_speaker_is_theirs(name: str, role: str) -> None:
    text = (
        f"Growth has hurt wildlife, says {name}, {role} of the Wildlife Fund. "
        f"{role.title()} Li Wei banned the ivory trade last year. "
        f'"Conservation and development go hand in hand," says {name.split()[1]}. '
        f'"We will lose some while making gains elsewhere," says the {role}.'
    )
    assert speakers(text) == [name, name]
    # no apposition: "the president" is the one named with that title
    plain = text.replace(f", {role} of the Wildlife Fund", "")
    assert speakers(plain)[1] == "Li Wei"
