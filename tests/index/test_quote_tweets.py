"""Embedded tweets pasted as text (issue 18: na-2503, na-2807): each signature makes the
tweet before it a quotation of the signature's name, and the tweet's inner marks are no
quotes of their own. Oracle: generated articles, 1-3 tweets in a row between prose, with and
without picture links, the real dash or the corpus's lost one; the generator knows each
tweet's text and author."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_tweets import tweets
from index.analysis.quotes import extract_quotes

_PROSE = (
    "The tweets sparked enormous controversy across the capital on Saturday, in part because "
    "no sitting president had ever accused a predecessor of such a serious crime before, and "
    "the row went on for days in the papers, on the radio and on the television, with "
    "commentators of every side weighing in on what it meant.",
    "Officials at the department declined to comment when they were contacted on Sunday "
    "morning, and a spokeswoman said that a statement would follow later in the week, after "
    "the lawyers for the department had read the papers that were filed with the court on "
    "Friday afternoon by the other side.",
    "The announcement came after a long meeting of the cabinet, the minister said.",
    "Crews worked through the night to clear the roads, a council spokesman added.",
)
"""Prose a tweet cannot hold: longer than a tweet (280 characters), or ending in the
article's telling."""
# every tweet sentence has 3 words or more: shorter quotes are not reported (MIN_QUOTE_WORDS)
_AFTER = ("The allegation was remarkable.", "He offered no evidence for the claim.", "")
_SENTENCES = (
    "Terrible! Just sad.",
    "Just found out that the plan had been changed.",
    'Obama had my "wires tapped" in the tower.',
    'The "fake news media" lied again.',
    "A NEW LOW for us!",
    "Is it legal to do this before an election?",
    "Crowds gather in the city centre #Strike4Repeal",
    "Search operation off the coast continues. More on @rtenews",
)
_AUTHORS = (
    ("Donald J. Trump", "@realDonaldTrump"),
    ("RT? News", "@rtenews"),
    ("Pat McGrath", "@patmcgrath"),
)
_DATES = ("March 4, 2017", "February 27, 2017", "December 1, 2018")


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[tuple[str, str, str, str]]]:
    """A body, and each tweet's (text, speaker, handle, date) in order."""
    body = draw(st.sampled_from(_PROSE))
    body += draw(st.sampled_from(("\n", " ")))
    made = []
    for _ in range(draw(st.integers(1, 3))):
        words = draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=2))
        text = " ".join(words)
        name, handle = draw(st.sampled_from(_AUTHORS))
        date = draw(st.sampled_from(_DATES))
        link = draw(st.sampled_from(("", " pic.twitter.com/Ab12Cd34Ef", " https://t.co/x1Y2z3")))
        dash = draw(st.sampled_from((' "?', " \u2014 ")))
        body += f"{text}{link}{dash}{name} ({handle}) {date} "
        made.append((text, name, handle, date))
    body += draw(st.sampled_from(_AFTER))
    return body, made


@settings(max_examples=150, deadline=None)
@given(articles())
def test_each_generated_tweet_is_a_quote_of_its_author(
    case: tuple[str, list[tuple[str, str, str, str]]],
) -> None:
    body, made = case
    quotes = extract_quotes(body)
    found = [q for q in quotes if q.rule == "tweet"]
    assert [(q.text, q.speaker, q.description) for q in found] == [
        (text, name, handle) for text, name, handle, _ in made
    ]
    for quote in quotes:
        assert body[quote.start : quote.end] == quote.text
    # the tweets' inner marks ("wires tapped") and the lost dashes make no quotes
    assert all(q.rule == "tweet" for q in quotes)


@settings(max_examples=50, deadline=None)
@given(articles())
def test_each_tweet_carries_its_signature_date(
    case: tuple[str, list[tuple[str, str, str, str]]],
) -> None:
    body, made = case
    months = {"March": "03", "February": "02", "December": "12"}
    expected = []
    for _, _, _, date in made:
        month, day, year = date.replace(",", "").split()
        expected.append(f"{year}-{months[month]}-{int(day):02d}")
    assert [t.date for t in tweets(body)] == expected


def test_a_quote_of_the_article_before_a_tweet_stays_the_articles() -> None:
    body = (
        'He added: "It was the right call to make." Evacuation ordered over hole in spillway '
        'pic.twitter.com/Ab12Cd34Ef "?RT? News (@rtenews) February 13, 2017 The dam held.'
    )
    quotes = extract_quotes(body)
    assert [(q.text, q.rule) for q in quotes] == [
        ('"It was the right call to make."', quotes[0].rule),
        ("Evacuation ordered over hole in spillway", "tweet"),
    ]
    assert quotes[0].rule != "tweet"


def test_a_tweet_longer_than_a_tweet_can_be_is_no_quote() -> None:
    body = "x " * 80 + '"?Pat McGrath (@patmcgrath) March 4, 2017'
    assert not tweets(body)
    assert extract_quotes(body) == ()


def test_a_tweet_giving_anothers_words_is_theirs() -> None:
    body = (
        "The letter was delivered on Wednesday, and the reaction was swift across the whole of "
        "Europe, where leaders spoke of a sad day for the union and of talks that would be long "
        "and hard for both sides, with money and the border the first questions to settle. "
        "Donald Tusk: 'There is no reason to pretend that this is a happy day' "
        'pic.twitter.com/Ab12Cd34Ef "?RT? News (@rtenews) March 29, 2017 Talks begin in June.'
    )
    quotes = extract_quotes(body)
    assert [(q.text, q.speaker, q.rule) for q in quotes] == [
        ("'There is no reason to pretend that this is a happy day'", "Donald Tusk", "tweet named")
    ]
