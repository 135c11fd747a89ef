"""One statement that one outlet quotes as two next quotes and another as one (issue 18,
qg36; the labels v49, v58): the whole quote holds the second part (a clip of it) and shares
a run of words with the first. The two parts join when that run is `PART_RUN` words or
more, both parts are given to one speaker (or no one), the whole quote to them or no one,
within `STOCK_DAYS`; the groups never depend on the order the quotes are given in."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_links import split
from index.analysis.quote_paraphrase import who
from index.analysis.quote_parts import PART_RUN, join_parts
from index.analysis.quote_stock import STOCK_DAYS


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words("whatever happens in the chamber tomorrow morning")
RUNS = [
    _words("obamacare is the law of the land for now"),
    _words("my son was not a terrorist at any time"),
]
SECOND = _words("we are going to be living with this for the foreseeable future")
SPEAKERS = ["Geert Wilders", "Wilders", "Mark Rutte", None]
DAY = date(2017, 3, 24)
Key = tuple[str, int]


def _case(
    run: tuple[str, ...], shared: int, speakers: list[str | None], days: list[int]
) -> tuple[dict[Key, tuple[str, ...]], dict[Key, str | None], dict[Key, str]]:
    """Article b quotes FIRST + a run, then SECOND; article a quotes the run's end and
    SECOND as one quote: the run's last ``shared`` words are all it has of b's first part."""
    tail = run[len(run) - shared :]
    words = {
        ("b", 0): tuple(FIRST + run),
        ("b", 1): tuple(SECOND),
        ("a", 0): tuple(tail + SECOND),
    }
    speaker = dict(zip(words, speakers, strict=True))
    when = {
        ("b", 0): DAY.isoformat(),
        ("b", 1): DAY.isoformat(),
        ("a", 0): (DAY + timedelta(days=days[0])).isoformat(),
    }
    return words, speaker, when


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(RUNS),
    st.integers(3, 7),
    st.lists(st.sampled_from(SPEAKERS), min_size=3, max_size=3),
    st.lists(st.integers(0, 2 * STOCK_DAYS), min_size=1, max_size=1),
    st.randoms(use_true_random=False),
)
def test_two_parts_join_the_whole_quote_as_the_oracle_says(
    run: tuple[str, ...], shared: int, speakers: list[str | None], days: list[int], rng: Random
) -> None:
    words, speaker, when = _case(run, shared, speakers, days)
    order = list(words)
    rng.shuffle(order)
    groups = split(
        {k: words[k] for k in order}, speaker.get, when.get, lambda _: [], lambda k: k[0]
    )
    together = next(g for g in groups if ("a", 0) in g)
    assert ("b", 1) in together  # the second part is a clip of the whole quote
    part, near, whole = (who(speaker[k]) for k in (("b", 0), ("b", 1), ("a", 0)))
    expected = (
        shared >= PART_RUN and part == near and whole in (None, part) and days[0] <= STOCK_DAYS
    )
    assert (("b", 0) in together) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(RUNS),
    st.integers(3, 7),
    st.lists(st.sampled_from(SPEAKERS), min_size=3, max_size=3),
    st.randoms(use_true_random=False),
)
def test_joined_parts_are_one_speakers_and_the_same_in_any_order(
    run: tuple[str, ...], shared: int, speakers: list[str | None], rng: Random
) -> None:
    """Every pair `join_parts` gives names one speaker (or none) on both parts, and the
    pairs are the same whatever order the quotes and groups come in."""
    words, speaker, when = _case(run, shared, speakers, [0])
    groups = [{("b", 0)}, {("b", 1), ("a", 0)}]
    found = join_parts(groups, words, speaker.get, when.get)
    for part, near in found:
        assert who(speaker[part]) == who(speaker[near])
    order = list(words)
    rng.shuffle(order)
    again = join_parts(
        list(reversed([set(g) for g in groups])),
        {k: words[k] for k in order},
        speaker.get,
        when.get,
    )
    assert sorted(found) == sorted(again)


def test_a_part_alone_in_its_article_joins_nothing() -> None:
    """Without a next quote in its own article, a quote sharing five words with another
    outlet's quote is no part of a statement."""
    words = {("b", 0): tuple(FIRST + RUNS[0]), ("a", 0): tuple(RUNS[0][-5:] + SECOND)}
    groups = [{("b", 0)}, {("a", 0)}]
    assert join_parts(groups, words, lambda _: "Paul Ryan", lambda _: "2017-03-24") == []


PART_BODY = (
    '"We have no plans to interfere in Syria\'s domestic politics at all," {first} said on '
    'Monday. "Our task is to stabilise the legitimate power and to strike a decisive blow '
    'at terror," {second} added.'
)
WHOLE_BODY = (
    '"We have no plans to interfere in the internal affairs of the country. Our task is to '
    'stabilise the legitimate power and to strike a decisive blow at terror," Geert Wilders '
    "said on Monday."
)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Geert Wilders", "Wilders", "Mark Rutte"]),
    st.permutations(["whole", "parts", "other"]),
    st.booleans(),
)
def test_a_part_sharing_seven_words_is_found_across_regions_in_any_order(
    first: str, order: list[str], again: bool
) -> None:
    """The first part shares only "we have no plans to interfere in" with the whole quote
    (`RUN_WORDS`: no clip, no overlap), so only a `RUN` puts it in the whole quote's region;
    it joins when both parts are Wilders', whatever order the articles come in, and after
    the whole quote's article is taken out and put back."""
    from index.analysis.quote_groups import QuoteIndex
    from index.analysis.quotes import extract_quotes

    bodies = {
        "whole": WHOLE_BODY,
        "parts": PART_BODY.format(first=first, second="Wilders"),
        "other": '"Nothing about the harbour fees was decided this week," Mark Rutte said.',
    }
    index = QuoteIndex()
    for aid in order:
        index.add_article(aid, "Outlet " + aid, DAY.isoformat(), extract_quotes(bodies[aid]))
    if again:
        index.remove_article("whole")
        index.add_article("whole", "Outlet whole", DAY.isoformat(), extract_quotes(WHOLE_BODY))
    (whole,) = [g for g in index.groups() if "whole" in g.articles]
    parts = [o for o in whole.occurrences if o.article == "parts"]
    assert len(parts) == (2 if who(first) == "wilders" else 1)
