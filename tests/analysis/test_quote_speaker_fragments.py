"""Wrong speakers a new user met (issue 18; nu28 #2, #3, #4; fx30a), on constructed sentences:
a dateline is never a speaker ("WASHINGTON (Reuters) - The Department ... saying", "RIVERTON —
Café owners said"); whoever a paper quotes speaks, not the paper ("X was quoted by the daily
Y as saying"); a common noun or fragment is no name ("Engineers", "Police" for "It said",
"His Holiness", "It" of "It girls") unless it is a body's whole name ("Russia's General
Staff", "Business in the Community"). A must-not list keeps real speakers that look alike."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes
from index.analysis.speakercommon import COMMON
from index.analysis.speakerdateline import past_dateline

_FIRST = ["Maria", "Okello", "Joaquin", "Tamsin", "Ali", "Yasuhiro", "Brian", "Wladyslaw"]
_MEN = ["Carlos", "Joaquin", "Ali", "Yasuhiro", "Brian", "Wladyslaw"]
_LAST = ["Castro", "Oduya", "Vance", "Nakasone", "Baka", "Schatz", "al-Sabah", "Perry"]
_PLACES = ["WASHINGTON", "RIVERTON", "NEW YORK", "UNITED NATIONS", "MEXICO CITY", "KYIV"]
_PAPERS = ["the local daily al-Qabas", "Reuters", "the Kuwait News Agency", "Kyodo News Service",
           "the daily Al-Anba", "the state-run news agency IRNA", "PAP"]  # fmt: skip
_MARKS = ["(Reuters) -", "(AP) —", "—", "-", ", March 3 (Reuters) -"]
_QUOTE = '"We cannot accept these terms and we will keep checking every site."'

names = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST))
men = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_MEN), st.sampled_from(_LAST))


def _speaker(text: str) -> str | None:
    found = [q for q in extract_quotes(text) if "cannot accept" in q.inner]
    assert len(found) == 1
    return found[0].speaker


def test_the_cases_of_the_walkthrough() -> None:
    dhs = (
        "WASHINGTON (Reuters) - The U.S. Department of Homeland Security has issued requests"
        " for proposals for a wall along the Mexican border, saying ideally it should be 30"
        ' feet high and the wall facing the U.S. side should be "Aesthetically pleasing in'
        ' color."'
    )
    assert [q.speaker for q in extract_quotes(dhs)] == ["U.S. Department of Homeland Security"]
    cafe = (
        "RIVERTON — Café owners on Main Street said on Wednesday they feared the “worst flood"
        " in a generation,” and left."
    )
    assert [(q.speaker, q.description) for q in extract_quotes(cafe)] == [
        (None, "Café owners on Main Street")
    ]
    sheikh = (
        "Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying:"
        ' "None of the OPEC members has asked for such a meeting."'
    )
    assert [q.speaker for q in extract_quotes(sheikh)] == ["Ali al-Khalifa al-Sabah"]
    report = 'Engineers had warned the dam was "at serious risk of failure," a report shows.'
    assert [(q.speaker, q.description) for q in extract_quotes(report)] == [(None, "engineers")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_PLACES), st.sampled_from(_MARKS), names,
       st.sampled_from(["said", "told reporters", "warned"]))  # fmt: skip
def test_a_dateline_is_never_the_speaker(place: str, mark: str, name: str, verb: str) -> None:
    text = f"{place}{'' if mark.startswith(',') else ' '}{mark} {name} {verb} on Tuesday: {_QUOTE}"
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, name)
    group = f"{place} {mark} Residents on the river {verb} the levee was {_QUOTE}"
    assert _speaker(group) is None or place.split()[0] not in (_speaker(group) or "")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["RIVERTON, Calif.", "Riverton, Calif.", "SACRAMENTO, California",
                        "SANTA ROSA, Fla.", "Dover, Del."]),
       st.sampled_from(["—", "(AP) —", "(Reuters) -"]), names)  # fmt: skip
def test_a_town_and_state_dateline_is_never_the_speaker(place: str, mark: str, name: str) -> None:
    text = f"{place} {mark} Mayor {name} said on Tuesday: {_QUOTE}"
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, name)
    group = f"{place} {mark} Residents on the river said the levee was {_QUOTE}"
    town = place.split(",")[0].split()[0]
    assert town.lower() not in (_speaker(group) or "").lower()


@settings(max_examples=60, deadline=None)
@given(men, st.sampled_from(_PAPERS), st.booleans(), st.booleans())
def test_who_a_paper_quotes_speaks(name: str, paper: str, after: bool, that: bool) -> None:
    said = f"was quoted by {paper} as saying"
    if after:
        text = f'{name} met ministers on Monday. {_QUOTE[:-2]}," he {said}.'
    else:
        text = f"{name} {said}{' that' if that else ':'} {_QUOTE}"
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, name), (text, speaker)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(COMMON)), st.sampled_from(["said", "warned", "told the BBC"]))
def test_a_common_noun_opening_a_sentence_is_no_name(noun: str, verb: str) -> None:
    text = f"{noun.capitalize()} {verb} the plan was {_QUOTE}"
    assert _speaker(text) is None
    pronoun = f"The {noun} were there. {noun.capitalize()} left. It said the plan was {_QUOTE}"
    assert _speaker(pronoun) != noun.capitalize()


def test_fragments_are_no_names() -> None:
    holiness = f'Pope Francis spoke on Sunday. {_QUOTE[:-2]}," His Holiness said.'
    found = next(q for q in extract_quotes(holiness) if "cannot" in q.inner)
    # never "His Holiness" as a name; since qb33 the style stands for the pope named before
    assert (found.speaker, found.description) == ("Francis", "His Holiness")
    alone = f'{_QUOTE[:-2]}," His Holiness said.'  # no one of that style named: no one
    assert next(q for q in extract_quotes(alone) if "cannot" in q.inner).speaker is None
    tatler = f'Kate Reardon, who designed Tatler\'s "It girls" cover, agrees, but adds: {_QUOTE}'
    assert _speaker(tatler) != "It"
    media = f"Media playback is not supported on this device\n\nThe manager said he had {_QUOTE}"
    assert _speaker(media) != "Media"


def test_a_body_named_whole_speaks() -> None:
    staff = f"Russia's General Staff said the militants {_QUOTE}"
    assert _speaker(staff) == "General Staff"
    bitc = f'{_QUOTE[:-2]}," says Business in the Community.'
    assert _speaker(bitc) == "Business in the Community"


def test_must_not() -> None:
    """Real speakers that look like the cases above stay."""
    assert same_person(_speaker(f"Tom Staff said: {_QUOTE}") or "", "Tom Staff")
    assert _speaker(f"Police Commissioner James O'Neill said: {_QUOTE}") == "James O'Neill"
    assert _speaker(f"Staff Sgt. Maria Castro told reporters: {_QUOTE}") == "Maria Castro"
    dhs = f"The bill failed. The Department of Homeland Security said the plan was {_QUOTE}"
    assert _speaker(dhs) == "Department of Homeland Security"
    assert same_person(
        _speaker(f"Ali Khalifa told the daily Al-Anba: {_QUOTE}") or "", "Ali Khalifa"
    )
    assert same_person(
        _speaker(f"Ali Khalifa said in an interview with the newspaper Al-Hayat: {_QUOTE}") or "",
        "Ali Khalifa",
    )
    went = f'Lavrov met Tillerson. {_QUOTE[:-2]}," Sergey Lavrov went on to say.'
    assert _speaker(went) == "Sergey Lavrov"
    washington = f"The bill failed. Washington said on Monday the plan was {_QUOTE}"
    assert _speaker(washington) == "Washington"  # a place in a sentence, not a dateline
    for lead in ("Smith, Jones — the partners — said", "Riverton, Texas Rangers — said"):
        toks = tokens(lead)  # names or a team, no town and its state: nothing dropped
        assert past_dateline(lead, toks) == toks
    capitals = f"The talks ended.\n\nNEW YORK Governor Andrew Cuomo said: {_QUOTE}"
    assert _speaker(capitals) is not None
