"""A phrase a long quotation itself quotes is not a clip of that quotation (nu26's
walkthrough: BBC's 'Mrs May has said that "now is not the time"' was listed as the first
outlet to run Alex Salmond's whole quote, which ends "... that 'now is not the time'?").
Constructed sentences, no corpora needed."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

_PHRASES = ["now is not the time", "a line in the sand", "a very bad deal for everyone"]
_NAMES = ["Tom Reid", "Maria Ortiz", "Kofi Mensah"]

LONG = (
    'The party attacked the plan. Its spokesman {name} said: "After a year of this approach '
    "the north is stuck, the west feels ignored and the south is split down the middle. Has "
    "the minister thought, on calling the vote, that '{phrase}'?\" Talks resume in May."
)
SHORT = 'Talks stalled again. The minister has said that "{phrase}" before. Critics were unmoved.'


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_PHRASES), st.sampled_from(_NAMES))
def test_a_phrase_quoted_inside_a_quote_is_not_its_clip(phrase: str, name: str) -> None:
    index = QuoteIndex()
    short = SHORT.format(phrase=phrase)
    long_ = LONG.format(name=name, phrase=phrase)
    index.add_article("early", "Daily", datetime(2017, 3, 27), extract_quotes(short))
    index.add_article("late", "Post", datetime(2017, 3, 29), extract_quotes(long_))
    spokesman = [g for g in index.groups() if g.text.startswith("After a year")]
    assert len(spokesman) == 1
    # Only the article that ran the long quote carries it, and is its first.
    assert spokesman[0].articles == ("late",)
    assert spokesman[0].first == "late"


RUN_ON = (
    'Its spokesman {name} said: "After a year of this approach the north is stuck and the '
    'west feels ignored. "{phrase}, and the south is split down the middle." Talks resume.'
)
PART = 'The spokesman said: "{phrase}, and the south is split down the middle." Talks resume.'


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_PHRASES), st.sampled_from(_NAMES))
def test_a_mark_that_reopens_the_quote_cites_nothing(phrase: str, name: str) -> None:
    """A double mark inside a double-quoted quote reopens it (a paragraph break lost), so
    the second part, run alone by another outlet, is still a clip of the whole quote."""
    index = QuoteIndex()
    index.add_article(
        "early",
        "Daily",
        datetime(2017, 3, 27),
        extract_quotes(PART.format(phrase=phrase.capitalize())),
    )
    whole = RUN_ON.format(name=name, phrase=phrase.capitalize())
    index.add_article("late", "Post", datetime(2017, 3, 29), extract_quotes(whole))
    spokesman = [g for g in index.groups() if g.text.startswith("After a year")]
    assert len(spokesman) == 1
    assert set(spokesman[0].articles) == {"early", "late"}
