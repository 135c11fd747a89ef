"""Quote extraction on constructed cases: marks of every style, spans, speakers, offsets."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotemarks import quoted_spans
from index.analysis.quotes import Quote, extract_quotes


def _by_inner(text: str) -> dict[str, Quote]:
    return {q.inner.strip().rstrip(",."): q for q in extract_quotes(text)}


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('He said "we will win this war" today.', "we will win this war"),
        ("He said “we will win this war” today.", "we will win this war"),
        ("Er sagte „wir werden gewinnen“ heute.", "wir werden gewinnen"),
        ("Il a dit « nous allons gagner » hier.", " nous allons gagner "),
        ("Er sagte »wir werden gewinnen« heute.", "wir werden gewinnen"),
        ("She said ‘we will win this’ today.", "we will win this"),
        ("She said 'we will win this' today.", "we will win this"),
    ],
)
def test_every_mark_style(text: str, inner: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.inner == inner
    assert text[quote.start : quote.end] == quote.text
    assert quote.text[0] in "\"“„«»‘'" and quote.closed


def test_apostrophes_are_not_quotes() -> None:
    text = "The students' union didn't say it. Reuters' reporters' notes, O'Brien's too."
    assert extract_quotes(text) == ()
    assert extract_quotes('He don"t know and teachers"?unions agreed with DeVos"?plan.') == ()


def test_single_quotes_nested_in_double_stay_inside() -> None:
    text = "\"He said to me: 'Daddy, please forgive me.' I was shocked,\" the father said."
    (quote,) = extract_quotes(text)
    assert quote.inner.startswith("He said to me: 'Daddy")
    assert quote.inner.endswith("I was shocked,")


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        'Ban said: "The council must act now. We cannot wait.\n\n'
        '"Every day we lose lives," he added.\n\n'
        "Other news."
    )
    (quote,) = extract_quotes(text)
    assert quote.paragraphs == 2 and quote.closed
    assert quote.text.startswith('"The council') and quote.text.endswith('lose lives,"')
    assert quote.speaker == "Ban"


def test_paragraph_break_lost_in_one_line() -> None:
    text = '"We will fight. "We will win," Smith said. Then "a third thing here" happened.'
    quotes = extract_quotes(text)
    assert quotes[0].text == '"We will fight. "We will win,"'
    assert quotes[0].speaker == "Smith"


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = 'Biden said: "I want every young woman to know this...\n\nNext paragraph.'
    (quote,) = extract_quotes(text)
    assert not quote.closed
    assert quote.text == '"I want every young woman to know this...'
    assert quote.speaker == "Biden"


def test_partial_quote_inside_a_sentence() -> None:
    text = 'The minister Jane Holt said the plan was "dead on arrival" and left.'
    (quote,) = extract_quotes(text)
    assert quote.inner == "dead on arrival"
    assert quote.speaker == "Jane Holt" and quote.rule == "before"


def test_short_quotes_are_left_out() -> None:
    assert extract_quotes('The plan was "well received" by "all".') == ()
    assert len(extract_quotes('The plan was "well received" by all.', min_words=2)) == 1


SPEAKERS = (
    '"At this moment, it does not seem practical," Ban told reporters.\n\n'
    "“This idea is completely unacceptable,” said Maria Zakharova on Thursday.\n\n"
    "“Yes, discussions are underway,” Foreign Ministry spokesperson Heorhii Tikhy said.\n\n"
    "“It is too early to talk,” he said.\n\n"
    'According to Ban, "the council must act now."\n\n'
    'Russian Defence Minister Sergei Shoigu ordered drills. "We are ready for anything," '
    "he said.\n\n"
    '"It is hard to imagine a worse choice," Sen. Elizabeth Warren, D-Mass., said on the '
    'floor. Later Warren said "this is not the end of it."\n\n'
    '"We will fund two new schools this year," said Jane Holt, the mayor of the town.\n\n'
    'Trump "had the opportunity to launch a brand," the lawsuit said.\n\n'
    '"We are looking at all the options," a Ghana official told The Guardian.\n\n'
    'Acme Corp said it would fight. "We will appeal the decision," it said.'
)


@pytest.mark.parametrize(
    ("inner", "speaker", "description", "rule"),
    [
        ("At this moment, it does not seem practical", "Ban", None, "after"),
        ("This idea is completely unacceptable", "Maria Zakharova", None, "inverted"),
        (
            "Yes, discussions are underway",
            "Heorhii Tikhy",
            "Foreign Ministry spokesperson",
            "after",
        ),
        ("It is too early to talk", "Heorhii Tikhy", "Foreign Ministry spokesperson", "pronoun"),
        ("the council must act now", "Ban", None, "according"),
        ("We are ready for anything", "Sergei Shoigu", None, "pronoun"),
        ("It is hard to imagine a worse choice", "Elizabeth Warren", "Sen.; D-Mass.", "after"),
        ("this is not the end of it", "Elizabeth Warren", "Sen.; D-Mass.", "before"),
        ("We will fund two new schools this year", "Jane Holt", "the mayor of the town", None),
        ("had the opportunity to launch a brand", None, "the lawsuit", "unresolved"),
        ("We are looking at all the options", None, "a Ghana official", "unresolved"),
        ("We will appeal the decision", "Acme Corp", None, "pronoun"),
    ],
)
def test_speakers(
    inner: str, speaker: str | None, description: str | None, rule: str | None
) -> None:
    quote = _by_inner(SPEAKERS)[inner]
    assert quote.speaker == speaker
    assert quote.description == description
    if rule is not None:
        assert quote.rule == rule
    assert quote.attribution is not None
    a_start, a_end = quote.attribution
    assert 0 <= a_start < a_end <= len(SPEAKERS)


def test_quote_right_after_another_goes_on_with_its_speaker() -> None:
    text = '"We will act," Smith said. "And we will act soon."'
    second = extract_quotes(text)[1]
    assert second.speaker == "Smith" and second.rule == "continued"


def test_a_new_sentence_after_a_quote_is_not_its_attribution() -> None:
    text = 'He left. "The vote is over." Smith said the party would meet again.'
    (quote,) = extract_quotes(text)
    assert quote.speaker is None and quote.rule == "none"


def test_quote_json_round_trip() -> None:
    for quote in extract_quotes(SPEAKERS):
        back = Quote.from_json(json.loads(json.dumps(quote.to_json())))
        assert back == quote


def test_no_speaker_stated() -> None:
    (quote,) = extract_quotes('The sign read "no entry after dark tonight" in red letters.')
    assert quote.speaker is None and quote.attribution is None and quote.rule == "none"


_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "'",
        "‘",
        "’",
        "‹",
        "›",
        '"?',
        "\n",
        "\n\n",
        " ",
        ",",
        ".",
        "said",
        "he",
        "Ban",
        "Mr.",
        "U.S.",
        "according to",
        "told",
        "Reuters",
        "the",
        "Maria Zakharova",
        "don't",
        "it",
        "she",
        ":",
        "-",
        "\ufffd",
        "<MER>",
    ]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=6), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_any_text_gives_exact_offsets(text: str) -> None:
    for quote in extract_quotes(text, min_words=1):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.start < quote.inner_start <= quote.inner_end <= quote.end
        if quote.attribution is not None:
            assert 0 <= quote.attribution[0] < quote.attribution[1] <= len(text)
    spans = quoted_spans(text)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start  # outermost spans never overlap
