"""`bench.quote_joins.differences`: a group of the new grouping that holds quotes of two
old groups (or an old group and a quote alone) is a join; the other way round a split."""

from __future__ import annotations

from bench.quote_joins import differences


def test_joins_and_splits_are_told_apart() -> None:
    a, b, c, d, e = (("x", n) for n in range(5))
    old = [frozenset({a, b}), frozenset({c, d})]
    new = [frozenset({a, b, c}), frozenset({d, e})]
    joins, splits = differences(old, new)
    assert joins == [[[a, b], [c]], [[d], [e]]]
    assert splits == [[[c], [d]]]
    assert differences(old, old) == ([], [])
