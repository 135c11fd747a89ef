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
_PAPERS = ["the statement", "the report", "the agency"]
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
@given(bodies, st.sampled_from(_TOLD), st.sampled_from(_PAPERS), st.booleans())
def test_the_paper_stands_for_the_body_that_reported_just_before(
    body: str, told: str, paper: str, acronym: bool
) -> None:
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
