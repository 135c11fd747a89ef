"""`bench.quote_translations`: the pairs found bucket by bucket (speaker, then days) are the
pairs a comparison of every two quotes finds (the oracle), and the sweep counts them by label."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quote_translations import Pair, Said, _comparable, pairs, sweep, weighted, weights

_SPEAKERS = st.sampled_from([None, "Sergey Lavrov", "Lavrov", "Rex Tillerson", "Defense Ministry"])
_SAID = st.builds(
    lambda stems, speaker, outlet, day, group: (
        frozenset(stems),
        speaker,
        outlet,
        f"2017-03-{day:02d}T10:00:00",
        group,
    ),
    st.sets(st.sampled_from("abcdefgh"), max_size=6),
    _SPEAKERS,
    st.sampled_from(["TASS", "CNN", "BBC"]),
    st.integers(1, 12),
    st.integers(0, 3),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_SAID, max_size=14), st.integers(1, 4), st.booleans())
def test_buckets_find_what_every_pair_finds(rows: list, shared: int, anyone: bool) -> None:
    quotes = [Said(("a", i), s, sp, o, d) for i, (s, sp, o, d, _) in enumerate(rows)]
    group = {("a", i): g for i, (*_, g) in enumerate(rows)}
    weight = weights(quotes)
    oracle = {
        (a.key, b.key, len(a.stems & b.stems), weighted(a.stems, b.stems, weight))
        for a, b in combinations(quotes, 2)
        if len(a.stems & b.stems) >= shared and _comparable(a, b, group.__getitem__, anyone)
    }
    found = pairs(quotes, group.__getitem__, shared, anyone)
    assert {(p.a, p.b, p.shared, p.score) for p in found} == oracle
    assert len(found) == len(oracle)  # each pair once
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)


def test_one_speakers_two_outlets_within_days_only() -> None:
    stems = frozenset("abcd")
    lavrov = Said(("t", 0), stems, "Sergey Lavrov", "TASS", "2017-03-20")
    quotes = [
        lavrov,
        Said(("c", 0), stems, "Lavrov", "CNN", "2017-03-21"),  # compared
        Said(("c", 1), stems, "Lavrov", "TASS", "2017-03-21"),  # with c0; TASS as t0
        Said(("c", 2), stems, "Lavrov", "CNN", "2017-03-30"),  # days apart
        Said(("c", 3), stems, "Rex Tillerson", "CNN", "2017-03-20"),  # another speaker
        Said(("c", 4), stems, None, "BBC", "2017-03-20"),  # no one: only with ``anyone``
    ]
    group = {q.key: i for i, q in enumerate(quotes)}.__getitem__
    named = {(("c", 0), ("t", 0)), (("c", 0), ("c", 1))}
    assert {(p.a, p.b) for p in pairs(quotes, group)} == named
    nobody = {(("c", 0), ("c", 4)), (("c", 1), ("c", 4)), (("c", 4), ("t", 0))}
    nobody.add((("c", 3), ("c", 4)))  # Tillerson and no one: a speaker and no one
    assert {(p.a, p.b) for p in pairs(quotes, group, anyone=True)} == named | nobody


def test_sweep_counts_labels_of_one_half() -> None:
    found = [Pair(0.5, 4, ("a", 0), ("a", 1)), Pair(0.3, 4, ("a", 2), ("a", 3))]
    label_of = {("a", 0): "x05", ("a", 1): "x05", ("a", 2): "x04", ("a", 3): "u26"}
    rows = {least: rest for least, *rest in sweep(found, label_of, 1)}
    assert rows[0.5] == [1, 0, 0]
    assert rows[0.3] == [1, 1, 0]
    assert sweep(found, label_of, 0)[0][1] == 0  # x05 is odd
