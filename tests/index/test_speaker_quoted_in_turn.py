"""Speakers sp38 mends (issue 18): a quote its speaker quotes in turn goes to whom the speaker
says said it ('Mary Lee said: "When Mr. Trump ..., he said, "..."' -> Trump, rv44); "Surname of
Body said" where the article named the person in full before goes to that person
(reut-15742, reut-20772, reut-05225); a bank holding company ("First City Bancorp") is a
body, its "First" no title; a title before "Name of Body Corp" describes the name; a passive
with "by" is its agent's ("Sessions was asked by Senator Al Franken:"). Constructed cases,
near ones that must not change, and properties whose oracle is the text's own build."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_INNER = '"We will fix the roads by summer."'


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # rv44: the inner quote is Trump's ("he"), not Mary Lee's
            f'Mary Lee said: "When Mr. Trump first announced the plan, he said, {_INNER} '
            'That never happened."',
            ["Mary Lee", "Trump"],
        ),
        (  # a name as the inner quote's subject
            f'Mary Lee said: "When I met him in May, John Walsh said, {_INNER} Nothing came."',
            ["Mary Lee", "John Walsh"],
        ),
        (  # "the governor", named nowhere: no one, not Mary Lee
            'The governor was there. Mary Lee said: "When the governor first announced the '
            f'plan, he said, {_INNER} That never happened."',
            ["Mary Lee", None],
        ),
        (  # "I said,": the outer speaker quoting herself
            f'Mary Lee said: "When I met Mr. Trump, I said, {_INNER} He laughed."',
            ["Mary Lee", "Mary Lee"],
        ),
        (  # na-0675, na-2736: "and I said," the same
            f'Mary Lee said: "When he asked me, and I said, {_INNER} He laughed."',
            ["Mary Lee", "Mary Lee"],
        ),
        (  # na-1794: a passive ("are never asked,") quotes no one in particular
            'Mary Lee said: "Straight men are never asked, "How does it feel playing a '
            'straight guy all the time?" I do not think so."',
            ["Mary Lee", "Mary Lee"],
        ),
        (  # reut-15742: named in full before
            "Analyst Jeff Edelman of Drexel said sales were weak. Prices fell. Edelman of "
            'Drexel said that "Hudson had a tougher comparison because it was good."',
            ["Jeff Edelman"],
        ),
        (  # reut-20772: a first name no list knows, the same "of" phrase before
            "Keita Konishi of Sumitomo Life Insurance Co said the firm was calm.\n\nKonishi "
            'of Sumitomo Life said "A recession is being talked about, so it may be time."',
            ["Keita Konishi"],
        ),
        (  # reut-05225: "Ten Have said" after: a person's name
            '"Dutch institutions have been rallying to foreign markets," Koos Ten Have of '
            "Staal Bankiers said.\n\nTen Have said ratios were unchanged.",
            ["Koos Ten Have"],
        ),
        (  # reut-11752: "First" opens the bank's name, and "it" is the bank
            'First City Bancorp of Texas said it expected "operating losses to continue for '
            'the foreseeable future." It said that "no merger partner has been found."',
            ["First City Bancorp of Texas", "First City Bancorp of Texas"],
        ),
        (  # must not change: a title before a person's name
            'First Lady Melania Trump said: "We will keep working on this for the children."',
            ["Melania Trump"],
        ),
        (
            'Chief Executive John Smith of Acme said: "We will keep working on this for you."',
            ["John Smith"],
        ),
        (  # a title before a name "of" a body with a body's word: the person still
            'Chief Executive John Smith of Acme Corp said: "We will keep working on it."',
            ["John Smith"],
        ),
        (  # reut-13246: "In January" is no title
            'In January Secretary of State George Shultz told reporters: "We will keep at it."',
            ["George Shultz"],
        ),
        (  # na-1795: a passive's agent asks
            'Mr Sessions was asked by Democrat Senator Al Franken: "What will you do now?"',
            ["Al Franken"],
        ),
        (  # na-2953: a passive whose agent is unnamed: no one, not who was described
            'Mark Duffy had flown many missions, described by a friend as a "unique and '
            'special man who cared".',
            [None],
        ),
        (  # not a passive: "by telephone", "by the end of the day"
            'Mark Duffy said by the end of the day: "We will not accept any delay."',
            ["Mark Duffy"],
        ),
    ],
)
def test_constructed(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


_GIVEN = st.sampled_from(["Mary", "Anna", "Linda", "Susan"])
_FAMILY = st.sampled_from(["Lee", "Okafor", "Brandt", "Novak"])
_MAN = st.sampled_from(["Trump", "Walsh", "Haskell", "Moreno"])
_WORD = st.sampled_from(["the", "roads", "plan", "fixed", "summer", "by", "we"])
_WORDS = st.lists(_WORD, min_size=3, max_size=6)


@given(_GIVEN, _FAMILY, _MAN, st.sampled_from(["he", "name", "i"]), _WORDS)
def test_the_inner_quote_goes_to_its_own_subject(
    given_name: str, family: str, man: str, subject: str, words: list[str]
) -> None:
    # the oracle: who the build makes the inner quote's subject
    outer = f"{given_name} {family}"
    said = {"he": "he", "name": f"Mr. {man}", "i": "I"}[subject]
    inner = "We " + " ".join(words) + " and will keep it that way."
    text = (
        f'{outer} said: "When Mr. {man} first announced the plan, {said} said, "{inner}" '
        'That never happened."'
    )
    expected = outer if subject == "i" else man
    assert _speakers(text) == [outer, expected]


_UNKNOWN_GIVEN = st.sampled_from(["Keita", "Koos", "Tolvar", "Quenby"])
_SURNAME = st.sampled_from(["Konishi", "Brennick", "Halvorsen", "Okonkwo"])
_BODY = st.sampled_from(["Sumitomo Life", "Staal Bankiers", "Drexel", "Norrland Trust"])


@given(_UNKNOWN_GIVEN, _SURNAME, _BODY, st.booleans())
def test_surname_of_body_named_in_full_before(
    given_name: str, surname: str, body: str, introduced: bool
) -> None:
    # the oracle: the person when the build named them in full first, else not a made-up one
    first = f"{given_name} {surname} of {body} Co said the firm was calm. " if introduced else ""
    text = f'{first}Prices fell.\n\n{surname} of {body} said "A recession is being talked about."'
    (speaker,) = _speakers(text)
    if introduced:
        assert speaker == f"{given_name} {surname}"
    else:
        assert speaker != f"{given_name} {surname}"


@given(
    st.sampled_from(["Chief Executive", "Analyst", "Professor", "Judge", "Captain", "Rabbi"]),
    st.sampled_from(["John", "Wendy", "David", "Ann"]),
    st.sampled_from(["Smith Cork", "Stanton", "Donnelly", "Goldman"]),
    st.sampled_from(["Acme", "Acme Corp", "the University of Southampton", "Nesbitt Inc"]),
)
def test_a_title_before_a_name_of_a_body(
    title: str, given_name: str, surname: str, body: str
) -> None:
    # the oracle: the name the build put between the title and "of"
    text = f'Prices fell. {title} {given_name} {surname} of {body} said: "We will not wait."'
    assert _speakers(text) == [f"{given_name} {surname}"]
