"""An update's near copies by passages are a build's at the `pairs.MAX_PASSAGE_GROUP` edge
(st87, issue 16). The oracle is the build's: `story_copies.passages` of every row at once
(`pairs.passage_pairs`: a group is every article holding a fingerprint, each counted once).
An update counted a new fingerprint's group by its stored entries alone, kept a stored copy
whose passage new rows took past the limit, and its chain, retitling and reattaching
counted an article repeating a fingerprint twice."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryParams
from index.analysis.story_classes import undated_copies
from index.analysis.story_copies import passages
from index.analysis.story_copy_chain import _shared, regained, regrown
from index.analysis.story_titles import likeness_among

MAX = P.MAX_PASSAGE_GROUP
PARAMS = StoryParams()
Held = list[list[int]]


def _fp(held: Held, rows: range) -> tuple[np.ndarray, np.ndarray]:
    """The fingerprints of ``rows`` (each row's hashes, repeats kept), by row."""
    flat = [(h, d) for d in rows for h in held[d]]
    hashes = np.array([h for h, _ in flat], np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return hashes, np.array([d for _, d in flat], np.int32)


def _by_hash(fp: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(fp[0], kind="stable")
    return fp[0][order], fp[1][order]


def _pairs(p: P.Pairs) -> set[tuple[int, int]]:
    return set(zip(p[0].tolist(), p[1].tolist(), strict=True))


def _build(held: Held, days: np.ndarray) -> set[tuple[int, int]]:
    """The build's near copies by passages of every row."""
    n = len(held)
    per_doc = np.array([len(h) for h in held], np.int64)
    return _pairs(passages(days[:n], _fp(held, range(n)), None, per_doc, PARAMS)[1])


Step = tuple[set[int], list[int]]  # removed, added


def _update(held: Held, days: np.ndarray, steps: list[Step]) -> set[tuple[int, int]]:
    """The pairs (of article numbers) where updates and a build part: the near copies by
    passages of a build of ``steps[0]``'s added articles, then of an update for each next
    step as `story_update` finds them (the kept articles first, in order, then the added;
    the new rows' pairs by `passages` against the stored rows, the stored ones' by
    `regrown` and `regained`), against a build of the articles present at the end."""
    present = list(steps[0][1])
    copies = {
        (present[a], present[b]) for a, b in _build([held[k] for k in present], days[present])
    }
    for removed, added in steps[1:]:
        old, keep = present, np.array([k not in removed for k in present])
        present = [k for k in old if k not in removed] + added
        rows, at = [held[k] for k in present], days[present]
        n_old, n = int(keep.sum()), len(present)
        per_doc = np.array([len(h) for h in rows], np.int64)
        stored_fp = _by_hash(_fp(rows, range(n_old)))
        found = passages(at, _fp(rows, range(n_old, n)), stored_fp, per_doc, PARAMS)
        every = (*_by_hash(_fp(rows, range(n))), per_doc)
        row = {k: r for r, k in enumerate(present)}
        pairs = sorted((row[a], row[b]) for a, b in copies if a in row and b in row)
        stored = (
            np.array([p[0] for p in pairs], np.int64),
            np.array([p[1] for p in pairs], np.int64),
            np.ones(len(pairs), np.float32),
        )
        kept, _ = regrown(stored, every, n_old)
        then = _by_hash(_fp([held[k] for k in old], range(len(old))))
        gained = regained(then, keep, every, n_old, at, PARAMS)
        now = P.merge_pairs(P.merge_pairs(kept, gained, n), found[1], n)
        copies = {(present[a], present[b]) for a, b in _pairs(now)}
    rows = [held[k] for k in present]
    want = {(present[a], present[b]) for a, b in _build(rows, days[present])}
    return copies ^ want


def _grown(held: Held, days: np.ndarray, first: int) -> set[tuple[int, int]]:
    """`_update`: rows ``first`` on added to a build of those before."""
    return _update(
        held, days, [(set(), list(range(first))), (set(), list(range(first, len(held))))]
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[Held, np.ndarray, list[Step]]:
    """Articles around the edge: two common passages (0, 1) each held by most of 44-70
    articles, some repeating one, and a few rarer ones (2-6); built in part, then 1-3
    updates each removing up to 12 and adding the next ones."""
    n = draw(st.integers(44, 70))
    held: Held = []
    for _ in range(n):
        mine = [h for h in (0, 1) if draw(st.integers(0, 9)) < 9]
        mine += draw(st.lists(st.integers(2, 6), max_size=3))
        mine += [0] * draw(st.sampled_from([0, 0, 0, 1, 30]))  # repeats
        held.append(mine)
    day = st.sampled_from([0.0, 0.0, 2.0, float("nan")])
    days = np.array(draw(st.lists(day, min_size=n, max_size=n)), np.float64)
    cuts = sorted(draw(st.sets(st.integers(1, n - 1), min_size=1, max_size=3)))
    steps: list[Step] = []
    present: list[int] = []
    for lo, hi in itertools.pairwise([0, *cuts, n]):
        gone = set(draw(st.lists(st.sampled_from(present), max_size=12))) if present else set()
        steps.append((gone, list(range(lo, hi))))
        present = [k for k in present if k not in gone] + list(range(lo, hi))
    return held, days, steps


@settings(max_examples=200, deadline=None)
@given(histories())
def test_an_update_history_finds_the_builds_near_copies(
    history: tuple[Held, np.ndarray, list[Step]],
) -> None:
    held, days, steps = history
    assert _update(held, days, steps) == set()


def test_a_passage_several_new_rows_take_past_the_limit_is_left_out() -> None:
    """40 stored rows and 11 new hold passage 0 (51 articles): a build leaves it out, so
    rows 0 and 50 share one passage (7) and are no near copies; the update counted the
    stored 40 alone (``< MAX``) and joined them."""
    held: Held = [[0, 7] if r in (0, 50) else [0] for r in range(51)]
    days = np.zeros(51)
    assert (0, 50) not in _build(held, days)
    assert _grown(held, days, 40) == set()


def test_a_passage_a_stored_row_repeats_counts_its_articles() -> None:
    """41 articles hold passage 0, row 1 twenty more times (60 entries): a build counts 41
    and finds rows 0 and 40 near copies; the update counted 60 stored entries."""
    held: Held = [[0, 7] if r in (0, 40) else [0] for r in range(41)]
    held[1] += [0] * 20
    days = np.zeros(41)
    assert (0, 40) in _build(held, days)
    assert _grown(held, days, 40) == set()


def test_a_stored_copy_whose_passage_grows_past_the_limit_is_dropped() -> None:
    """Rows 0 and 1 are near copies by passages 0 and 7 while 50 articles hold 0; a new row
    holding 0 makes it boilerplate: a rebuild drops the pair, the update kept it."""
    held: Held = [[0, 7] if r in (0, 1) else [0] for r in range(51)]
    days = np.zeros(51)
    assert (0, 1) in _build(held[:50], days) and (0, 1) not in _build(held, days)
    assert _grown(held, days, 50) == set()


def test_a_passage_removed_rows_take_under_the_limit_ties_stored_copies() -> None:
    """52 articles hold passage 0: rows 0 and 1, sharing 0 and 7, are no near copies; an
    update removing three others and adding one leaves 50, and a build finds them; the
    update asked its new rows' pairs alone."""
    held: Held = [[0, 7] if r in (0, 1) else [0] for r in range(53)]
    days = np.zeros(53)
    steps: list[Step] = [(set(), list(range(52))), ({2, 3, 4}, [52])]
    assert (0, 1) not in _build(held[:52], days)
    assert (0, 1) in _build([h for r, h in enumerate(held) if r not in {2, 3, 4}], days)
    assert _update(held, days, steps) == set()


def test_two_undated_targets_share_their_passages_once() -> None:
    """Two undated targets sharing one passage of four each are no near copies in a build;
    `undated_copies` counted it from both ends (2 of 4: a copy)."""
    held: Held = [[1, 2, 3, 4], [1, 5, 6, 7]]
    days = np.full(2, np.nan)
    hashes, docs = _by_hash(_fp(held, range(2)))
    got = undated_copies(np.array([0, 1]), days, (hashes, docs, np.array([4, 4])))
    assert _pairs(got) == _build(held, days) == set()


def _repeated_passage() -> tuple[Held, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Rows 0 and 1 share passages 0 and 7; 45 articles hold 0, row 2 ten more times (55
    entries): a build counts passage 0 and finds them near copies."""
    held: Held = [[0, 7] if r in (0, 1) else [0] for r in range(45)]
    held[2] += [0] * 10
    per_doc = np.array([len(h) for h in held], np.int64)
    return held, (*_by_hash(_fp(held, range(45))), per_doc)


def test_the_chain_counts_a_repeated_passage_once() -> None:
    held, (hashes, docs, _) = _repeated_passage()
    assert (0, 1) in _build(held, np.zeros(45))
    assert _shared(np.array([0]), np.array([1]), hashes, docs).tolist() == [2]


def test_retitling_counts_a_repeated_passage_once() -> None:
    held, fps = _repeated_passage()

    def no_window(*_: object, **__: object) -> tuple[P.Pairs, None, None]:
        return P.empty_pairs(), None, None

    rows = np.arange(45, dtype=np.int64)
    got = likeness_among(rows, np.zeros(45), None, no_window, fps, PARAMS, 0.5)
    assert (0, 1) in _pairs(got) and _pairs(got) == _build(held, np.zeros(45))
