"""A phrase a long quotation itself quotes is not a clip of that quotation (nu26's
walkthrough: BBC's 'Mrs May has said that "now is not the time"' was listed as the first
outlet to run Alex Salmond's whole quote, which ends "... that 'now is not the time'?").
Constructed sentences, no corpora needed."""

from __future__ import annotations

from datetime import datetime

import pytest
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


@pytest.mark.xfail(
    strict=True,
    reason="nu26: the minister's phrase, quoted inside a spokesman's longer quote, joins the "
    "spokesman's group, so an article that only ran the phrase is its first",
)
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
