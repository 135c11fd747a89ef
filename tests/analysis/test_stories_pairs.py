"""Two lone articles of different outlets that are each other's clear best join (st48)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import linkage
from index.analysis.stories import StoryParams
from tests.analysis.test_stories_attach import pairs_of, partition


def pair_by_hand(
    labels: list[int],
    raw: dict[tuple[int, int], float],
    floor: float,
    margin: float,
    source: list[int] | None,
) -> list[frozenset[int]]:
    """The oracle: the rule of `pair_lone` written out article by article."""
    size = {g: labels.count(g) for g in set(labels)}
    choice: dict[int, tuple[float, int, float]] = {}  # lone article -> best, its group, next
    for x, own in enumerate(labels):
        if size[own] != 1:
            continue
        totals: dict[int, float] = {}
        for (a, b), s in raw.items():
            if x in (a, b):
                other = labels[b if a == x else a]
                totals[other] = totals.get(other, 0.0) + s
        ranked = sorted(((t / size[g], g) for g, t in totals.items()), key=lambda v: (-v[0], v[1]))
        if ranked:
            choice[x] = (ranked[0][0], ranked[0][1], ranked[1][0] if len(ranked) > 1 else 0.0)
    alone = {labels[x]: x for x in range(len(labels)) if size[labels[x]] == 1}
    moved = list(labels)
    for x, (best, group, runner_up) in choice.items():
        o = alone.get(group)
        if o is None or o <= x or o not in choice or choice[o][1] != labels[x]:
            continue
        if source is not None and source[x] == source[o] and source[x] >= 0:
            continue
        if best >= floor and best >= margin * max(runner_up, choice[o][2]):
            moved[o] = labels[x]
    out: dict[int, set[int]] = {}
    for x, g in enumerate(moved):
        out.setdefault(g, set()).add(x)
    return sorted(frozenset(g) for g in out.values())  # type: ignore[type-var]


def test_two_lone_reports_each_others_best_join_then_a_third_attaches() -> None:
    # three outlets' reports of one event, each pair under the 0.275 threshold: average
    # linkage leaves all three alone; 0-1 are each other's clear best (0.24 against 0.16),
    # join, and 2 then attaches to them (average 0.16 >= 0.15, no other story)
    raw = {(0, 1): 0.24, (0, 2): 0.16, (1, 2): 0.16}
    labels = linkage.average_link(3, pairs_of(raw), 0.275)
    assert partition(labels) == [frozenset({0}), frozenset({1}), frozenset({2})]
    paired = linkage.pair_lone(labels, pairs_of(raw), 0.2, 1.3, np.array([0, 1, 2]))
    assert partition(paired) == [frozenset({0, 1}), frozenset({2})]
    assert partition(linkage.attach_lone(paired, pairs_of(raw), 0.15, 2.0)) == [
        frozenset({0, 1, 2})
    ]


def test_no_join_for_one_outlet_a_close_runner_up_or_a_weak_pair() -> None:
    raw = {(0, 1): 0.24, (0, 2): 0.1}
    labels = linkage.average_link(3, pairs_of(raw), 0.275)
    same_outlet = linkage.pair_lone(labels, pairs_of(raw), 0.2, 1.3, np.array([4, 4, 5]))
    assert partition(same_outlet) == [frozenset({0}), frozenset({1}), frozenset({2})]
    unknown = linkage.pair_lone(labels, pairs_of(raw), 0.2, 1.3, np.array([-1, -1, 5]))
    assert partition(unknown) == [frozenset({0, 1}), frozenset({2})]
    close = {(0, 1): 0.24, (0, 2): 0.2}  # 0's runner-up 0.2: 0.24 < 1.3 x 0.2
    assert linkage.pair_lone(labels, pairs_of(close), 0.2, 1.3).tolist() == [0, 1, 2]
    weak = {(0, 1): 0.19}
    assert linkage.pair_lone(labels, pairs_of(weak), 0.2, 1.3).tolist() == [0, 1, 2]


def test_the_defaults_are_the_measured_ones() -> None:
    params = StoryParams()
    assert (params.pair_floor, params.pair_margin) == (0.2, 1.3)


@settings(max_examples=80, deadline=None)
@given(
    st.integers(2, 14).flatmap(
        lambda m: st.tuples(
            st.just(m),
            st.dictionaries(
                st.tuples(st.integers(0, m - 1), st.integers(0, m - 1)).filter(
                    lambda k: k[0] < k[1]
                ),
                st.integers(1, 100).map(lambda v: v / 100),
                max_size=40,
            ),
            st.lists(st.integers(-1, 2), min_size=m, max_size=m) | st.none(),
        )
    ),
    st.sampled_from([0.1, 0.2, 0.3]),
    st.sampled_from([1.0, 1.3, 2.0]),
)
def test_pair_lone_matches_the_rule_written_out(
    case: tuple[int, dict[tuple[int, int], float], list[int] | None], floor: float, margin: float
) -> None:
    m, raw, source = case
    labels = linkage.average_link(m, pairs_of(raw), 0.5)
    outlets = None if source is None else np.array(source)
    paired = linkage.pair_lone(labels, pairs_of(raw), floor, margin, outlets)
    rounded = {k: float(np.float32(v)) for k, v in raw.items()}
    assert partition(paired) == pair_by_hand(labels.tolist(), rounded, floor, margin, source)
    assert np.array_equal(paired, linkage._number_by_lowest(paired))
