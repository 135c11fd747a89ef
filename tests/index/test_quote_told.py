"""Words a speaker tells another said, run alone by one outlet, are a clip of the telling
when they are a statement (`TOLD_WORDS` words or more) run within `TOLD_DAYS` of it
(qg36: w15, a band member telling his friend's line at the Grammys; v02, Spicer reading out
Napolitano's statement). A shorter phrase, or one run days from the telling, is another's
words the telling cites (nu26), as before. Constructed sentences, no corpora needed."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_cited import TOLD_DAYS, TOLD_WORDS, told
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

TOLD = [
    "if we ever win a grammy we should receive it just like this",
    "three intelligence sources have informed the network that the president went outside",
    "now is not the time",
    "a very bad deal for everyone",
    "we will receive it just like this tonight and every night after that",
]
TELLING = (
    'The band thanked the crowd. Its singer Tom Reid said: "I called him up to watch the show '
    "with us at the rental house that night. He turned to me and he said, '{told}.' So here "
    'we are now, all of us." Talks resume in May.'
)
ALONE = 'The drummer once said that "{told}," the singer recalled. Fans cheered.'
DAY = datetime(2017, 2, 13)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(TOLD), st.integers(0, 3), st.booleans())
def test_told_words_join_the_telling_as_the_oracle_says(
    words: str, days: int, telling_first: bool
) -> None:
    """The outlet that ran the told words alone is in the telling's group exactly when they
    are `TOLD_WORDS` words or more and ran within `TOLD_DAYS` of it, in either order."""
    index = QuoteIndex()
    articles = [
        ("telling", "Post", DAY, TELLING.format(told=words)),
        ("alone", "Daily", DAY + timedelta(days=days), ALONE.format(told=words.capitalize())),
    ]
    for aid, outlet, when, body in articles if telling_first else articles[::-1]:
        index.add_article(aid, outlet, when, extract_quotes(body))
    telling = [g for g in index.groups() if g.text.startswith("I called him up")]
    assert len(telling) == 1
    together = set(telling[0].articles) == {"telling", "alone"}
    assert together == (len(words.split()) >= TOLD_WORDS and days <= TOLD_DAYS)


def test_an_undated_side_tells_nothing() -> None:
    words = tuple(TOLD[0].split())
    assert told(words, "2017-02-13", "2017-02-14")
    assert not told(words, None, "2017-02-13")
    assert not told(words[: TOLD_WORDS - 1], "2017-02-13", "2017-02-13")
