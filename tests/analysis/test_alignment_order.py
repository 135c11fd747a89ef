"""The alignment table's order (nu40 #5; fx72): the base's sentences in order, another
article's in its own order, and a long run of one article's own sentences spread between
the base's rows rather than pushing the base's next sentence screens down. Oracle: two
articles aligned in order (matches that never cross), built by hand."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.alignment import Group, order_rows


@st.composite
def two_aligned(draw: st.DrawFn) -> tuple[int, int, list[tuple[int, int]]]:
    """Sizes of a base and another article and their matched pairs, in order both ways."""
    base = draw(st.integers(0, 30))
    other = draw(st.integers(0, 60))
    k = draw(st.integers(0, min(base, other)))
    left = (
        sorted(draw(st.lists(st.integers(0, base - 1), min_size=k, max_size=k, unique=True)))
        if base
        else []
    )
    right = (
        sorted(
            draw(
                st.lists(
                    st.integers(0, other - 1), min_size=len(left), max_size=len(left), unique=True
                )
            )
        )
        if other
        else []
    )
    return base, other, list(zip(left, right[: len(left)], strict=False))


def _groups(base: int, other: int, pairs: list[tuple[int, int]]) -> list[Group]:
    paired = dict(pairs)
    taken = set(paired.values())
    groups = [
        Group(((0, s), (1, paired[s])), ("paraphrase", "paraphrase"))
        if s in paired
        else Group(((0, s),), ("unique",))
        for s in range(base)
    ]
    groups += [Group(((1, t),), ("unique",)) for t in range(other) if t not in taken]
    return sorted(groups, key=lambda g: g.members[0])


@settings(max_examples=150, deadline=None)
@given(two_aligned())
def test_both_columns_in_order_and_runs_spread(
    case: tuple[int, int, list[tuple[int, int]]],
) -> None:
    base, other, pairs = case
    pairs = pairs[: min(len(pairs), other)]
    rows = order_rows(_groups(base, other, pairs), [base, other], 0)
    assert sorted(m for g in rows for m in g.members) == sorted(
        [(0, s) for s in range(base)] + [(1, t) for t in range(other)]
    )
    for article in (0, 1):
        column = [g.sentence_of(article) for g in rows if g.sentence_of(article) is not None]
        assert column == sorted(column)
    # between two anchors (matched rows, or the ends), the other's own sentences come in
    # blocks of at most ceil(run / base rows there) between the base's rows
    anchors = [-1] + [k for k, g in enumerate(rows) if len(g.members) == 2] + [len(rows)]
    for lo, hi in itertools.pairwise(anchors):
        inside = rows[lo + 1 : hi]
        run = sum(1 for g in inside if g.articles == (1,))
        here = sum(1 for g in inside if g.articles == (0,))
        block = longest = 0
        for g in inside:
            block = block + 1 if g.articles == (1,) else 0
            longest = max(longest, block)
        assert longest <= math.ceil(run / max(1, here))


def test_a_long_run_does_not_push_the_base_down() -> None:
    """nu40 #5's shape: the other's first sentence matches the base's first, then 20 of its
    own, then its last matches the base's last."""
    rows = order_rows(_groups(6, 22, [(0, 0), (5, 21)]), [6, 22], 0)
    where = [k for k, g in enumerate(rows) if g.sentence_of(0) is not None]
    # 20 of its own over the 4 base rows between: 5 before each (base s.1 was row 21)
    assert where == [0, 6, 12, 18, 24, 25]


@st.composite
def grouped(draw: st.DrawFn) -> tuple[list[int], list[Group], int]:
    """Two to four articles' sentences in groups whose matches never cross: groups in one
    story order, each with some of the articles, whose sentences number in that order."""
    count = draw(st.integers(2, 4))
    story = draw(
        st.lists(st.sets(st.integers(0, count - 1), min_size=1), max_size=14),
    )
    sizes = [0] * count
    groups = []
    for articles in story:
        members = []
        for a in sorted(articles):
            members.append((a, sizes[a]))
            sizes[a] += 1
        groups.append(Group(tuple(members), ("unique",) * len(members)))
    groups.sort(key=lambda g: g.members[0])
    return sizes, groups, draw(st.integers(0, count - 1))


@settings(max_examples=300, deadline=None)
@given(grouped())
def test_the_table_opens_with_the_base(case: tuple[list[int], list[Group], int]) -> None:
    """README: rows in the base's reading order. Its column reads in order, and a row comes
    before its first sentence's only to keep a column in order: it holds a sentence of an
    article with a later one in a row below it, down to the base's first (nu42 #7: three
    rows of the others' openings, in no row of the base's, came first). (Other columns read
    in order with two articles, above; with more, one article's run is placed before the
    next article's rows are known, and can cross them, as before.)"""
    sizes, groups, base = case
    rows = order_rows(groups, sizes, base)
    assert sorted(m for g in rows for m in g.members) == sorted(
        (a, s) for a, n in enumerate(sizes) for s in range(n)
    )
    column = [g.sentence_of(base) for g in rows if g.sentence_of(base) is not None]
    assert column == list(range(sizes[base]))
    if sizes[base]:
        first = next(k for k, g in enumerate(rows) if g.sentence_of(base) == 0)
        for k, g in enumerate(rows[:first]):
            below = rows[k + 1 : first + 1]
            assert any(r.sentence_of(a) is not None for a, _ in g.members for r in below)
