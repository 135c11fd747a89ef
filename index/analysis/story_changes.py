"""A story folder's changes against its base files (`story_files.write` with a base).

An update drops the rows of its removed and replaced articles and appends the new ones.
A dropped row moves every later row up, so comparing the new arrays with the base's
row by row found almost every row changed when the dropped articles were early ones (an
update of the first 100 files of 100,000 wrote all ~100 MB again). Here the changes say
which of the base file's rows are gone (``NAME+drop``: the base's row numbers); the rows
kept, in order, are what a reader starts from, with the row numbers an array holds
(`ROW_REFS`) renumbered as the update's drop renumbers them, then the changed and added
rows (``NAME+rows``, ``NAME+``) as before. The term counts drop the same way
(``counts+drop``; then the rows from ``counts+start`` on). The fingerprints (sorted by
hash) keep the base's entries of the rows kept, renumbered, and insert the new ones at
their places (``fp+at``, ``fp_hash+``, ``fp_doc+``; ``fp+drop`` and ``fp+raw``, the base's
rows).

What a reader makes of the base and the drops is one function here (`kept_base`,
`_kept_counts`, `_kept_fingerprints`) and the writer compares the new rows with what it
gives: the changes complete it exactly whatever was dropped (the update's ``kept`` rows
only make them small). Everything is checked on read; damage is a `StoryFilesError`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis.story_files import CHANGES, COUNTS, StoryFilesError
from index.analysis.story_mapped import Dropped

if TYPE_CHECKING:
    Counts = tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]

ROW_REFS = ("neighbours",)
"""Arrays whose values are row numbers (-1: none): a dropped row's become -1, the rest
move up, as `story_update._drop` renumbers them."""
PER_ROW = (
    "time",
    "source",
    "story",
    "neighbours",
    "scores",
    "passage",
    "top_terms",
    "genre",
    "long",
    "place",
    "ticker",
    "form",
    "copy_digest",
)
FP = ("fp_hash", "fp_doc")


def kept_rows(m: int, drop: np.ndarray) -> np.ndarray:
    """The rows of ``m`` left when ``drop`` (sorted, unique, within) is dropped."""
    alive = np.ones(m, dtype=bool)
    alive[drop] = False
    return np.flatnonzero(alive)


def _renumber(m: int, kept: np.ndarray) -> np.ndarray:
    """Old row -> new row (-1 gone), with a last slot for -1 itself."""
    remap = np.full(m + 1, -1, dtype=np.int64)
    remap[kept] = np.arange(len(kept))
    return remap


def kept_base(name: str, raw: np.ndarray, drop: np.ndarray) -> np.ndarray:
    """The base array ``raw`` less its rows ``drop``, row numbers renumbered (`ROW_REFS`)."""
    if not len(drop):
        return raw
    kept = kept_rows(len(raw), drop)
    out = np.asarray(raw[kept])
    if name in ROW_REFS:
        out = _renumber(len(raw), kept)[out.astype(np.int64)].astype(raw.dtype)
    return out


def valid_drop(drop: Any, m: int) -> bool:
    """``drop`` is sorted, unique row numbers of ``m`` rows."""
    return (
        isinstance(drop, np.ndarray)
        and drop.ndim == 1
        and drop.dtype.kind in "iu"
        and (not len(drop) or (int(drop[0]) >= 0 and int(drop[-1]) < m))
        and bool((np.diff(drop) > 0).all())
    )


class Previous:
    """The base folder's own changes (its ``changes.npz``), read once by a write."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.saved: dict[str, np.ndarray] = {}
        try:
            with np.load(base / CHANGES, allow_pickle=False) as saved:
                self.saved = {key: saved[key] for key in saved.files}
        except (OSError, ValueError):
            pass

    def drop(self, key: str, m: int) -> np.ndarray | None:
        """The base file's rows its folder dropped (none when it was written whole)."""
        drop = self.saved.get(key, np.zeros(0, np.int64))
        return drop.astype(np.int64) if valid_drop(drop, m) else None


def new_drop(m: int, before: np.ndarray, used: int, kept: np.ndarray | None) -> np.ndarray:
    """The rows of the base file (``m`` rows) to drop now: those ``before`` dropped, and
    those of the first ``used`` rows of the previous model (its rows from the base) that
    the update did not keep (``kept``, a flag per previous row; None: every row kept)."""
    rows = kept_rows(m, before)[:used]
    if kept is not None and len(kept) >= used:
        rows = rows[kept[:used]]
    alive = np.zeros(m, dtype=bool)
    alive[rows] = True
    return np.flatnonzero(~alive)


