"""The fill's plain cosines in NumPy alone (`FillIndex.cosines`) equal, to the bit, what the
SciPy expression it replaced gave (``tfidf(counts)[1:] @ tfidf(counts)[0].T``), and a
`related` look-up imports no SciPy (it was ~0.15 of a one-shot command's 0.45 CPU s)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.related_fill import FillIndex
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.vectors import tfidf, top_terms

TERMS = 12
COUNT = st.one_of(st.just(0.0), st.sampled_from([1.0, 1.5, 2.0, 3.0, 2.5, 7.0, 40.0]))
MATRIX = st.integers(2, 9).flatmap(
    lambda n: st.lists(st.lists(COUNT, min_size=TERMS, max_size=TERMS), min_size=n, max_size=n)
)


def _scipy(counts: sp.csr_matrix, df: np.ndarray, row: int, rows: np.ndarray) -> np.ndarray:
    from index.analysis.vectors import idf

    picked = counts[np.concatenate(([row], rows))]
    weighed = tfidf(picked, idf(df, counts.shape[0]))
    return np.asarray((weighed[1:] @ weighed[0].T).todense()).ravel()


@settings(max_examples=300, deadline=None)
@given(MATRIX, st.data())
def test_cosines_equal_the_scipy_path_to_the_bit(
    dense: list[list[float]], data: st.DataObject
) -> None:
    counts = sp.csr_matrix(np.asarray(dense, dtype=np.float32))
    counts.sort_indices()
    n = counts.shape[0]
    df = np.asarray((counts > 0).sum(axis=0)).ravel().astype(np.int64)
    parts = (counts.data, counts.indices, counts.indptr.astype(np.int64), counts.shape)
    fill = FillIndex(parts, df, top_terms(counts))
    row = data.draw(st.integers(0, n - 1))
    rows = np.asarray(data.draw(st.lists(st.integers(0, n - 1), max_size=8)), dtype=np.int64)
    got = fill.cosines(row, rows)
    if not len(rows):
        assert len(got) == 0
        return
    want = _scipy(counts, df, row, rows)
    assert got.dtype == want.dtype == np.float32
    assert got.tobytes() == want.tobytes()


def test_a_related_look_up_imports_no_scipy(tmp_path: Path) -> None:
    words = "harbour strike union pay deal frost blossom council budget police fire vote port"
    articles = [
        StoryArticle(
            f"a{k}", f"port strike day {k}", f"{words} {k}", "Outlet", datetime(2021, 3, k + 1)
        )
        for k in range(6)
    ]
    StoryModel.build(articles).save(tmp_path)
    code = (
        "import sys, pathlib\n"
        "from index.analysis.stories import StoryModel\n"
        f"model = StoryModel.load(pathlib.Path({str(tmp_path)!r}))\n"
        "found = model.related('a0', limit=5)\n"
        "print(len(found), sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split(maxsplit=1)[1].strip() == "[]", out.stdout
    assert int(out.stdout.split()[0]) >= 1
