"""`story_update._kept_flags` looks at the flags of the rows asked alone (st74): the same
answer as the former code, which sorted every row's flagged partners, on generated lists."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_build import _listed
from index.analysis.story_update import _kept_flags


def _former(
    a: dict[str, np.ndarray], neighbours: np.ndarray, n: int, rows: np.ndarray
) -> np.ndarray:
    old = a["neighbours"]
    at = np.repeat(np.arange(old.shape[0], dtype=np.int64), old.shape[1])
    flagged = a["passage"].ravel() & (old.ravel() >= 0)
    known = np.sort(at[flagged] * n + old.ravel()[flagged].astype(np.int64))
    listed = neighbours[rows]
    asked = np.repeat(rows.astype(np.int64), listed.shape[1]) * n + listed.ravel().astype(np.int64)
    return _listed(known, asked).reshape(listed.shape) & (listed >= 0)


@st.composite
def cases(draw: st.DrawFn) -> tuple[dict[str, np.ndarray], np.ndarray, int, np.ndarray]:
    n_old = draw(st.integers(0, 12))
    n = n_old + draw(st.integers(0, 5))
    width = draw(st.integers(1, 4))
    partner = st.integers(-1, max(n - 1, -1))
    old = np.array(
        draw(
            st.lists(
                st.lists(st.integers(-1, max(n_old - 1, -1)), min_size=width, max_size=width),
                min_size=n_old,
                max_size=n_old,
            )
        ),
        dtype=np.int32,
    ).reshape(n_old, width)
    passage = np.array(
        draw(st.lists(st.booleans(), min_size=n_old * width, max_size=n_old * width)), dtype=bool
    ).reshape(n_old, width)
    now = np.array(
        draw(st.lists(st.lists(partner, min_size=width, max_size=width), min_size=n, max_size=n)),
        dtype=np.int32,
    ).reshape(n, width)
    rows = np.array(
        sorted(draw(st.sets(st.integers(0, max(n - 1, 0)), max_size=n))), dtype=np.int64
    )
    rows = rows[rows < n]
    return {"neighbours": old, "passage": passage}, now, n, rows


@settings(max_examples=500)
@given(cases())
def test_kept_flags_is_the_former_rule(
    case: tuple[dict[str, np.ndarray], np.ndarray, int, np.ndarray],
) -> None:
    a, neighbours, n, rows = case
    ours = _kept_flags(a, neighbours, n, rows)
    assert ours.tobytes() == _former(a, neighbours, n, rows).tobytes()
    assert ours.shape == (len(rows), neighbours.shape[1])
