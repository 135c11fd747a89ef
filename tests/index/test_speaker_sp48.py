"""Speakers of top quotes and quoted terms (sp48, issue 18; nu53 #2 #6, nu54 #11): "he said"
after "King Fahd of Saudi Arabia, ..., said" is the king's; "It said" after "The communique
said" is no body named before; "by Bakar at his news conference" makes Bakar the next "he";
a group's vote lets no pronoun-resolved reprints outvote a name an attribution gives.
Constructed sentences and made-up names; each property's oracle is the sentence's own build
or a plain count."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_vote import voted_speaker
from index.analysis.quotes import extract_quotes
from index.analysis.speakerpapers import PAPERS

_QUOTE = '"Saudi Arabia does not decide prices by itself but desires price stability,"'
_GIVEN = st.sampled_from(["Tolvar", "Quenby", "Ostrid", "Manaspas"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Okonkwo", "Marlaine", "Qtaish"])
_KING = st.sampled_from(["Fahdul", "Hasmir", "Ostrabad", "Zeyneddin"])
_TITLE = st.sampled_from(["King", "President", "Crown Prince", "Emir", "Prime Minister"])
_PLACE = st.sampled_from(["Saudi Arabia", "Egypt", "Jordan", "the United Arab Emirates"])
_BODY = st.sampled_from(["the Bank of Japan", "the Federal Reserve", "Acme Corp"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@given(_GIVEN, _SURNAME, _TITLE, _KING, _PLACE)
@settings(max_examples=60, deadline=None)
def test_he_after_title_name_of_place(
    given_name: str, surname: str, title: str, king: str, place: str
) -> None:
    text = (
        f"Oil Minister {given_name} {surname} said output was steady.\n\n"
        f"Production includes the Neutral Zone, {surname} said.\n\n"
        f"{title} {king} of {place}, in an interview on March 11, said the kingdom "
        f"wanted price stability.\n\n{_QUOTE} he said."
    )
    assert _speakers(text) == [king]


@given(_BODY, st.sampled_from(sorted(PAPERS)), st.booleans(), st.booleans())
@settings(max_examples=60, deadline=None)
def test_it_after_a_paper_that_spoke(body: str, paper: str, paper_spoke: bool, said: bool) -> None:
    verb = "said it would hold the yen" if said else "intervened again to hold the yen"
    since = f"The {paper} said Japan would open its markets." if paper_spoke else ""
    text = (
        f"Shortly after the meeting, {body} {verb}. {since} "
        'It said the officials "reaffirmed the view that current levels are consistent '
        'with the fundamentals."'
    )
    # the oracle: a paper that spoke since a body that did not is what "it" is, and it
    # names no one; else the body
    want = None if paper_spoke and not said else body.removeprefix("the ")
    assert _speakers(text) == [want]


@given(_GIVEN, _SURNAME, st.sampled_from(["his", "her"]), st.sampled_from(["", "Wednesday "]))
@settings(max_examples=40, deadline=None)
def test_name_at_own_news_conference(given_name: str, surname: str, own: str, day: str) -> None:
    pronoun = "he" if own == "his" else "she"
    text = (
        f"{given_name} Velloqua of the ministry named two suspects on Monday. The claim "
        f"that it was a prank was shot down by {surname} at {own} {day}news conference. "
        f'"These two were trained to swab the face of the deceased," {pronoun} said.'
    )
    assert _speakers(text) == [surname]


_NAMES = st.sampled_from(["Fahd", "Hisham Nazer", "Acme", None])
_RULES = st.sampled_from(["after", "before", "inverted", "role", "pronoun", "continued"])


@given(st.lists(st.tuples(_NAMES, _RULES), min_size=1, max_size=8), _NAMES)
def test_vote_outright_first(told: list[tuple[str | None, str]], full: str | None) -> None:
    outright = Counter(s for s, r in told if s and r not in ("pronoun", "continued"))
    every = Counter(s for s, _ in told if s)
    won = voted_speaker(told, full)
    if not every:
        assert won is None
        return
    assert won is not None
    # the oracle: most named outright, then most named at all, then the fullest form's
    best = max((outright[s], every[s]) for s in every)
    assert (outright[won], every[won]) == best
    tied = [s for s in every if (outright[s], every[s]) == best]
    assert len(tied) == 1 or won == full or full not in tied


def test_vote_fahd_over_two_pronouns() -> None:
    told = [("Fahd", "role"), ("Hisham Nazer", "pronoun"), ("Hisham Nazer", "pronoun")]
    assert voted_speaker(told, "Hisham Nazer") == "Fahd"
    assert voted_speaker([("Trump", "after"), ("Donald Trump", "pronoun")], None) in (
        "Trump",
        "Donald Trump",
    )
