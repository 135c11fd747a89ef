"""Speaker rules of round 27 (issue 18), on constructed sentences (no corpora needed):
"the statement said" (or "the agency said") with no statement brought in before stands
for the body the sentence before the quote has report or speak ("..., the Kamchatka
Volcanic Eruption Response Team (KVERT) reported. '...,' the statement said")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.quotes import extract_quotes

_PLACES = ["Kamchatka", "Northern", "Coastal", "Baltic", "Andean"]
_TOPICS = ["Volcanic Eruption", "Rail Safety", "Fisheries", "Water Quality", "Mining"]
_KINDS = ["Response Team", "Agency", "Authority", "Commission", "Board"]
_TOLD = ["reported", "said", "announced", "has said"]
_PAPERS = ["the statement", "the report"]
_NOUNS = ["agency", "authority", "commission", "board", "ministry", "company", "police"]
_OUTLETS = ["Reuters", "the Associated Press", "CNN", "AFP", "the BBC", "FOX News"]
_QUOTE = '"We cannot accept these terms and we will keep checking every site,"'

bodies = st.builds(
    lambda p, t, k: f"{p} {t} {k}",
    st.sampled_from(_PLACES),
    st.sampled_from(_TOPICS),
    st.sampled_from(_KINDS),
)


def _speaker(text: str) -> str | None:
    found = [q for q in extract_quotes(text) if q.inner.startswith("We cannot")]
    assert len(found) == 1
    return found[0].speaker


@settings(max_examples=60, deadline=None)
@given(bodies, st.sampled_from(_TOLD), st.sampled_from([*_PAPERS, "the agency"]), st.booleans())
def test_the_paper_stands_for_the_body_that_reported_just_before(
    body: str, told: str, paper: str, acronym: bool
) -> None:
    if paper == "the agency":  # a body's noun: only a body of that kind
        body = f"{body.rsplit(' ', 1)[0]} Agency"
    short = "".join(w[0] for w in body.split())
    named = f"{body} ({short})" if acronym else body
    text = f"The site was closed on Monday, the {named} {told}. {_QUOTE} {paper} said."
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, body)


@settings(max_examples=40, deadline=None)
@given(bodies, bodies, st.sampled_from(_PAPERS[:2]))
def test_no_body_is_given_when_none_or_two_reported(body: str, other: str, paper: str) -> None:
    # The body is named but tells nothing: the paper is no one's.
    text = f"The {body} was set up in 1990 and closed the site. {_QUOTE} {paper} said."
    assert _speaker(text) is None
    if other != body:  # two bodies speak in the sentence before: which one's paper?
        both = f"The {body} said it was safe and the {other} said it was not."
        text = f"{both} {_QUOTE} {paper} said."
        assert _speaker(text) is None


@settings(max_examples=60, deadline=None)
@given(bodies, st.sampled_from(_TOLD), st.sampled_from(_NOUNS))
def test_the_noun_goes_only_to_a_body_whose_name_holds_it(body: str, told: str, noun: str) -> None:
    # rv24 #1: "the Health Ministry said. '...,' the police said" is not the ministry's.
    text = f"The site was closed on Monday, the {body} {told}. {_QUOTE} the {noun} said."
    speaker = _speaker(text)
    if noun in body.lower().split():
        assert speaker is not None and same_person(speaker, body)
    else:
        assert speaker is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_OUTLETS), st.sampled_from(_TOLD), st.sampled_from([*_PAPERS, *_NOUNS]))
def test_an_outlet_that_reported_is_no_ones_body(outlet: str, told: str, said: str) -> None:
    # rv24 #1: "..., Reuters reported. '...,' the company said": the outlet only reports.
    said = said if said.startswith("the ") else f"the {said}"
    text = f"Shares of Acme fell 5 percent on Monday, {outlet} {told}. {_QUOTE} {said} said."
    assert _speaker(text) is None


@settings(max_examples=30, deadline=None)
@given(bodies, st.sampled_from(_PAPERS))
def test_no_body_named_after_a_quote_with_no_double_quote_before(body: str, paper: str) -> None:
    # rv24 #2: with no double quote before the quote, the search ran on past it.
    single = _QUOTE.replace('"', "\u2018", 1).replace(',"', ",\u2019")
    text = (
        f"The site was closed on Monday. {single} {paper} said. The {body} said it would "
        'look again. "We are ready to act on every line of the network.\n\nMore later.'
    )
    assert _speaker(text) is None


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["CNN", "FOX News", "the BBC"]), st.sampled_from(_TOLD))
def test_the_channel_that_reported_is_the_channel(outlet: str, told: str) -> None:
    # An outlet speaks as itself only under an outlet's noun ("the channel said").
    text = f"The site was closed on Monday, {outlet} {told}. {_QUOTE} the channel said."
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, outlet.removeprefix("the "))
