"""Speaker rules of round 9 (issue 18, tuned on dev..dev7 and the seen held8): a longer
role between a country or a company and a name ("England director of cricket Andrew
Strauss"), an institution with "the" and "for" before a city and its region ("at the Centre
for Constitutional Rights, New York, said"), and a middle initial with or without its full
stop naming one person ("Landon H. Rowland" then "said Rowland"); each on constructed
sentences (no corpora needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


_PEOPLE = st.sampled_from(["Andrew Strauss", "Tim Cook", "Boris Johnson", "Mary Barra"])


# --- a longer role after a country or a company, then the name --------------------------------


@settings(deadline=None)
@given(
    st.sampled_from(["England", "Apple", "Britain", "Chelsea"]),
    st.sampled_from(
        ["director of cricket", "chief executive", "foreign secretary", "head of communications"]
    ),
    _PEOPLE,
)
def test_a_longer_role_before_a_name_is_a_description(where: str, role: str, name: str) -> None:
    text = f'"We are thrilled that he has accepted the role," said {where} {role} {name}.'
    assert speakers(text) == [name]


@settings(deadline=None)
@given(st.sampled_from(["AB InBev China", "Kidder Peabody", "Rough and Polished"]))
def test_a_preposition_after_a_surname_is_no_role(firm: str) -> None:
    # "says Hsu from AB InBev China": the firm is where Hsu works, not the speaker
    text = f'"To develop the market, culture is the key," says Hsu from {firm}.'
    assert speakers(text) == ["Hsu"]


def test_one_role_word_still_works() -> None:
    text = '"We will win the vote," said Liberal leader John Turner.'
    assert speakers(text) == ["John Turner"]


# --- an institution before a city and its region -------------------------------------------


@settings(deadline=None)
@given(
    st.sampled_from(["Noor Zafar", "Jane Porter"]),
    st.sampled_from(
        [
            "a lawyer at the Centre for Constitutional Rights",
            "a professor at the University of Texas",
            "a researcher at the Institute for Policy and Law",
        ]
    ),
    st.sampled_from(
        [("New York", ""), ("Austin", ", Texas"), ("Washington", ", DC"), ("Ontario", "")]
    ),
)
def test_an_institution_in_a_city_is_not_the_speaker(
    name: str, who: str, city: tuple[str, str]
) -> None:
    town, region = city
    text = f'{name}, {who}, {town}{region}, said the order "is still a ban on all of them".'
    assert speakers(text) == [name]


# --- a middle initial with and without its full stop is one person ---------------------------


@settings(deadline=None)
@given(
    st.sampled_from([("Landon", "H", "Rowland"), ("Suzanne", "B", "Goldberg")]),
    st.sampled_from(["said {f} {m}. {s}, chief executive", "said chief executive {f} {m}. {s}"]),
)
def test_a_middle_initial_does_not_make_a_namesake(name: tuple[str, str, str], said: str) -> None:
    first, middle, surname = name
    who = said.format(f=first, m=middle, s=surname)
    text = (
        f'"We are willing to make a fair offer in cash," {who}.\n\n'
        f'"This offer disproves the constant talk against it," said {surname}.'
    )
    found = speakers(text)
    assert found[1] is not None and found[1].endswith(surname)


def test_two_people_of_one_surname_stay_namesakes() -> None:
    text = (
        '"We are ready," said Alexander Blackman. "So are we," said Claire Blackman.\n\n'
        '"It is over," said Blackman.'
    )
    assert speakers(text)[2] is None


@settings(deadline=None)
@given(st.sampled_from(["Constitutional Rights", "Immigration Studies", "Reproductive Rights"]))
def test_she_is_not_the_words_of_an_institution_s_name(words: str) -> None:
    # "Noor Zafar" leaves her gender open; "she" is not a piece of where she works
    text = (
        f"Noor Zafar, a lawyer at the Centre for {words}, New York, said the order "
        '"is still a ban designed to keep Muslims out". "The administration tweaked the '
        'language to take out some of the provisions," she said.'
    )
    found = speakers(text)
    assert found[0] == "Noor Zafar"
    assert found[1] in (None, "Noor Zafar")


# --- an adverb between the subject and the verb ----------------------------------------------


@settings(deadline=None)
@given(st.sampled_from(["particularly", "specifically", "explicitly", "clearly"]))
def test_an_adverb_before_the_verb_keeps_a_document_its_own_speaker(adverb: str) -> None:
    # not the minister's "continued" words: the document speaks, and it is no one
    text = (
        '"A peace treaty should come first," Foreign Minister Sergey Lavrov said earlier.\n\n'
        f'The document {adverb} says: "The two countries agree to continue the talks."'
    )
    assert speakers(text) == ["Sergey Lavrov", None]


@settings(deadline=None)
@given(st.sampled_from(["angrily", "openly", "firmly", "categorically"]))
def test_an_adverb_before_the_verb_keeps_the_pronoun(adverb: str) -> None:
    text = (
        "President Donald Trump lost the case on Monday. After the ruling, he "
        f'{adverb} tweeted: "We will see you in court, and we will win."'
    )
    assert speakers(text) == ["Donald Trump"]


# --- a state cut short, then a comma, does not end the sentence ------------------------------


@settings(deadline=None)
@given(
    st.sampled_from(["Jane Porter", "Kwame Mensah"]),
    st.sampled_from(["Sacramento, Calif.", "Austin, Tex.", "Tampa, Fla.", "Newark, N.J."]),
    st.sampled_from([", of", " of"]),
)
def test_a_state_cut_short_before_a_comma_goes_on(name: str, place: str, of: str) -> None:
    text = f'{name}{of} {place}, said: "We will not go back on this at all."'
    assert speakers(text) == [name]


def test_an_affiliation_after_a_name_still_reads() -> None:
    text = 'Rep. Devin Nunes, R-Calif., said: "We will not go back on this at all."'
    assert speakers(text) == ["Devin Nunes"]


# --- a surname the article spells so again and again is no misspelling -----------------------


@settings(deadline=None)
@given(st.integers(min_value=4, max_value=8))
def test_a_name_said_often_is_not_a_misspelt_namesake(times: int) -> None:
    said = " ".join(["Reagan spoke again."] * (times - 1))
    text = (
        f"President Reagan met chief of staff Donald Regan on Monday. {said}\n\n"
        '"These reports are despicable fiction," Reagan said.'
    )
    assert speakers(text) == ["Reagan"]


def test_a_one_off_misspelling_still_finds_the_full_name() -> None:
    text = (
        "Economist Elvira Schmieg spoke on Monday.\n\n"
        '"These reports are despicable fiction," Schmied said.'
    )
    assert speakers(text) == ["Elvira Schmieg"]
