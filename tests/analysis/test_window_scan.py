"""`pairs.window_scan` against the scan it replaced (each block with every column, then
``|t[c] - t[r]| <= window``, one `np.lexsort`), kept here as the oracle: the same pairs in
the same order, the same neighbours and scores, bit for bit. (The old scan cut its columns
at ``t[r] - window``, which rounds differently: a pair exactly a window apart could be a
neighbour of one article and not of the other. Found by this test with blocks of 2.)"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import pairs
from index.analysis.vectors import idf, tfidf


def _oracle_scan(rows, days, select, window, decay, floor, keep, targets, neighbours, best):  # type: ignore[no-untyped-def]
    members = np.flatnonzero(select)
    order = members[np.argsort(days[members], kind="stable")]
    t = days[order]
    sub = rows[order]
    is_target = np.zeros(rows.shape[0], dtype=bool)
    if targets is not None:
        is_target[targets] = True
    scanned = np.flatnonzero(is_target[order]) if targets is not None else np.arange(len(order))
    limit = neighbours.shape[1]
    found = []
    for lo in range(0, len(scanned), pairs._BLOCK):
        block = scanned[lo : lo + pairs._BLOCK]
        col_lo, col_hi = 0, len(t)  # every column: the window is only `apart <= window`
        product = (sub[block] @ sub[col_lo:col_hi].T).tocoo()
        local = product.row.astype(np.int64)
        r = block[local]
        c = product.col.astype(np.int64) + col_lo
        apart = np.abs(t[c] - t[r])
        score = (product.data * np.exp(-decay * apart)).astype(np.float32)
        ok = (c != r) & (apart <= window) & (score >= floor)
        local, r, c, score = local[ok], r[ok], c[ok], score[ok]
        rank_key = np.lexsort((c, -score, local))
        local, r, c, score = local[rank_key], r[rank_key], c[rank_key], score[rank_key]
        starts = np.searchsorted(local, np.arange(len(block)), side="left")
        rank = np.arange(len(local)) - starts[local]
        top = rank < limit
        neighbours[order[r[top]], rank[top]] = order[c[top]]
        best[order[r[top]], rank[top]] = score[top]
        strong = score >= keep
        if targets is None:
            strong &= c > r
        else:
            strong &= ~is_target[order[c]] | (c > r)
        a, b = order[r[strong]], order[c[strong]]
        found.append((np.minimum(a, b), np.maximum(a, b), score[strong]))
    if not found:
        return pairs.empty_pairs()
    return tuple(np.concatenate([f[k] for f in found]) for k in range(3))


def _oracle(rows, days, *, window, decay, floor, keep, limit, targets=None):  # type: ignore[no-untyped-def]
    n = rows.shape[0]
    neighbours = np.full((n, limit), -1, dtype=np.int32)
    best = np.zeros((n, limit), dtype=np.float32)
    undated = np.isnan(days)
    found = []
    for select, span, fade in ((~undated, window, decay), (undated, 0.0, 0.0)):
        if select.sum() >= 2:
            found.append(
                _oracle_scan(
                    rows,
                    np.where(undated, 0.0, days),
                    select,
                    span,
                    fade,
                    floor,
                    keep,
                    targets,
                    neighbours,
                    best,
                )
            )
    if not found:
        return pairs.empty_pairs(), neighbours, best
    return tuple(np.concatenate([f[k] for f in found]) for k in range(3)), neighbours, best


@st.composite
def _corpora(draw: st.DrawFn) -> tuple[sp.csr_matrix, np.ndarray]:
    """TF-IDF rows as `vectors.tfidf` makes them (few terms, so many pairs) and times with
    ties and undated articles; sometimes more rows than one block."""
    n = draw(st.sampled_from([2, 5, 30, 120, pairs._BLOCK + 40]))
    terms = draw(st.integers(3, 40))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    dense = rng.integers(0, 4, size=(n, terms)) * (rng.random((n, terms)) < 0.3)
    counts = sp.csr_matrix(dense.astype(np.float32))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=terms)
    rows = tfidf(counts, idf(df, n))
    days = np.round(rng.random(n) * draw(st.sampled_from([0.5, 4.0, 30.0])), 1)
    days[rng.random(n) < draw(st.sampled_from([0.0, 0.1, 0.5]))] = np.nan
    return rows, days


@settings(max_examples=60, deadline=None)
@given(
    _corpora(),
    st.sampled_from([0.0, 1.0, 3.0]),
    st.sampled_from([0.0, 0.5]),
    st.sampled_from([0.0, 0.04, 0.3]),
    st.sampled_from([0.0, 0.075, 0.5]),
    st.integers(1, 8),
    st.integers(0, 2**16),
    st.sampled_from([512, 2, 7]),
)
def test_window_scan_is_the_old_scan(  # type: ignore[no-untyped-def]
    corpus, window, decay, floor, keep, limit, pick, block
):
    rows, days = corpus
    kwargs = {"window": window, "decay": decay, "floor": floor, "keep": keep, "limit": limit}
    targets = None
    if pick % 3 == 0:  # an update: some targets scanned against everything
        rng = np.random.default_rng(pick)
        targets = np.flatnonzero(rng.random(rows.shape[0]) < 0.3)
    saved, pairs._BLOCK = pairs._BLOCK, block  # small blocks: pairs wait over many blocks
    try:
        got = pairs.window_scan(rows, days, targets=targets, **kwargs)
        want = _oracle(rows, days, targets=targets, **kwargs)
    finally:
        pairs._BLOCK = saved
    for g, w in zip((*got[0], got[1], got[2]), (*want[0], want[1], want[2]), strict=True):
        assert g.dtype == w.dtype
        assert g.tobytes() == w.tobytes()


@settings(max_examples=40, deadline=None)
@given(
    _corpora(),
    st.sampled_from([0.5, 1.0, 3.0]),
    st.sampled_from([0.0, 0.04, 0.3]),
    st.sampled_from([0.0, 0.075, 0.5]),
    st.integers(0, 2**16),
)
def test_undated_pairs_count_as_days_apart(  # type: ignore[no-untyped-def]
    corpus, apart, floor, keep, pick
):
    """``undated_apart`` (st49): the dated pairs are those of 0, bit for bit; an undated
    pair scores its plain cosine (the oracle: the dense product) times
    ``exp(-decay * apart)`` and is kept when that reaches ``keep`` (scores within 1e-5 of
    the bar left out: rounding); an undated row's partners are undated ones, faded alike."""
    rows, days = corpus
    decay = 0.5
    kwargs = {"window": 3.0, "decay": decay, "floor": floor, "keep": keep, "limit": 50}
    targets = None
    if pick % 3 == 0:
        targets = np.flatnonzero(np.random.default_rng(pick).random(rows.shape[0]) < 0.3)
    (i, j, s), neighbours, best = pairs.window_scan(
        rows, days, targets=targets, undated_apart=apart, **kwargs
    )
    (i0, _, s0), _, _ = pairs.window_scan(rows, days, targets=targets, **kwargs)
    undated = np.isnan(days)
    dated0 = ~undated[i0]
    assert (i[~undated[i]].tobytes(), s[~undated[i]].tobytes()) == (
        i0[dated0].tobytes(),
        s0[dated0].tobytes(),
    )
    fade = np.exp(-decay * apart)
    cosine = (rows @ rows.T).toarray()
    want = {}
    for a in np.flatnonzero(undated):
        for b in np.flatnonzero(undated):
            scanned = targets is None or a in targets or b in targets
            if a < b and scanned and cosine[a, b] * fade >= max(keep, floor) + 1e-5:
                want[(int(a), int(b))] = cosine[a, b] * fade
    got = {(int(a), int(b)): float(v) for a, b, v in zip(i, j, s, strict=True) if undated[a]}
    assert set(want) <= set(got)
    for pair, value in got.items():
        assert undated[pair[1]]
        assert abs(value - cosine[pair] * fade) < 1e-5
        assert value >= max(keep, floor) - 1e-5
    for row in np.flatnonzero(undated):
        for col, value in zip(neighbours[row], best[row], strict=True):
            if col >= 0:
                assert undated[col]
                assert abs(value - cosine[row, col] * fade) < 1e-5
