"""An edited file moved takes its notes only when the texts are one edited (rv35 #1,
`index.library_moves.same_text`): against an oracle over generated bodies.

The oracle: k word edits (each a word replaced, inserted or deleted) of a text of n words
leave a common word sequence of at least n - k words in texts of at most 2n + k words
together, so the likeness is at least 2(n - k) / (2n + k), which is 0.6 or more whenever
k <= 4n/13: such an edit always follows. Two texts whose only shared words are function
words, at most one word in three, share a sequence of at most a third of the shorter: a
likeness of at most 1/3, so another article of the same title never follows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from index.library_moves import LIKE, same_text
from index.models import Article
from index.store.reader import article_from

FUNCTION = ["the", "of", "and", "to", "a", "in", "on", "said"]
LEFT = [f"alpha{k}" for k in range(40)]
RIGHT = [f"beta{k}" for k in range(40)]


def _article(words: list[str], date: datetime | None = None) -> Article:
    fields: dict[str, Any] = {"id": "x", "body": " ".join(words), "date": date}
    return article_from(fields)


@st.composite
def _edited(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A text and the same with at most 4n/13 words replaced, inserted or deleted."""
    words = draw(st.lists(st.sampled_from(LEFT + FUNCTION), min_size=13, max_size=120))
    edited = list(words)
    for _ in range(draw(st.integers(0, 4 * len(words) // 13))):
        where = draw(st.integers(0, len(edited) - 1))
        how = draw(st.sampled_from(["replace", "insert", "delete"]))
        if how == "replace":
            edited[where] = draw(st.sampled_from(RIGHT))
        elif how == "insert":
            edited.insert(where, draw(st.sampled_from(RIGHT)))
        else:
            del edited[where]
    return words, edited


@given(_edited())
def test_a_small_edit_follows(texts: tuple[list[str], list[str]]) -> None:
    words, edited = texts
    assert same_text(_article(words), _article(edited))


@st.composite
def _prose(draw: st.DrawFn, own: list[str]) -> list[str]:
    """Words of ``own``, with function words at most one in three."""
    parts = draw(st.lists(st.sampled_from(own), min_size=1, max_size=60))
    out: list[str] = []
    for word in parts:
        out.append(word)
        if draw(st.integers(0, 2)) == 0:
            out.append(draw(st.sampled_from(FUNCTION)))
    return out + [draw(st.sampled_from(own))] * (len(out) // 2)  # at most a third function


@given(_prose(LEFT), _prose(RIGHT))
def test_another_text_of_the_same_title_never_follows(left: list[str], right: list[str]) -> None:
    assert not same_text(_article(left), _article(right))
    assert LIKE > 1 / 3


@given(_edited(), st.integers(1, 400))
def test_an_edit_on_another_day_does_not_follow(
    texts: tuple[list[str], list[str]], days: int
) -> None:
    """Dated both: the same day, or another article (a daily column)."""
    words, edited = texts
    monday = datetime(2021, 3, 1, 9, 30)
    later = datetime.fromordinal(monday.toordinal() + days)
    assert same_text(_article(words, monday), _article(edited, monday.replace(hour=18)))
    assert not same_text(_article(words, monday), _article(edited, later))
    assert same_text(_article(words, monday), _article(edited))  # one undated: the words tell
