"""A new user's quotes and speakers (nu31 #4, #8), on constructed sentences.

#4: `speakers` listed one "Office" for the Dutch "Attorney's Office" and Florida's "state
attorney's office": an institution's common noun alone is no one's name (the whole name the
text writes capitalised is given, else no one), and a law's name in quotation marks
(Florida's "stand your ground" law) is no quotation.
#8: "she" after "Mrs DeVos" is Betsy DeVos, though her husband Dick DeVos is named later;
the quotation's text reads without the mark that opens the paragraph it goes on to."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes, quotation_text

NOUNS = st.sampled_from(["office", "ministry", "department", "agency", "commission", "court"])
OWNERS = st.sampled_from(["Attorney", "Sheriff", "Governor", "Mayor", "Inspector General"])


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, quotation_text(q.inner)) for q in extract_quotes(text)]


@settings(deadline=None, max_examples=40)
@given(owner=OWNERS, noun=NOUNS, county=st.sampled_from(["Lee County", "Travis County", ""]))
def test_an_institution_s_common_noun_is_no_speaker(owner: str, noun: str, county: str) -> None:
    named = f"{county} {owner}'s {noun.title()}".strip()
    text = (
        f"The deputy was attacked, according to a {named} police report. "
        f'The witness "was not charged at all," the state {owner.lower()}\'s {noun} said. '
        f'"He had a permit for the gun," according to the state {owner.lower()}\'s {noun}.'
    )
    # lower case: no body's name; and never the earlier, other body's last word
    assert [s for s, _ in _said(text)] == [None, None]


@settings(deadline=None, max_examples=40)
@given(owner=OWNERS, noun=NOUNS)
def test_the_whole_name_of_an_institution_speaks(owner: str, noun: str) -> None:
    name = f"{owner}'s {noun.title()}"
    text = (
        f'"The radar data came late," the {name} said. "It took months to read '
        f'the software," it said. "We will publish it in full soon," it added.'
    )
    found = [s for s, _ in _said(text)]
    assert found[0] == name and all(s == name for s in found)  # never the last word alone
    of = f"{noun.title()} of the Dutch {owner} General"
    text = f'The {of} said in a report on Thursday. "It will take some time to analyse," it said.'
    assert _said(text)[0][0] == of
    text = (  # "it": where the body was last named whole, not "The Commission blamed"
        f"Europe is near bankruptcy, the EC's Executive {noun.title()} said. The "
        f'{noun.title()} blamed governments. "Budgets disguise the real costs," it said.'
    )
    assert _said(text)[0][0] == f"EC's Executive {noun.title()}"


@settings(deadline=None, max_examples=30)
@given(
    owner=st.sampled_from(["Florida's", "the state's", "Texas'", "the"]),
    words=st.sampled_from(["stand your ground", "zero tolerance", "Buy American", "three strikes"]),
    noun=st.sampled_from(["law", "policy", "rule", "ban", "doctrine"]),
)
def test_a_quoted_name_of_a_law_is_no_quotation(owner: str, words: str, noun: str) -> None:
    text = (
        f'He was not charged, due to {owner} "{words}" {noun}, according to the state '
        f'attorney\'s office. "We will look at the {noun} again," said Jane Smith.'
    )
    assert _said(text) == [("Jane Smith", f"We will look at the {noun} again")]
    # words someone said of it stay a quotation: 'a "lowest cost imaginable" program', 'the
    # "positive and reasonable" campaign run by his party'
    text = f'Jane Smith said the firm ran a "{words} and more" {noun} for years.'
    assert [t for _, t in _said(text)] == [f"{words} and more"]
    text = f'Jane Smith said voters liked the "{words} and more" campaign run by her party.'
    assert [t for _, t in _said(text)] == [f"{words} and more"]


@settings(deadline=None, max_examples=30)
@given(
    pair=st.sampled_from([("Betsy", "Dick", "Mrs", "she"), ("Frank", "Mary", "Mr", "he")]),
    verb=st.sampled_from(["tweeted", "said", "wrote"]),
)
def test_a_pronoun_is_the_namesake_of_its_gender(pair: tuple[str, ...], verb: str) -> None:
    first, spouse, honorific, pronoun = pair
    text = (
        f"The Senate confirmed {first} DeVos on Tuesday. {honorific} DeVos, a billionaire, "
        f'faced a rocky hearing. Moments later, {pronoun} {verb}: "I appreciate the '
        f"Senate's diligence and am honored to serve. \"Let's improve outcomes for all.\" "
        f"The vote was close. {honorific} DeVos's spouse {spouse} DeVos ran a company."
    )
    [(speaker, said)] = _said(text)
    assert speaker == f"{first} DeVos"
    assert said == (
        "I appreciate the Senate's diligence and am honored to serve. Let's improve outcomes "
        "for all."
    )
