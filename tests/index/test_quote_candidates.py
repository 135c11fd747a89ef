"""Grouping's candidates (`index.analysis.quote_candidates.candidates`) are the quotes the
old counting rule kept: count every quote the new quote's shingles reach (buckets over
`COMMON_SHINGLE` left out), keep those that share ``need`` shingles or are short enough for
what they share. The old rule is kept here as the oracle; the new one finds the same set with
set operations, also in a `QuoteIndex` whose articles are removed and added again, and
one quote of the same words more whatever the buckets' sizes (`quote_links.whole`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import quote_candidates
from index.analysis.quote_candidates import SHORT, candidates
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import Key, need, shingles
from index.analysis.quotes import Quote


def old_candidates(
    key: Key,
    words: Sequence[str],
    own: set[int],
    buckets_of: Mapping[int, set[Key]],
    words_of: Mapping[Key, Sequence[str]],
    common: int,
) -> list[Key]:
    """The rule as `QuoteIndex._candidates` counted it before (qg18h's `c83f87b`)."""
    found = map(buckets_of.get, own)
    counts = Counter(chain.from_iterable(b for b in found if b and len(b) <= common))
    n = len(words)
    most = need(n, n)
    return [
        other
        for other, shared in counts.items()
        if (shared >= most or len(words_of[other]) <= 3 * shared + 4) and other != key
    ]


# few distinct words, so that quotes share shingles often and by several
WORDS = st.lists(st.sampled_from("abcd"), min_size=1, max_size=16).map(tuple)


@settings(max_examples=300)
@given(
    st.lists(WORDS, min_size=1, max_size=14),
    st.integers(0, 13),
    st.booleans(),
    st.sampled_from([1, 2, 3, 5, 8, 400]),
)
def test_candidates_are_the_counting_rules(
    quotes: list[tuple[str, ...]], pick: int, indexed: bool, common: int
) -> None:
    words_of: dict[Key, tuple[str, ...]] = {("a", i): w for i, w in enumerate(quotes)}
    key = ("a", pick % len(quotes))
    words = words_of[key]
    buckets_of: dict[int, set[Key]] = {}
    for other, w in words_of.items():
        if other != key or indexed:  # the new quote may be in its own buckets already
            for sh in shingles(w):
                buckets_of.setdefault(sh, set()).add(other)
    short = {k for k, w in words_of.items() if len(w) <= SHORT}
    own = shingles(words)
    with mock.patch.object(quote_candidates, "COMMON_SHINGLE", common):
        new = candidates(key, words, own, buckets_of, short, words_of)
    old = old_candidates(key, words, own, buckets_of, words_of, common)
    assert len(new) == len(set(new))
    _same_plus_one(new, old, key, words_of)


def _same_plus_one(
    new: list[Key], old: list[Key], key: Key, words_of: Mapping[Key, Sequence[str]]
) -> None:
    """``new`` is ``old`` and at most one quote more, of ``key``'s words; it holds a quote of
    ``key``'s words whenever another is held."""
    same = {k for k, w in words_of.items() if k != key and tuple(w) == tuple(words_of[key])}
    more = set(new) - set(old)
    assert set(old) <= set(new) and len(more) <= 1 and more <= same
    assert not same or set(new) & same


class _Checked(QuoteIndex):
    """A `QuoteIndex` that checks every candidate list against the oracle."""

    calls = 0

    def _candidates(self, key: Key, words: tuple[str, ...], own: set[int]) -> list[Key]:
        new = super()._candidates(key, words, own)
        old = old_candidates(
            key, words, own, self._shingles, self._words, quote_candidates.COMMON_SHINGLE
        )
        _same_plus_one(new, old, key, {**self._words, key: words})
        self.calls += 1
        return new


def _quote(n: int) -> Quote:
    return Quote(n, n + 1, '"x"', None, None, None, "none")


# an article's quotes, or None to remove it; its id is drawn from few, so it is replaced
STEP = st.tuples(st.sampled_from(["a1", "a2", "a3", "a4"]), st.none() | st.lists(WORDS, max_size=4))


@settings(max_examples=150)
@given(st.lists(STEP, min_size=1, max_size=12))
def test_an_index_keeps_its_short_quotes_through_removals(
    steps: list[tuple[str, list[tuple[str, ...]] | None]],
) -> None:
    index = _Checked()
    expected = 0
    for article, quotes in steps:
        if quotes is None:
            index.remove_article(article)
            continue
        index.add_article(article, None, None, [_quote(i) for i in range(len(quotes))], quotes)
        expected += len(quotes)
        short = {k for k, w in index._words.items() if len(w) <= SHORT}
        assert index._short == short  # a quote that came back longer is not short any more
    assert index.calls == expected
