"""The memo says a quote's tie as it says the story's ("2 articles tied, 2017-03-25: ABC
News, CNN"): it wrote "tied: 3 2017-03-25 in ABC News, CNN", counting an article that
carries the quote twice as two (rv47, review of fx98)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook.story_memo import story_part

OUTLETS = ["ABC News", "CNN", "Reuters", "The Hill"]


def _group(times: list[int]) -> dict[str, Any]:
    """A quote carried ``times[k]`` times by article ``a{k}`` of ``OUTLETS[k]``, all of one
    day without a time: every one tied."""
    occurrences = [
        {"article": f"a{k}", "source": OUTLETS[k], "date": "2017-03-25"}
        for k, count in enumerate(times)
        for _ in range(count)
    ]
    tied = [f"a{k}" for k in range(len(times))]
    return {
        "text": "We will rebuild",
        "speaker": "Jane Holt",
        "occurrences": occurrences,
        "first": "a0",
        "first_tied": tied,
        "undated_articles": [],
    }


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 3), min_size=2, max_size=4))
def test_a_quote_tie_counts_articles_and_reads_as_the_story_tie(times: list[int]) -> None:
    memo = " ".join(story_part({"id": "s1", "quotes": [_group(times)]}))
    names = ", ".join(OUTLETS[: len(times)])
    assert f"Jane Holt; {len(times)} articles tied, 2017-03-25: {names};" in memo
