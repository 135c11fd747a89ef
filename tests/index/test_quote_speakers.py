"""Who said a quote, on constructed cases: genders, places, unnamed subjects, roles, marks."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person, wilson
from index.analysis.firstnames import first_name_gender, title_gender
from index.analysis.quotes import Quote, extract_quotes
from index.text.data_files import data_file


def _quote(text: str, starting: str) -> Quote:
    found = [q for q in extract_quotes(text) if q.inner.lstrip().startswith(starting)]
    assert len(found) == 1, [q.inner for q in extract_quotes(text)]
    return found[0]


def test_first_names_and_titles_have_genders() -> None:
    assert first_name_gender("Elvira") == "f"
    assert first_name_gender("Donald") == "m"
    assert first_name_gender("François") == "m"  # accents folded
    assert first_name_gender("Jean-Claude") == "m"  # the first part of a double name
    assert first_name_gender("Zqxwv") is None
    assert first_name_gender("Red") is None and first_name_gender("North") is None
    assert title_gender("Mrs.") == "f" and title_gender("spokesman") == "m"
    assert title_gender("minister") is None


def test_the_lexicon_file_is_well_formed() -> None:
    text = data_file("firstnames.txt")
    rows = [line.split(" ") for line in text.splitlines() if line and not line.startswith("#")]
    assert len(rows) > 10_000
    assert all(len(row) == 2 and row[1] in ("m", "f", "u") for row in rows)
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)
    assert "MIT License" in text and "nomquamgender" in text  # the source and its licence


@pytest.mark.parametrize(("pronoun", "speaker"), [("he", "John Holt"), ("she", "Maria Lopez")])
def test_he_and_she_go_to_a_person_of_that_gender(pronoun: str, speaker: str) -> None:
    text = f'Minister John Holt met Maria Lopez on Monday. "We will build it," {pronoun} said.'
    quote = _quote(text, "We will")
    assert quote.speaker == speaker and quote.rule == "pronoun"


@pytest.mark.parametrize(
    "opening",
    [
        "Trading on Wall Street was calm.",
        "Staff at the Preston Park Hotel were questioned.",
        "The mine at Red Dog closed early.",
        "Exports to Sierra Leone rose.",
    ],
)
def test_places_are_not_who_he_is(opening: str) -> None:
    text = f'{opening} "It was a quiet week for everyone," he said.'
    assert _quote(text, "It was").speaker is None


CASES = {
    "she needs a woman the text names": (
        'President Kiir Mayardit met the envoy. "We are ready to talk," she said.',
        "We are",
        None,
    ),
    "an honorific gives a surname its gender": (
        "Lee Garner and Sam Porter spoke at the hearing. Mrs Porter asked for more time. "
        'Later Lee Garner left. "It was a hard day for the family," she said.',
        "It was",
        "Sam Porter",
    ),
    "an unnamed subject stops he from reaching a name": (
        "The brother of Karim Haddad spoke to a local paper on Monday. "
        '"My brother was never a violent man," he told the paper.',
        "My brother",
        None,
    ),
    "it goes to a body that spoke": (
        'Acme Corp said it would fight the ruling. "We will appeal," it said.',
        "We will",
        "Acme Corp",
    ),
    "it does not go to a body only mentioned": (
        'Shares of Acme Corp fell sharply. "We will appeal," it said.',
        "We will",
        None,
    ),
    "citing names the source, not the outlet": (
        'CNN, citing a source close to the president, reported he was "very upset about it."',
        "very upset",
        None,
    ),
    "a participle goes with the sentence subject": (
        "Jane Holt, the mayor, praised the budget plan on Monday, saying "
        '"it will change the town for good."',
        "it will",
        "Jane Holt",
    ),
    "a role with another country is someone else": (
        "Russian President Vladimir Putin spoke first. "
        'Ukraine\'s president called the shooting "an act of state terror."',
        "an act",
        None,
    ),
    "a capitalised preposition is not part of a name": (
        "The envelope was wrong. Behind Blake, the crowd stirred. Blake stepped up "
        'and said: "There has been a mistake here, friends."',
        "There has",
        "Blake",
    ),
    "a body's name glued before a person's name is not the name": (
        "The head of the Commission for the Protection of Minors Briton Peter Sandors "
        'resigned.\n\nMr Sandors later told reporters: "It was all smoke and mirrors."',
        "It was",
        "Peter Sandors",
    ),
    "an honorific picks the full name of its gender (f)": (
        'Laura Pell and Victor Pell arrived together. "It was a lovely evening," Mrs. Pell said.',
        "It was",
        "Laura Pell",
    ),
    "an honorific picks the full name of its gender (m)": (
        'Laura Pell and Victor Pell arrived together. "It was a lovely evening," Mr. Pell said.',
        "It was",
        "Victor Pell",
    ),
    "an honorific that fits no full name keeps the surname": (
        'Victor Pell arrived on time. "It was a lovely evening," Mrs. Pell said.',
        "It was",
        "Pell",
    ),
    "a possessive is no sentence subject for he": (
        "Tom Labrick is the bank's chairman. Chase's stock price dropped 23 pct on Monday. "
        'Referring to the banks, he said: "We are talking about one day here."',
        "We are",
        "Tom Labrick",
    ),
    "a firm after 'analyst for' did not speak": (
        "Jerry Abbers, analyst for AGE Clearing noted that prices were already lower.\n\n"
        '"If cash hogs rise we will see more of it," he said.',
        "If cash",
        "Jerry Abbers",
    ),
    "a name after 'he said' is what was said, not who said it": (
        "Tom Mullin spoke first. But he said Illinois Grain would still meet the rules.\n\n"
        '"The decision has to be economic in the end," he said.',
        "The decision",
        "Tom Mullin",
    ),
    "quoted as saying makes the name the speaker": (
        "It quoted chairman Simon Kessel as saying Jardine Matheson achieved the good "
        "performance through results in Hong Kong.\n\n"
        'He said the stake is "a long term investment for the group."',
        "a long",
        "Simon Kessel",
    ),
    "he after a quote by someone unnamed is that someone": (
        'Conrail had estimated a price. "We cannot comment on any question," said a '
        'spokesman for Goldman Sachs. "The agency is being extremely cautious," he said.',
        "The agency",
        None,
    ),
    "he after a quote by a known role is not blocked": (
        'Rilwanu Lukmon spoke on Monday. "We will hold the line on prices," Lukmon said. '
        '"We are ready to pay that price," the group\'s president said. '
        'He said: "No extraordinary meeting is planned at all."',
        "No extraordinary",
        "Rilwanu Lukmon",
    ),
    "a generic body word is not a name": (
        'Police have asked the public to stay away "to allow the teams to work in peace".',
        "to allow",
        None,
    ),
}


@pytest.mark.parametrize(("text", "starting", "speaker"), CASES.values(), ids=list(CASES))
def test_speaker_cases(text: str, starting: str, speaker: str | None) -> None:
    assert _quote(text, starting).speaker == speaker


@pytest.mark.parametrize(
    ("text", "starting", "speaker", "rule"),
    [
        (  # a partial quote later in the sentence keeps its speaker
            'Tobias Reed said he expects "the committee to back the nominee," while critics '
            '"will ask about his record on the environment."',
            "will ask",
            "Tobias Reed",
            "continued",
        ),
        (  # indirect speech names the speaker of the quote that follows it
            "Paschal Byrne said the commission had dealt with most of the cases. "
            '"The government stands behind the commission and its work."',
            "The government",
            "Paschal Byrne",
            "indirect",
        ),
    ],
)
def test_speaker_by_rule(text: str, starting: str, speaker: str, rule: str) -> None:
    quote = _quote(text, starting)
    assert (quote.speaker, quote.rule) == (speaker, rule)


def test_a_short_quote_nested_in_a_straight_one_stays_inside() -> None:
    text = 'He said: "We believe the issuing of "B" shares would help the firm grow." Then left.'
    (quote,) = extract_quotes(text)
    assert quote.inner == 'We believe the issuing of "B" shares would help the firm grow.'


def test_a_single_mark_closed_by_a_double_one() -> None:
    text = "The film opens today. 'It is a watershed moment for the studio,\" he told reporters."
    (quote,) = extract_quotes(text)
    assert quote.inner == "It is a watershed moment for the studio,"
    assert quote.closed


def test_lost_characters_around_quotes() -> None:
    text = 'Last year was bad. "?016 was a hard year for all of us,"?Mark Potter said.'
    quote = _quote(text, "?016")
    assert quote.speaker == "Mark Potter"
    dashes = 'The ruling could decide "?at least for now "?the fate of the plan.'
    assert extract_quotes(dashes) == ()
    glued = 'She said "we were on the right track"\ufffdparticularly in the cities, she added."'
    assert len(extract_quotes(glued)) == 1


def test_an_unclosed_quote_before_the_next_one_keeps_its_first_sentence() -> None:
    text = (
        'Holt said it means "first and foremost that we speak with one voice. The council '
        'is split on it. Jones warned that sanctions "would make things worse," he said.'
    )
    first = _quote(text, "first and")
    assert first.text.endswith("one voice.") and not first.closed


_NAMES = st.sampled_from(["Maria Lopez", "John Holt", "Acme Corp", "Wall Street", "Mr Porter"])
_PARTS = st.sampled_from(
    [
        '"We will win this vote,"',
        '"?We will win this vote,"?',
        "'We will win this vote,\"",
        "he said.",
        "she said.",
        "it said.",
        "said",
        "told reporters.",
        "The father of",
        "according to",
        ", saying",
        ", citing a source,",
        "Police",
        "the minister",
        ". ",
        "\n\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMES | _PARTS, max_size=30).map(" ".join))
def test_a_speaker_is_always_named_in_the_text(text: str) -> None:
    for quote in extract_quotes(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert all(word in text for word in quote.speaker.split())


def test_same_person_allows_one_letter_in_a_long_name() -> None:
    assert same_person("Carl Tobis", "Carl Tobias")
    assert same_person("Trump", "Donald Trump")
    assert not same_person("Hansen", "Jansen")
    assert not same_person("Ivanka Trump", "Donald Trump")


def test_wilson_interval_known_values() -> None:
    low, high = wilson(43, 44)
    assert round(low, 3) == 0.882 and round(high, 3) == 0.996
    assert wilson(0, 0) == (0.0, 1.0)


@given(
    st.integers(min_value=1, max_value=5000).flatmap(
        lambda n: st.tuples(st.integers(0, n), st.just(n))
    )
)
def test_wilson_bounds_solve_the_score_equation(pair: tuple[int, int]) -> None:
    successes, total = pair
    z = 1.959964
    share = successes / total
    low, high = wilson(successes, total)
    assert 0.0 <= low <= share <= high <= 1.0
    for bound in (low, high):
        if 0.0 < bound < 1.0:  # (share - p)^2 = z^2 p (1 - p) / n at each bound
            left = (share - bound) ** 2
            right = z * z * bound * (1 - bound) / total
            assert math.isclose(left, right, rel_tol=1e-6, abs_tol=1e-12)
