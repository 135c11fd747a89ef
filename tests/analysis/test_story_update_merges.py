"""An update's merges of old and new (st75) against the former code as oracle:
`story_update.merged` puts the new fingerprints among the sorted old ones as a stable sort
of the two sorts them; `pairs.merge_partners` ranks the touched rows alone as
`pairs.best_partners` of every row ranks them."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.story_update import merged

HASHES = st.integers(0, 6)  # few: ties are common


@settings(max_examples=300, deadline=None)
@given(
    st.lists(HASHES, max_size=30),
    st.lists(HASHES, max_size=10),
    st.booleans(),
    st.sampled_from([np.int32, np.int64]),
    st.booleans(),
)
def test_merged_is_a_stable_sort_of_both(
    old: list[int], new: list[int], sort_old: bool, new_kind: type, big: bool
) -> None:
    hashes = np.array(sorted(old) if sort_old else old, np.uint64)
    if big:
        hashes = hashes * np.uint64(1 << 60)  # past int64's range: compared unsigned
    more = np.array(new, np.uint64) * np.uint64(1 << 60 if big else 1)
    docs = np.arange(len(old), dtype=np.int32)
    their_docs = np.arange(len(old), len(old) + len(new)).astype(new_kind)
    every = np.concatenate((hashes, more))
    order = np.argsort(every, kind="stable")
    want = every[order], np.concatenate((docs, their_docs))[order]
    got = merged(hashes, docs, more, their_docs)
    for a, b in zip(got, want, strict=True):
        assert a.dtype == b.dtype and a.tolist() == b.tolist()


def _former(
    neighbours: np.ndarray, best: np.ndarray, extra: P.Pairs, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """`pairs.merge_partners` before st75: lists of all ``n`` rows made, the touched taken."""
    old_n, limit = neighbours.shape
    out_ids = np.full((n, limit), -1, dtype=np.int32)
    out_best = np.zeros((n, limit), dtype=np.float32)
    out_ids[:old_n], out_best[:old_n] = neighbours, best
    i, j, s = extra
    if not len(i):
        return out_ids, out_best
    touched = np.unique(np.concatenate((i, j)))
    rows = np.repeat(touched, limit)
    cols = out_ids[touched].ravel().astype(np.int64)
    scores = out_best[touched].ravel()
    valid = cols >= 0
    ids, top = P.best_partners(
        n,
        np.concatenate((rows[valid], i, j)),
        np.concatenate((cols[valid], j, i)),
        np.concatenate((scores[valid], s, s)).astype(np.float32),
        limit,
    )
    out_ids[touched], out_best[touched] = ids[touched], top[touched]
    return out_ids, out_best


@settings(max_examples=300, deadline=None)
@given(st.data(), st.integers(1, 12), st.integers(0, 4), st.integers(1, 3))
def test_merge_partners_is_the_former(
    data: st.DataObject, old_n: int, grown: int, limit: int
) -> None:
    n = old_n + grown
    scores = st.sampled_from([0.2, 0.5, 0.5, 0.9, 1.0])
    neighbours = np.full((old_n, limit), -1, dtype=np.int32)
    best = np.zeros((old_n, limit), dtype=np.float32)
    for row in range(old_n):
        listed = data.draw(st.lists(st.integers(0, old_n - 1), unique=True, max_size=limit))
        listed = [x for x in listed if x != row]
        neighbours[row, : len(listed)] = listed
        best[row, : len(listed)] = sorted(
            data.draw(st.lists(scores, min_size=len(listed), max_size=len(listed))), reverse=True
        )
    pairs = data.draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), scores), max_size=8)
    )
    pairs = [(min(a, b), max(a, b), s) for a, b, s in pairs if a != b]
    extra = (
        np.array([p[0] for p in pairs], np.int64),
        np.array([p[1] for p in pairs], np.int64),
        np.array([p[2] for p in pairs], np.float32),
    )
    got = P.merge_partners(neighbours, best, extra, n)
    want = _former(neighbours, best, extra, n)
    for a, b in zip(got, want, strict=True):
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes()
