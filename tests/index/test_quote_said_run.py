"""One speaker's sentence that two outlets transcribed apart (issue 18, qg37; the label
u75: Adele's "... recognize our tendencies so we won't repeat our own mistakes" and "...
recognize our tendencies to repeat our mistakes"): neither quote is a clip, an edit nor an
overlap of the other, but they share a long run of words. They are one group when the run
is `SAID_RUN_WORDS` words or more and both are given to one speaker (by surname) within
`STOCK_DAYS`; the groups never depend on the order the quotes are given in."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_links import split
from index.analysis.quote_stock import STOCK_DAYS, surname
from index.analysis.quote_unions import SAID_RUN_WORDS, longest_run, run_past_one_word


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


RUN = _words(
    "it is vital that we learn from the past and recognize our tendencies as a nation "
    "before anything else"
)
BEFORE = (
    _words("this is something i want for every child of every race and i feel"),
    _words("speaking on stage last night with her trophy in hand the singer told"),
)
AFTER = (
    _words("so we will not repeat our own mistakes ever again in this life"),
    _words("to stop repeating all those old mistakes made by people before us"),
)
SPEAKERS = ["Adele Adkins", "Adkins", "Hunter Adkins", "Beyonce Knowles", None]
DAY = date(2017, 2, 13)
Key = tuple[str, int]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(5, len(RUN)),
    st.lists(st.sampled_from(SPEAKERS), min_size=2, max_size=2),
    st.integers(0, 2 * STOCK_DAYS),
    st.randoms(use_true_random=False),
)
def test_a_long_shared_run_of_one_speaker_joins_as_the_oracle_says(
    shared: int, speakers: list[str | None], days: int, rng: Random
) -> None:
    run = RUN[:shared]
    words = {("a", 0): BEFORE[0] + run + AFTER[0], ("b", 0): BEFORE[1] + run + AFTER[1]}
    joined = joined_as_given(words, speakers, days, rng)
    # the oracle: the run as built, one surname named on both sides, the days apart
    assert longest_run(words[("a", 0)], words[("b", 0)]) == shared
    assert joined == (shared >= SAID_RUN_WORDS and one_speaker(speakers) and days <= STOCK_DAYS)


def joined_as_given(
    words: dict[Key, tuple[str, ...]], speakers: list[str | None], days: int, rng: Random
) -> bool:
    """Whether `split` makes the two quotes ``a`` and ``b`` (given to ``speakers``, ``days``
    apart) one group, given in a shuffled order."""
    speaker = dict(zip(words, speakers, strict=True))
    when = {("a", 0): DAY.isoformat(), ("b", 0): (DAY + timedelta(days=days)).isoformat()}
    order = list(words)
    rng.shuffle(order)
    groups = split(
        {k: words[k] for k in order}, speaker.get, when.get, lambda _: [], lambda k: k[0]
    )
    return len(groups) == 1


def one_speaker(speakers: list[str | None]) -> bool:
    """One surname named on both sides, and no two given names ("Hunter" and "Adele"
    Adkins are two people)."""
    one = surname(speakers[0]) is not None and surname(speakers[0]) == surname(speakers[1])
    given = {s.split()[0] for s in speakers if s and len(s.split()) > 1}
    return one and len(given) <= 1


@given(
    st.lists(st.sampled_from("abcd"), max_size=12), st.lists(st.sampled_from("abcd"), max_size=12)
)
def test_the_longest_run_against_every_pair_of_starts(a: list[str], b: list[str]) -> None:
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            n = 0
            while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                n += 1
            best = max(best, n)
    assert longest_run(tuple(a), tuple(b)) == best


def test_two_sentences_of_one_statement_sharing_ten_words_stay_apart() -> None:
    # Titov's two sentences (na-0832) share "the security of our overseas organizations
    # and their staff members": ten words, one short of a transcription of one sentence
    first = _words(
        "after the murder of our colleague we took a whole set of measures for ensuring "
        "the security of our overseas organizations and their staff members"
    )
    second = _words(
        "we are pressing the authorities to ensure all the steps essential for the security "
        "of our overseas organizations and their staff members proceeding from the "
        "conventions"
    )
    assert longest_run(first, second) == 10
    # nor past the one word he adds ("for [ensuring] the security ..."): one word before it
    assert run_past_one_word(first, second) == 10
    words = {("a", 0): first, ("a", 1): second}
    groups = split(words, lambda _: "Vladimir Titov", lambda _: "2017-02-08", lambda _: [], None)
    assert len(groups) == 2
