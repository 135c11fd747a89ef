"""The order of a story's articles in the story model: one order for articles of one time.

`first_dated`'s order (nu51 #8): by day, a time before a day alone on its day, the time,
then the outlet by name (`outlet_order`), then the id; undated ones last, by id. The table,
chart, heat map base and lags read it: ties by id alone listed CNN Business before the AP
that `first` named. Ids, not rows: an update appends a changed article's row, and the same
files must give the same order and `first` as a rebuild (nu24 #3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.first_dated import outlet_order

if TYPE_CHECKING:
    import numpy as np


def members_order(
    days: np.ndarray, story: np.ndarray, codes: np.ndarray, ids: list[str], names: list[str]
) -> np.ndarray:
    """The rows grouped by ``story``, each story's in the order above. ``days``: each row's
    days since 1970 (NaN: undated; a whole number: a day alone); ``codes``: its outlet's
    index in ``names`` (-1: none)."""
    import numpy as np

    by_id = np.empty(len(ids), dtype=np.int64)
    by_id[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
    when = np.where(np.isnan(days), np.inf, days)
    alone = np.isnan(days) | (np.mod(np.nan_to_num(days), 1.0) == 0)
    return np.lexsort((by_id, _name_ranks(days, codes, names), when, alone, np.floor(when), story))


def _name_ranks(days: np.ndarray, codes: np.ndarray, names: list[str]) -> np.ndarray:
    """Each row's outlet's place by name; 0 for no outlet (`outlet_order`'s "": first among
    its ties) and for an undated row (those go by id)."""
    import numpy as np

    ranks = np.zeros(len(names) + 1, dtype=np.int64)  # the last one: code -1, no outlet
    # names equal case aside share a rank, so their articles go by id, as `first` takes them
    ranks[: len(names)] = 1 + np.unique([outlet_order(n) for n in names], return_inverse=True)[1]
    return np.where(np.isnan(days), 0, ranks[np.asarray(codes, dtype=np.int64)])
