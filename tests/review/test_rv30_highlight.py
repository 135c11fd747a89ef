"""rv30: fx34a's phrase highlighting held to Whoosh on words its oracle's list lacks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.search.test_highlight_oracle import _lit, whoosh_stretches

WORDS = [
    "東京都", "京都", "東京", "café", "cafe", "don't", "it's", "U.S.", "vote", "votes",
    "the", "The", "of", "in", "and", "state", "state-of-the-art", "art", "tie", "tie-breaking",
    "1,000", "10", "x", "I", "Ünïon", "union", "re-vote", "re", "e-mail", "email",
]  # fmt: skip

QUERIES = [
    '"東京 京都"', '"東京都"', '"cafe vote"', '"don\'t vote"', '"the vote"', '"vote the vote"',
    '"of the art"', '"state of the"', '"union vote"~2', '"vote vote"~3', '"in the"',
    '"re-vote tie"', '"email vote"', '"e-mail vote"', '"10 vote"', '"x vote"', '"i vote"',
    '"art state"~4', '"the the"', '"tie vote tie"~2', '"u.s. vote"',
]  # fmt: skip

texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "\n", ", ", ". ", "-", "'"])),
    max_size=25,
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(QUERIES))
def test_phrase_stretches_are_whooshs_on_more_words(text: str, query: str) -> None:
    assert _lit(text, query) == whoosh_stretches(text, query)


chars = st.text(alphabet="ab -'.1é東京\n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    chars, st.sampled_from(['"a b"', '"ab a"~2', '"b b"', '"1 a"', '"é a"', '"東京 a"', '"a-b a"'])
)
def test_phrase_stretches_on_random_characters(text: str, query: str) -> None:
    assert _lit(text, query) == whoosh_stretches(text, query)
