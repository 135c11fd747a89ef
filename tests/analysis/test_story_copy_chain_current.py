"""`story_copy_chain.current` against a pair-by-pair oracle (st75: its two `np.isin` became a
search among the new rows' digests and a flag per row): a stored pair of the same words
(digest and length), not in the chain ``same``, stays only as a near copy by the passages
the two share (none held by more than `pairs.MAX_PASSAGE_GROUP` rows), close enough in
time; unless neither has two passages' fingerprints and no new row has their words."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs as P
from index.analysis.stories import StoryParams
from index.analysis.story_copy_chain import current
from index.analysis.story_rows import Rows


def _oracle(stored, same, lengths, digest, first_new, held, days, params):  # type: ignore[no-untyped-def]
    holders: dict[int, int] = {}
    for hashes in held:
        for h in hashes:
            holders[h] = holders.get(h, 0) + 1
    per_doc = np.array([len(h) for h in held], np.int64)
    same_set = set(zip(same[0].tolist(), same[1].tolist(), strict=True))
    new_words = set(digest[first_new:].tolist())
    kept = []
    for a, b, s in zip(*(x.tolist() for x in stored), strict=True):
        text = digest[a] == digest[b] and lengths[a] == lengths[b] and (a, b) not in same_set
        long_text = min(per_doc[a], per_doc[b]) >= 2
        if text and long_text and int(digest[a]) not in new_words:
            text = False  # its text's chain only lost rows: left as it was
        if text:
            shared = [h for h in held[a] & held[b] if holders[h] <= P.MAX_PASSAGE_GROUP]
            near = P.near_copies(np.array([a]), np.array([b]), np.array([len(shared)]), per_doc)[0]
            gap = abs(days[a] - days[b])
            if not (near and (np.isnan(gap) or gap <= params.near_copy_days)):
                continue
        kept.append((a, b, s))
    return kept


@settings(max_examples=300, deadline=None)
@given(st.data(), st.integers(2, 8))
def test_current_is_the_pair_by_pair_rule(data: st.DataObject, n: int) -> None:
    params = StoryParams()
    pool = st.integers(0, 5)
    held = [set(data.draw(st.lists(pool, max_size=5))) for _ in range(n)]
    digest = np.array(data.draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)), np.uint64)
    lengths = np.array(data.draw(st.lists(st.integers(1, 2), min_size=n, max_size=n)))
    day = st.one_of(st.just(float("nan")), st.sampled_from([0.0, 3.0, 10.0]))
    days = np.array(data.draw(st.lists(day, min_size=n, max_size=n)), np.float64)
    first_new = n - data.draw(st.integers(0, 2))  # a few new rows, or none
    drawn = data.draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=12)
    )
    listed = sorted({(min(a, b), max(a, b)) for a, b in drawn if a != b})
    stored = (
        np.array([p[0] for p in listed], np.int64),
        np.array([p[1] for p in listed], np.int64),
        np.ones(len(listed), np.float32),
    )
    chained = [p for p in listed if data.draw(st.booleans())]
    same = (
        np.array([p[0] for p in chained], np.int64),
        np.array([p[1] for p in chained], np.int64),
    )
    indptr = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    counts = Rows(
        np.ones(int(indptr[-1]), np.float32), np.zeros(int(indptr[-1]), np.int32), indptr, (n, 1)
    )
    flat = [(h, d) for d, hashes in enumerate(held) for h in sorted(hashes)]
    order = sorted(range(len(flat)), key=lambda k: flat[k][0])
    hashes = np.array([flat[k][0] for k in order], np.uint64)
    docs = np.array([flat[k][1] for k in order], np.int32)
    per_doc = np.array([len(h) for h in held], np.int64)
    same_pairs = (*same, np.ones(len(same[0]), np.float32))
    got = current(
        stored, same_pairs, counts, digest, first_new, (hashes, docs, per_doc), days, params
    )
    want = _oracle(stored, same, lengths, digest, first_new, held, days, params)
    assert list(zip(*(x.tolist() for x in got), strict=True)) == want
