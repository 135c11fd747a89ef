"""Two quotes of common words ("This is a disaster!") are one group only when one surname
names both or they ran within a day of each other (nu38 #1)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_links import split
from index.analysis.quote_stock import COMMON_LENGTH, COMMON_WORDS, SHORT_STATEMENT_DAYS, surname
from index.analysis.words import STOPWORDS

_DISASTER = ("this", "is", "a", "disaster")


def _groups(
    words: dict[tuple[str, int], tuple[str, ...]],
    speakers: dict[str, str | None],
    days: dict[str, str | None],
) -> list[set[tuple[str, int]]]:
    return split(words, lambda k: speakers[k[0]], lambda k: days[k[0]])


def test_a_joke_and_a_lament_days_apart_are_two_groups() -> None:
    words = {("bbc", 0): _DISASTER, ("aj", 0): _DISASTER}
    found = _groups(
        words, {"bbc": None, "aj": "Hemlata"}, {"bbc": "2017-02-13", "aj": "2017-02-16"}
    )
    assert len(found) == 2


def test_the_same_day_or_the_same_speaker_is_one_group() -> None:
    words = {("a", 0): _DISASTER, ("b", 0): _DISASTER}
    same_day = _groups(words, {"a": None, "b": "Hemlata"}, {"a": "2017-02-16", "b": "2017-02-16"})
    assert len(same_day) == 1
    same_speaker = _groups(
        words, {"a": "Hemlata", "b": "Hemlata"}, {"a": "2017-02-13", "b": "2017-03-16"}
    )
    assert len(same_speaker) == 1


def test_one_outlet_rerunning_its_passage_is_one_group() -> None:
    words = {("dw1", 0): ("having", "an", "effect"), ("dw2", 0): ("having", "an", "effect")}
    days = {"dw1": "2017-01-26", "dw2": "2017-01-31"}
    speakers: dict[str, str | None] = {"dw1": None, "dw2": "Scott Pruitt"}
    outlet = {"dw1": "Deutsche Welle", "dw2": "Deutsche Welle"}
    found = split(
        words, lambda k: speakers[k[0]], lambda k: days[k[0]], None, lambda k: outlet[k[0]]
    )
    assert len(found) == 1
    outlet["dw2"] = "BBC News"
    found = split(
        words, lambda k: speakers[k[0]], lambda k: days[k[0]], None, lambda k: outlet[k[0]]
    )
    assert len(found) == 2


def test_more_content_words_still_join_days_apart() -> None:
    long_ = ("the", "ruling", "is", "a", "disaster", "for", "farmers")
    words = {("a", 0): long_, ("b", 0): long_}
    assert len(_groups(words, {"a": None, "b": "X"}, {"a": "2017-02-01", "b": "2017-03-01"})) == 1


_SPEAKERS = st.sampled_from([None, "Hemlata", "Ann Hemlata", "James Corden"])


@given(
    st.sampled_from([_DISASTER, ("thank", "you"), ("now", "is", "not", "the", "time")]),
    _SPEAKERS,
    _SPEAKERS,
    st.integers(0, 9),
)
def test_equal_quotes_of_common_words_oracle(
    words: tuple[str, ...], one: str | None, other: str | None, apart: int
) -> None:
    """Oracle: equal quotes join unless both are common words (four words or fewer, one
    content word or none), no surname names both and they ran more than a day apart."""
    start = date(2017, 2, 1)
    days = {"a": start.isoformat(), "b": (start + timedelta(days=apart)).isoformat()}
    found = _groups({("a", 0): words, ("b", 0): words}, {"a": one, "b": other}, days)
    common = len(words) <= COMMON_LENGTH and sum(w not in STOPWORDS for w in words) <= COMMON_WORDS
    same = surname(one) is not None and surname(one) == surname(other)
    assert (len(found) == 2) == (common and not same and apart > SHORT_STATEMENT_DAYS)