def changed_rows(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    """The rows of ``old`` (a prefix of ``new``, same row shape) whose bytes ``new`` changed."""
    m = len(old)
    width = new.dtype.itemsize * new[:1].size
    # compared as the widest whole words a row holds (a reduction over bytes is slow)
    word = next(w for w in (8, 4, 2, 1) if width % w == 0)
    as_words = np.dtype(f"u{word}")
    a = np.ascontiguousarray(new[:m]).view(np.uint8).reshape(m, width).view(as_words)
    b = np.ascontiguousarray(old).view(np.uint8).reshape(m, width).view(as_words)
    differs = a != b
    return np.flatnonzero(differs[:, 0] if differs.shape[1] == 1 else differs.any(axis=1))


def array_changes(
    name: str,
    old: np.ndarray,
    array: np.ndarray,
    previous: Previous,
    kept: np.ndarray | None,
    share: float,
) -> dict[str, np.ndarray] | None:
    """The changes that make ``array`` of the base file ``old``; None when the base has
    none of that shape, or more than ``share`` of the rows changed or were dropped."""
    if not len(old) or old.dtype != array.dtype or old.shape[1:] != array.shape[1:]:
        return None
    m, n = len(old), len(array)
    linked = f"{name}+rows" in previous.saved
    before = previous.drop(f"{name}+drop", m) if linked else np.zeros(0, np.int64)
    if before is None:
        return None
    used = m - len(before)
    drop = new_drop(m, before, used, kept if name in PER_ROW else None)
    if len(drop) > share * m:
        return None
    start = kept_base(name, old, drop)
    lead = len(start)
    if lead > n or n - lead > share * n:
        return None
    rows = np.concatenate((changed_rows(array, start), np.arange(lead, n, dtype=np.int64)))
    if len(rows) > share * n:
        return None
    out = {f"{name}+rows": rows, f"{name}+": np.ascontiguousarray(array[rows])}
    if len(drop):
        out[f"{name}+drop"] = drop
    return out


def folded(folder: Path, name: str, raw: np.ndarray, saved: Mapping[str, np.ndarray]) -> np.ndarray:
    """The array ``name`` of a folder of changes: its base file ``raw`` less the rows
    dropped, the changed rows set and the added ones appended (the last of ``rows``)."""
    rows, values = saved[f"{name}+rows"], saved[f"{name}+"]
    drop = saved.get(f"{name}+drop", np.zeros(0, np.int64))
    if not valid_drop(drop, len(raw)):
        raise StoryFilesError(f"the changes of story file {name}.npy in {folder} are damaged")
    array = kept_base(name, raw, drop)
    m = len(array)
    tail = int(np.count_nonzero(rows >= m))
    if (
        rows.ndim != 1
        or rows.dtype.kind not in "iu"
        or len(rows) != len(values)
        or values.dtype != array.dtype
        or values.shape[1:] != array.shape[1:]
        or (len(rows) > 1 and not (np.diff(rows) > 0).all())
        or (len(rows) and int(rows[0]) < 0)
        or not np.array_equal(rows[len(rows) - tail :], np.arange(m, m + tail))
    ):
        raise StoryFilesError(f"the changes of story file {name}.npy in {folder} are damaged")
    out = np.empty((m + tail, *array.shape[1:]), array.dtype)
    out[:m] = array
    out[rows] = values
    return out


# --- the term counts -------------------------------------------------------------------


def runs_of(indptr: np.ndarray, kept: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The kept rows' entries as runs of the base's: ``(indptr of the kept rows, each
    run's first entry there, its first entry in the base)``."""
    lengths = (indptr[kept + 1] - indptr[kept]).astype(np.int64)
    kept_ptr = np.zeros(len(kept) + 1, dtype=np.int64)
    np.cumsum(lengths, out=kept_ptr[1:])
    first = np.flatnonzero(np.diff(kept, prepend=-2) != 1)  # a run starts where a gap ends
    return kept_ptr, kept_ptr[first], indptr[kept[first]].astype(np.int64)


def _kept_counts(counts: Counts, drop: np.ndarray, joining: bool) -> Any:
    """The base's term counts less the rows ``drop``; with ``joining``, entries stay in
    the (mapped) base and are read by position (`Dropped`)."""
    data, indices, indptr, (m, width) = counts
    if not len(drop):
        return counts
    kept = kept_rows(m, drop)
    kept_ptr, starts, raw_starts = runs_of(np.asarray(indptr, np.int64), kept)
    if joining:
        return (
            Dropped(data, starts, raw_starts, int(kept_ptr[-1])),
            Dropped(indices, starts, raw_starts, int(kept_ptr[-1])),  # read by position
            kept_ptr,
            (len(kept), width),
        )
    size = int(kept_ptr[-1])
    return (
        gathered(data, starts, raw_starts, size),
        gathered(indices, starts, raw_starts, size),
        kept_ptr,
        (len(kept), width),
    )


RUNS = 4096
"""Runs of kept entries copied slice by slice at most; more are gathered by position."""


def gathered(base: Any, starts: np.ndarray, raw_starts: np.ndarray, size: int) -> np.ndarray:
    """The entries of the runs (`runs_of`) of ``base``, in order, in memory."""
    if not len(starts):
        return np.zeros(0, base.dtype)
    ends = np.append(starts[1:], size)
    if len(starts) <= RUNS:
        pieces = [base[r : r + e - s] for s, e, r in zip(starts, ends, raw_starts, strict=True)]
        return np.concatenate([np.zeros(0, base.dtype), *pieces])
    at = np.repeat(raw_starts - starts, ends - starts) + np.arange(size, dtype=np.int64)
    return np.asarray(base[at])


def count_changes(
    old: Counts, counts: Counts, previous: Previous, kept: np.ndarray | None, share: float
) -> dict[str, np.ndarray] | None:
    """The changes that make ``counts`` of the base's ``old``: rows dropped, then the rows
    from the first that differs on; None when too many differ or were dropped."""
    data, indices, indptr, (n, width) = counts
    m, old_width = old[3]
    if not m or old_width > width:
        return None
    if (old[0].dtype, old[1].dtype, old[2].dtype) != (data.dtype, indices.dtype, indptr.dtype):
        return None
    linked = "counts+start" in previous.saved
    before = previous.drop("counts+drop", m) if linked else np.zeros(0, np.int64)
    if before is None:
        return None
    used = int(previous.saved["counts+start"]) if linked else m
    if not 0 <= used <= m - len(before):
        return None
    drop = new_drop(m, before, used, kept)
    if len(drop) > share * m:
        return None
    old_data, old_indices, old_indptr, (lead, _) = _kept_counts(old, drop, joining=False)
    within = min(lead, n)
    moved = np.flatnonzero(indptr[: within + 1] != old_indptr[: within + 1])
    same = int(moved[0]) - 1 if len(moved) else within  # rows before it start and end alike
    nnz = int(old_indptr[same])
    differs = np.flatnonzero((data[:nnz] != old_data[:nnz]) | (indices[:nnz] != old_indices[:nnz]))
    if len(differs):
        same = int(np.searchsorted(old_indptr, differs[0], side="right")) - 1
        nnz = int(old_indptr[same])
    if n - same > share * n:
        return None
    out = {
        "counts+data": data[nnz:],
        "counts+indices": indices[nnz:],
        "counts+indptr": indptr[same:] - nnz,
        "counts+shape": np.asarray((n - same, width)),
        "counts+start": np.asarray(same),
    }
    if len(drop):
        out["counts+drop"] = drop
    return out


def with_tail(
    folder: Path,
    counts: Counts,
    joining: Callable[[tuple[Any, np.ndarray]], Any] | None = None,
) -> Counts:
    """The base's term counts (``counts``) less the rows dropped, up to the row where
    their changes (`CHANGES`) start, then theirs; ``counts`` when there are none."""
    path = folder / CHANGES
    if not path.exists():
        return counts
    try:
        with np.load(path, allow_pickle=False) as saved:
            if "counts+start" not in saved.files:
                return counts
            more, at, starts = saved["counts+data"], saved["counts+indices"], saved["counts+indptr"]
            k, new_width = (int(x) for x in saved["counts+shape"])
            same = int(saved["counts+start"])
            drop = saved["counts+drop"] if "counts+drop" in saved.files else np.zeros(0, np.int64)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StoryFilesError(f"story file {CHANGES} unreadable in {folder}: {error}") from error
    if not valid_drop(drop, counts[3][0]):
        raise StoryFilesError(f"the changes of story file {COUNTS} in {folder} are damaged")
    data, indices, indptr, (m, width) = _kept_counts(counts, drop, joining is not None)
    if (
        not 0 <= same <= m
        or len(starts) != k + 1
        or int(starts[0]) != 0
        or len(more) != int(starts[-1])
        or len(at) != len(more)
        or new_width < width
        or (more.dtype, at.dtype, starts.dtype) != (data.dtype, indices.dtype, indptr.dtype)
    ):
        raise StoryFilesError(f"the changes of story file {COUNTS} in {folder} are damaged")
    nnz = int(indptr[same])
    joined = np.concatenate if joining is None else joining
    return (
        joined((data[:nnz], more)),
        joined((indices[:nnz], at)),
        np.concatenate((indptr[: same + 1], starts[1:] + nnz)),
        (same + k, new_width),
    )


# --- the fingerprints ------------------------------------------------------------------


def _kept_fingerprints(
    hashes: np.ndarray, docs: np.ndarray, m: int, drop: np.ndarray
) -> tuple[np.ndarray, np.ndarray, int]:
    """The base's fingerprints of the rows kept (of its ``m``), rows renumbered; and how
    many rows are kept."""
    kept = kept_rows(m, drop)
    alive = np.zeros(m, dtype=bool)
    alive[kept] = True
    mine = alive[docs]
    return (
        np.asarray(hashes[mine]),
        _renumber(m, kept)[docs[mine]].astype(docs.dtype),
        len(kept),
    )


def fingerprint_changes(
    old: tuple[np.ndarray, np.ndarray],
    new: tuple[np.ndarray, np.ndarray],
    rows: tuple[int | None, int],
    previous: Previous,
    kept: np.ndarray | None,
    share: float,
) -> dict[str, np.ndarray] | None:
    """The changes that make the fingerprints ``new`` of the base's ``old``: the base's
    of the rows kept, then the others inserted where they fall; None when they are not
    that, or too many. ``rows``: the base model's rows (None: unknown) and the new model's."""
    (old_hash, old_doc), (hashes, docs) = old, new
    if (old_hash.dtype, old_doc.dtype) != (hashes.dtype, docs.dtype) or len(old_hash) != len(
        old_doc
    ):
        return None
    linked = "fp+at" in previous.saved
    m = int(previous.saved["fp+raw"]) if linked and "fp+raw" in previous.saved else rows[0]
    if m is None:
        m = int(old_doc.max()) + 1 if len(old_doc) else 0
    if len(old_doc) and int(old_doc.max()) >= m:
        return None
    before = previous.drop("fp+drop", m) if linked else np.zeros(0, np.int64)
    if before is None:
        return None
    drop = new_drop(m, before, m - len(before), kept)
    if len(drop) > share * m:
        return None
    base_hash, base_doc, lead = _kept_fingerprints(old_hash, old_doc, m, drop)
    inserted = docs >= lead
    at = np.flatnonzero(inserted)
    if len(at) > share * max(len(docs), 1) or lead > rows[1]:
        return None
    if not (
        np.array_equal(hashes[~inserted], base_hash) and np.array_equal(docs[~inserted], base_doc)
    ):
        return None
    out = {"fp+at": at, "fp+raw": np.asarray(m), "fp_hash+": hashes[at], "fp_doc+": docs[at]}
    if len(drop):
        out["fp+drop"] = drop
    return out


def folded_fingerprints(folder: Path, name: str, saved: Any) -> np.ndarray:
    """``fp_hash`` or ``fp_doc`` of a folder of changes (`fingerprint_changes`)."""
    damaged = StoryFilesError(f"the changes of story file {name}.npy in {folder} are damaged")
    try:
        hashes = np.load(folder / "fp_hash.npy", mmap_mode="r", allow_pickle=False)
        docs = np.load(folder / "fp_doc.npy", allow_pickle=False)
        at, m = saved["fp+at"], int(saved["fp+raw"])
        drop = saved["fp+drop"] if "fp+drop" in saved.files else np.zeros(0, np.int64)
        more_hash, more_doc = saved["fp_hash+"], saved["fp_doc+"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StoryFilesError(f"story file {name}.npy unreadable in {folder}: {error}") from error
    if (
        len(hashes) != len(docs)
        or docs.dtype.kind not in "iu"
        or (len(docs) and (int(docs.min()) < 0 or int(docs.max()) >= m))
        or not valid_drop(drop, m)
        or not valid_drop(at, len(at) + len(hashes))
        or len(more_hash) != len(at)
        or len(more_doc) != len(at)
        or (more_hash.dtype, more_doc.dtype) != (hashes.dtype, docs.dtype)
    ):
        raise damaged
    base_hash, base_doc, _ = _kept_fingerprints(hashes, docs, m, drop)
    base, more = (base_hash, more_hash) if name == "fp_hash" else (base_doc, more_doc)
    size = len(base) + len(at)
    if len(at) and int(at[-1]) >= size:
        raise damaged
    out = np.empty(size, base.dtype)
    inserted = np.zeros(size, dtype=bool)
    inserted[at] = True
    out[inserted] = more
    out[~inserted] = base
    return out
