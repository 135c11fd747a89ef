"""Two quotes whose end and start share fewer than twelve words (eight or more) are one
quotation only when their articles give both to one speaker, within three days (rp23:
"We absolutely support the two-state solution but we are thinking out of the box as well"
and "We are thinking out of the box as well, which is: ..."; `quote_links.SAID_OVERLAP`,
`quote_stock.said_together`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import (
    MIN_OVERLAP_WORDS,
    MIN_SAID_OVERLAP_WORDS,
    NONE,
    OVERLAP,
    SAID_OVERLAP,
    overlap,
    relation,
    split,
)
from index.analysis.quotes import compared_words, extract_quotes

FIRST = "We absolutely support the two-state solution but we are thinking out of the box as well"
SECOND = (
    "We are thinking out of the box as well, which is: What does it take to bring these "
    "two sides to the table?"
)


def _groups(*quotes: tuple[str, str | None, str]) -> list[set[str]]:
    """The groups (as article ids) of one quote an article: (text, speaker, date)."""
    index = QuoteIndex()
    for n, (text, speaker, date) in enumerate(quotes):
        body = f'"{text}," {speaker} said.' if speaker else f'It read: "{text}."'
        index.add_article(f"a{n}", f"outlet {n}", date, extract_quotes(body))
    return sorted((set(g.articles) for g in index.groups()), key=sorted)


def test_a_short_overlap_of_one_speaker_is_one_quotation() -> None:
    one, two = compared_words(FIRST), compared_words(SECOND)
    assert overlap(one, two) == 0 and overlap(one, two, MIN_SAID_OVERLAP_WORDS) == 9
    assert relation(one, two) == SAID_OVERLAP
    joined = _groups((FIRST, "Nikki Haley", "2017-02-16"), (SECOND, "Haley", "2017-02-17"))
    assert joined == [{"a0", "a1"}]


def test_a_short_overlap_stays_apart_without_one_speaker_near_in_time() -> None:
    for first, second in [
        (("Nikki Haley", "2017-02-16"), ("Rex Tillerson", "2017-02-16")),  # two speakers
        (("Nikki Haley", "2017-02-16"), (None, "2017-02-16")),  # one unnamed
        (("Nikki Haley", "2017-02-16"), ("Nikki Haley", "2017-03-01")),  # 13 days apart
        (("White House", "2017-02-16"), ("Opera House", "2017-02-16")),  # two bodies (rv23)
    ]:
        groups = _groups((FIRST, *first), (SECOND, *second))
        assert groups == [{"a0"}, {"a1"}], (first, second)


VOCAB = [f"w{i}" for i in range(80)]
SPEAKERS = [
    "Nikki Haley",
    "Haley",
    "Rex Tillerson",
    None,
    "White House",
    "the White House",
    "House",
]


@given(
    st.lists(st.sampled_from(VOCAB), min_size=40, max_size=60, unique=True),
    st.integers(1, 10),
    st.integers(MIN_SAID_OVERLAP_WORDS, MIN_OVERLAP_WORDS - 1),
    st.integers(1, 10),
    st.sampled_from(SPEAKERS),
    st.sampled_from(SPEAKERS),
    st.integers(0, 9),
)
def test_a_short_overlap_joins_exactly_when_one_speaker_said_both_within_three_days(
    words: list[str],
    before: int,
    shared: int,
    after: int,
    one_speaker: str | None,
    two_speaker: str | None,
    days: int,
) -> None:
    whole = words[: before + shared + after]
    one, two = whole[: before + shared], whole[before:]
    assert overlap(one, two, MIN_SAID_OVERLAP_WORDS) == shared
    rel = relation(one, two)
    assert rel not in (NONE, OVERLAP)  # shared < MIN_OVERLAP_WORDS: at most a short overlap
    if rel != SAID_OVERLAP:
        return  # a clip or an edit (one end short): not this rule's
    speaker = {("a", 0): one_speaker, ("b", 0): two_speaker}
    date = {("a", 0): "2017-03-01", ("b", 0): f"2017-03-{1 + days:02d}"}
    groups = split({("a", 0): one, ("b", 0): two}, speaker.get, date.get)
    surnames = {s.split()[-1] if s else None for s in (one_speaker, two_speaker)}
    # a body ("White House") is one speaker only named alike whole (rv23)
    bodies = {s.lower() for s in (one_speaker, two_speaker) if s and s.endswith("House")}
    expected = one_speaker is not None and len(surnames) == 1 and days <= 3 and len(bodies) < 2
    assert (len(groups) == 1) == expected
    assert len(split({("a", 0): one, ("b", 0): two})) == 2  # no speakers asked: apart
