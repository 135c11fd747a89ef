"""Speaker rules added from the tuning errors of round 6 (issue 18, dev5): "she" for a speaker
whose gender the article leaves open, "he" after a sentence led by a bare role, Korean names
(family name first), "according to" in the sentence after a quote; each on constructed
sentences (no corpora needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# --- "she" for a speaker of unknown gender ----------------------------------------------


@settings(deadline=None)  # the first call warms the name tables up
@given(st.sampled_from(["said", "tweeted", "wrote", "added"]))
def test_she_is_the_speaker_of_unknown_gender_not_a_woman_only_named_before(verb: str) -> None:
    text = (
        "Jenner told STAT she believed he would be better for women than Hillary Clinton. "
        '"He backed the community when it counted," Jenner said at the time. '
        "She was spotted at a dinner alongside House Speaker Paul Ryan. "
        f'"Republicans need help understanding these issues and I am here to help," she {verb}.'
    )
    assert speakers(text) == ["Jenner", "Jenner"]


def test_she_resolved_to_a_name_tells_that_name_s_gender_for_later_quotes() -> None:
    text = (
        "Jenner told STAT she believed he would be better for women than Hillary Clinton. "
        '"He backed the community when it counted," Jenner said at the time. '
        "She was spotted at a dinner alongside House Speaker Paul Ryan. "
        '"Republicans need help understanding these issues," she tweeted. '
        "Jenner, who came out on the cover of a magazine in 2015, documented her life on "
        "television. The show often got political and featured activists in every episode. "
        "Her video also included a message for the bullies. "
        '"I have a message for the kids of America: you are winning," she said.'
    )
    assert speakers(text) == ["Jenner", "Jenner", "Jenner"]


def test_she_is_still_the_woman_who_spoke_last() -> None:
    text = (
        "Jenner told STAT the law would change. "
        '"It is a disaster and you can fix it," Jenner said at the time. '
        "Hillary Clinton told supporters in Ohio the decision was wrong. "
        '"We will not stop fighting for these children," she said.'
    )
    assert speakers(text) == ["Jenner", "Hillary Clinton"]


# --- "he" after a sentence led by a bare role ---------------------------------------------


def test_he_after_a_bare_role_subject_is_the_person_named_with_that_role() -> None:
    text = (
        "Foreign Minister Sergei Lavrov met reporters in Moscow. Former president Dmitry "
        "Medvedev is being investigated by a commission. The minister later confirmed he "
        'had been summoned. "I have nothing to hide from anyone," he said.'
    )
    assert speakers(text) == ["Sergei Lavrov"]


def test_he_after_a_role_no_one_was_named_with_stays_the_last_man_named() -> None:
    # "the former prime minister" may be Fillon, but no one was named with that role: "he"
    # stays what it was (giving no one lost more right speakers than wrong, over the corpora)
    text = (
        "Francois Fillon spoke in Paris. Nicolas Sarkozy is being "
        "investigated. The former minister confirmed he would be summoned. "
        '"My lawyer has informed me that I will be charged," he said.'
    )
    assert speakers(text) == ["Nicolas Sarkozy"]


def test_he_after_another_qualified_office_than_the_last_mans_is_no_one() -> None:
    # sp43 (na-1699): "The former prime minister" after "Former president Sarkozy" names
    # another office than his, and no one was named prime minister: no one, not Sarkozy
    # (over allsides + newsarticles: 2 wrong speakers gone, no right one lost)
    text = (
        "Francois Fillon spoke in Paris. Former president Nicolas Sarkozy is being "
        "investigated. The former prime minister confirmed he would be summoned. "
        '"My lawyer has informed me that I will be charged," he said.'
    )
    assert speakers(text) == [None]


def test_he_after_his_own_role_as_subject_stays_the_man_named() -> None:
    text = (
        "President Emmanuel Macron spoke in Paris on Monday. The president also said he "
        'would travel to Berlin. "We need a stronger Europe, now more than ever," he said.'
    )
    assert speakers(text) == ["Emmanuel Macron"]


# --- Korean names: the family name first --------------------------------------------------


@settings(deadline=None)
@given(
    st.sampled_from([("Ban Ki-moon", "Ban"), ("Moon Jae-in", "Moon"), ("Lee Hee-beom", "Lee")]),
    st.sampled_from(["said", "told reporters", "added"]),
)
def test_a_korean_family_name_alone_is_the_full_name_named_before(
    pair: tuple[str, str], verb: str
) -> None:
    full, family = pair
    text = (
        f"Former Secretary General {full} has declared that he won't run for the presidency. "
        f"The new party was hoping that {family} would join their ranks. "
        f'"I will not run for the presidency of this country," {family} {verb}.'
    )
    assert speakers(text) == [full]


# --- "according to" in the sentence after the quote -----------------------------------------


def test_according_to_in_the_next_sentence_is_that_sentence_s_source() -> None:
    text = (
        "William Schaffner works at Vanderbilt University Medical Center. "
        '"Every year children who are otherwise clearly healthy are seriously ill with the '
        'flu," Schaffner said of Vanderbilt. "The lesson is that flu can strike even healthy '
        'children." During the previous flu season, a total of 89 pediatric deaths related to '
        "the flu virus were reported in the U.S., according to the CDC."
    )
    assert speakers(text) == ["William Schaffner", "William Schaffner"]


def test_according_to_in_the_quote_s_own_sentence_still_names_the_speaker() -> None:
    text = (
        'The patient has "severe head injuries" and remains in hospital, according to '
        "William Schaffner."
    )
    assert speakers(text) == ["William Schaffner"]
