"""Speaker rule of round 28 by qn33 (issue 18; qa33's note on na-2596), on constructed text
(no corpora needed): a surname standing alone is a mention "he" may point back to when the
article named that person before by a person's title and the surname ("President Trump's
travel bans ... At a rally, Trump decried ..."), as it already is after a full name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analysis.test_quote_attribution_rules28b import _quote

_FIRST = ["Derrick", "Paolo", "Kofi", "Dimitris", "Tom"]
_LAST = ["Watson", "Rinaldi", "Mensah", "Kalogeropoulos", "Brady"]
_SURNAMES = ["Trump", "Obama", "Macron", "Merkel", "Okonkwo", "Varga"]
_TITLES = ["President", "Senator", "Governor", "Chancellor"]
_QUOTE = "This goes beyond me"

judges = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


def _rally(judge: str, named: str, lone: str, verb: str) -> str:
    """A judge speaks; a person named before (``named``) then leads a sentence by ``lone``."""
    return (
        f'Judge {judge} said the order was unconstitutional. "The record is clear," '
        f"{judge.split()[-1]} wrote. A timeline of {named}'s travel bans. At a rally in "
        f'Tennessee, {lone} {verb} the decision. "{_QUOTE}," he said.'
    )


@settings(max_examples=60, deadline=None)
@given(
    judges,
    st.sampled_from(_TITLES),
    st.sampled_from(_SURNAMES),
    st.sampled_from(["decried", "criticised", "attacked"]),
)
def test_a_lone_surname_after_a_titled_mention_is_who_he_is(
    judge: str, title: str, surname: str, verb: str
) -> None:
    # The oracle: the same prose with a full name where the title stands gives that person.
    full = _quote(_rally(judge, f"Donald {surname}", surname, verb), _QUOTE).speaker
    assert full is not None and full.split()[-1] == surname
    titled = _quote(_rally(judge, f"{title} {surname}", surname, verb), _QUOTE).speaker
    assert titled is not None and titled.split()[-1] == surname
    # the judge keeps the words the judge said
    assert _quote(_rally(judge, f"{title} {surname}", surname, verb), "The record").speaker == judge


@settings(max_examples=30, deadline=None)
@given(judges, st.sampled_from(_SURNAMES), st.sampled_from(["decried", "attacked"]))
def test_a_lone_surname_never_named_before_stays_no_mention(
    judge: str, surname: str, verb: str
) -> None:
    # Narrow: without an earlier titled or full name the lone capital is not filed ("Tennessee,
    # Varga decried" may be a place or a firm), so "he" still points to the judge.
    text = _rally(judge, "the government", surname, verb)
    assert _quote(text, _QUOTE).speaker == judge


@settings(max_examples=30, deadline=None)
@given(judges, st.sampled_from(_TITLES), st.sampled_from(_SURNAMES))
def test_a_surname_as_modifier_after_a_titled_mention_is_no_subject(
    judge: str, title: str, surname: str
) -> None:
    # "the Trump administration" is no person leading the sentence: "he" is still the judge.
    text = (
        f'Judge {judge} ruled on {title} {surname}\'s order. "The record is clear," '
        f"{judge.split()[-1]} wrote, adding that last time round the {surname} "
        f'administration dropped its appeal. "{_QUOTE}," he said.'
    )
    assert _quote(text, _QUOTE).speaker == judge


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_FIRST),
    st.sampled_from(_LAST),
    st.sampled_from(_TITLES),
    st.sampled_from(_SURNAMES),
)
def test_he_after_a_place_in_a_description_is_the_person_described(
    first: str, last: str, title: str, surname: str
) -> None:
    # A lone surname, now a subject, earlier in the article does not take "he" from the
    # person whose description holds a place ("from Nashville, Tennessee, said").
    text = (
        f'{title} {surname} spoke on Monday. "We will fix it," {surname} said. '
        f"{surname} has this figured out. Health care could be better, owner suggests "
        f"{first} {last}, a 65-year-old business owner from Nashville, Tennessee, said he "
        f'thinks the law needs work. "{_QUOTE}," he said.'
    )
    assert _quote(text, _QUOTE).speaker == f"{first} {last}"
