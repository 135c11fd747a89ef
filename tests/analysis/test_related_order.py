"""`related`'s order (issue 16, st93): story-mates first, except that a row outside the story
of a pair with a full text goes before the story-mates whose score times `STORY_LEAD` it
reaches."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis import related_order
from index.analysis.related_order import STORY_LEAD, each_group, story_first
from index.analysis.stories import Related, StoryModel
from tests.analysis.test_related_strong import FOLLOW_UP


def row(key: str, score: float, same: bool) -> Related:
    return Related(key, score, same, (), False, True, score)


def test_a_full_texts_much_closer_row_outside_goes_before_weak_story_mates() -> None:
    # slice C's na-2125 as numbers: its mate four days off (0.220, outside the story) under
    # two articles of another event its story joined (0.110, 0.057)
    rows = [row("joined", 0.110, True), row("joined-2", 0.057, True), row("mate", 0.220, False)]
    assert [r.id for r in story_first(rows, [False, False, True])] == [
        "mate",
        "joined",
        "joined-2",
    ]
    # the same row without a full text, or not closer by `STORY_LEAD`, stays after them
    assert next(r.id for r in story_first(rows, [False, False, False])) == "joined"
    assert next(r.id for r in story_first(rows)) == "joined"
    close = [row("joined", 0.150, True), row("mate", 0.220, False)]
    assert [r.id for r in story_first(close, [False, True])] == ["joined", "mate"]


def test_a_row_outside_passes_only_the_story_mates_it_beats() -> None:
    rows = [row("a", 0.40, True), row("b", 0.10, True), row("out", 0.30, False)]
    assert [r.id for r in story_first(rows, [False, False, True])] == ["a", "out", "b"]


def test_an_outside_row_never_passes_a_closer_outside_row() -> None:
    # "short" (no full text) stays after the story-mate; "long" scores less, so follows it
    rows = [row("mate", 0.10, True), row("short", 0.30, False), row("long", 0.20, False)]
    assert [r.id for r in story_first(rows, [False, False, True])] == ["mate", "short", "long"]


def greedy(rows: list[Related], full: list[bool]) -> list[Related]:
    """The oracle: merge the two groups (each by score), taking the next row outside when it
    is of a full text and reaches `STORY_LEAD` times every story-mate left, or none is left."""
    mates = sorted((r for r in rows if r.same_story), key=lambda r: -r.score)
    others = sorted(
        ((r, f) for r, f in zip(rows, full, strict=True) if not r.same_story),
        key=lambda p: -p[0].score,
    )
    out: list[Related] = []
    while mates or others:
        if others and (
            not mates
            or (others[0][1] and all(others[0][0].score >= STORY_LEAD * m.score for m in mates))
        ):
            out.append(others.pop(0)[0])
        else:
            out.append(mates.pop(0))
    return out


rows_and_flags = st.lists(
    st.tuples(
        st.sampled_from([0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.45]) | st.floats(0.0, 1.0),
        st.booleans(),
        st.booleans(),
    ),
    max_size=12,
)


@given(rows_and_flags)
def test_the_order_is_the_greedy_merge(found: list[tuple[float, bool, bool]]) -> None:
    rows = [row(f"r{k}", score, same) for k, (score, same, _) in enumerate(found)]
    full = [f for _, _, f in found]
    got = story_first(rows, full)
    assert got == greedy(rows, full)
    assert sorted(r.id for r in got) == sorted(r.id for r in rows)
    old = sorted(rows, key=lambda r: (not r.same_story, -r.score))  # the order before st93
    assert story_first(rows, [False] * len(rows)) == old
    assert [r for r in got if r.same_story] == [r for r in old if r.same_story]
    assert [r for r in got if not r.same_story] == [r for r in old if not r.same_story]


@given(rows_and_flags, st.integers(0, 14))
def test_each_groups_first_rows_make_the_same_first_rows(
    found: list[tuple[float, bool, bool]], limit: int
) -> None:
    rows = [row(f"r{k}", score, same) for k, (score, same, _) in enumerate(found)]
    full = [f for _, _, f in found]
    ranked = sorted(range(len(rows)), key=lambda k: (not rows[k].same_story, -rows[k].score))
    order = np.asarray(ranked, dtype=np.int64)
    same = np.asarray([r.same_story for r in rows], dtype=bool)
    picked = each_group(order, same, limit).tolist()
    assert len(picked) <= 2 * limit
    made = story_first([rows[k] for k in picked], [full[k] for k in picked])
    assert made[:limit] == story_first(rows, full)[:limit]


def _first_ids(full: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    corpus = [dataclasses.replace(a, words=400 if full else None) for a in FOLLOW_UP]
    model = StoryModel.build(corpus)
    # a lead low enough that the follow-up (outside the story) reaches it over "attack-2"
    mate = next(r for r in model.related("attack", 10) if r.id == "attack-2")
    follow = next(r for r in model.related("attack", 10) if r.id == "followup")
    monkeypatch.setattr(related_order, "STORY_LEAD", 0.9 * follow.score / mate.score)
    return [r.id for r in model.related("attack", 10)][:2]


@pytest.mark.parametrize(("full", "first"), [(True, "followup"), (False, "attack-2")])
def test_related_reads_the_pairs_full_texts(
    full: bool, first: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _first_ids(full, monkeypatch)[0] == first
