"""A teaser headline that asks a question ("OPINION: Why a hard Brexit will cost the UK more than
Europe", na-1592) reads on through its own subject: the first name then a verb after "Why",
"How", "Is", ... is the question's, not the next sentence's (cl47's `_opens_on_a_name` cut
"Why a hard | Brexit will cost"). Oracle: text made of known headlines and known sentences; the
headline is never cut inside, and a later sentence opening on a name still ends it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.index.test_related_teaser_cl47 import BEFORE, NAMES, _clean

ASKING = ["Why", "How", "What", "When", "Where", "Who"]
SUBJECTS = ["a hard Brexit", "the new Macron", "the ageing Merkel", "a weakened Erdogan"]
VERBS = ["will cost", "has changed", "would mean", "is losing"]
ASKING_AUX = [
    ("Is", "also losing"),
    ("Can", "also win"),
    ("Should", "also fear"),
    ("Will", "also cost"),
]
ENDS = ["the UK more than expected", "the future of the union", "votes across the country"]


def test_a_question_headline_is_not_cut_at_its_subject() -> None:
    """na-1592's shape: a headline ending on a name ("... than Europe") before a name has no
    end known, so the teaser is left whole rather than cut at "Brexit"."""
    text = (
        "It fell. OPINION: Why a hard Brexit will cost the UK more than Europe Sesay said the "
        "talks would go on."
    )
    assert _clean(text) == (text, ())


def test_increasingly_opens_a_sentence() -> None:
    """na-1592 whole: "Increasingly," opens the sentence after the question (cl47's adverbs)."""
    text = (
        "It fell. OPINION: Why a hard Brexit will cost the UK more than Europe Increasingly, "
        "moreover, the tax regime is prized."
    )
    body, removed = _clean(text)
    assert body == "It fell. Increasingly, moreover, the tax regime is prized."
    assert removed == ("OPINION: Why a hard Brexit will cost the UK more than Europe",)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(BEFORE),
    st.sampled_from(["OPINION", "READ MORE"]),
    st.one_of(
        st.tuples(st.sampled_from(ASKING), st.sampled_from(VERBS)),
        st.sampled_from(ASKING_AUX),
    ),
    st.sampled_from(SUBJECTS),
    st.sampled_from(ENDS),
    st.sampled_from(NAMES),
)
def test_the_question_goes_whole_and_the_next_sentence_stays(
    before: str, marker: str, question: tuple[str, str], subject: str, end: str, opening: str
) -> None:
    asking, verb = question
    headline = f"{asking} {subject} {verb} {end}"
    body, removed = _clean(f"{before} {marker}: {headline} {opening}")
    assert body == f"{before} {opening}"
    assert removed == (f"{marker}: {headline}",)


LONG_QUESTIONS = [
    "Why ordinary farmers lose out after the vote",
    "How the small towns of the north were left behind",
    "What happens to the workers when the mines close",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(BEFORE),
    st.sampled_from(["OPINION", "READ MORE"]),
    st.sampled_from(LONG_QUESTIONS),
    st.sampled_from(NAMES),
)
def test_a_name_far_into_a_question_is_the_next_sentence(
    before: str, marker: str, headline: str, opening: str
) -> None:
    """rv78: a question whose own subject is no name ("Why ordinary farmers ...") spared the
    next sentence's name as if it were the question's, and the teaser stayed in the body;
    a name past `ASKED_WITHIN` words ends the headline, as without the question word."""
    body, removed = _clean(f"{before} {marker}: {headline} {opening}")
    assert body == f"{before} {opening}"
    assert removed == (f"{marker}: {headline}",)
