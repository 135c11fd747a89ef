"""A story model on disk: JSON for names, NumPy arrays (never pickled) for numbers; read lazily."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.store import json_bytes

if TYPE_CHECKING:
    import numpy as np

FORMAT = 2
"""Bumped when the files change shape or meaning; an older folder is refused (rebuild the
index). 2: stored term counts weigh title words x3 and include the address's headline."""
DELTA_FORMAT = 4
"""A folder written with changes (`write` given a ``base``): format 2's files, some of them
hard-linked from the base and completed by their changes, all in one file (`CHANGES`:
for an array, the rows changed or added and their values; for the term counts, the rows
from the first changed on); code that knows only format 2 refuses it. A folder
without changes is still written as format 2, byte for byte as before. 4: the base's
rows an update dropped are dropped on read, and the fingerprints are the base's and the
ones inserted (`story_changes`); code that knows only 2 and 3 refuses it. 3 (no drops)
is still read."""
READABLE = (FORMAT, 3, DELTA_FORMAT)
DELTA_SHARE = 0.25
"""An array is written whole, not as its base and changes, when more than this share of
its rows changed (a compaction: the next update's changes are taken against it)."""
META = "stories.json"
CORE = ("time", "source", "story")
NEIGHBOURS = ("neighbours", "scores", "passage", "top_terms")
UPDATE = ("df", "fp_hash", "fp_doc")
LATER = ("genre", "long", "place", "ticker", "form")
"""Arrays an older model of this format may lack (an update then reads them as zeros)."""
_LATER_TYPES = {
    "genre": "int8",
    "long": "bool",
    "place": "int64",
    "ticker": "int64",
    "form": "int64",
}
COPY_DIGEST = "copy_digest"  # each row's `story_copies.digests`, if saved (story_copy_digest)
_LATER_WIDTH = {"ticker": 6, "form": 4}
"""Arrays of `LATER` with more than one column per row."""
COUNTS = "counts.npz"
CHANGES = "changes.npz"
"""What an update changed of the base's files (`write` with a base): ``NAME+rows`` and
``NAME+`` for an array, ``counts+data``, ``counts+indices``, ``counts+indptr``,
``counts+shape`` and ``counts+start`` (the first row changed) for the term counts."""
VOCAB = "vocab.json"


def later(arrays: dict[str, np.ndarray], name: str, n: int) -> np.ndarray:
    """The `LATER` array ``name`` of ``arrays``; zeros (no cue) for a model saved before it."""
    import numpy as np

    stored, kind = arrays.get(name), _LATER_TYPES[name]
    width = _LATER_WIDTH.get(name)
    if stored is None:
        return np.zeros(n if width is None else (n, width), kind)
    if width is not None and stored.shape[1] < width:  # a column added later: zeros
        return np.pad(np.asarray(stored, kind), ((0, 0), (0, width - stored.shape[1])))
    return np.asarray(stored, kind)


class StoryFilesError(Exception):
    """The story files are missing, damaged or of another format; ``str()`` says which."""


@dataclass(slots=True)
class Parts:
    """Everything a model holds, in the shapes it is saved in.

    Attributes:
        meta: ids, sources, stories (id, title), why-terms, parameters.
        arrays: Named NumPy arrays (see CORE, NEIGHBOURS, UPDATE, LATER).
        counts: (data, indices, indptr, shape) of the term-count matrix, or None.
        vocab: ``(stems, words)`` in id order (each stem's display word), or None.
    """

    meta: dict[str, Any]
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    counts: tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]] | None = None
    vocab: tuple[list[str], list[str]] | None = None
    kept: np.ndarray | None = None
    """An update's: a flag per row of the model it was made from, True for the rows it
    kept (they are its first rows, in order; `story_changes` writes against them)."""


def write(folder: Path, parts: Parts, base: Path | None = None) -> None:
    """Write every part into ``folder`` (created if needed).

    With ``base`` (the stories folder of the generation an update builds on), a file whose
    bytes are the base's is hard-linked from it, and an array (or the term counts) whose
    first rows are the base's file's is written as that file, hard-linked, and its changes
    (`DELTA_SHARE`): an update then writes, and its publish flushes, what changed, not the
    model (issue 21). What is read back (`read_array`, `read_counts`) is the same.

    The files are not flushed here: ``folder`` is in a generation not yet published,
    and publishing one flushes all its files at once (`index.store.generations.publish`).
    """
    import numpy as np

    from index.analysis import story_changes as delta

    folder.mkdir(parents=True, exist_ok=True)
    changes: dict[str, np.ndarray] = {}
    previous = delta.Previous(base) if base is not None else None
    arrays = {name: np.ascontiguousarray(array) for name, array in parts.arrays.items()}
    if previous is not None and all(name in arrays for name in delta.FP):
        _fingerprint_changes(folder, parts, arrays, previous, changes)
    for name, array in arrays.items():
        if name in changes or f"{name}+" in changes:
            continue
        if previous is not None and _array_changes(folder, name, array, previous, parts, changes):
            continue
        with open(folder / f"{name}.npy", "wb") as handle:
            np.save(handle, array, allow_pickle=False)
    if parts.counts is not None:
        if previous is not None and _count_changes(folder, parts, previous, changes):
            pass
        else:
            data, indices, indptr, shape = parts.counts
            with open(folder / COUNTS, "wb") as handle:
                np.savez(handle, data=data, indices=indices, indptr=indptr, shape=np.asarray(shape))
    if parts.vocab is not None:
        vocab = {"stems": parts.vocab[0], "words": parts.vocab[1]}
        _write_json(folder / VOCAB, vocab, base)
    if changes:
        with open(folder / CHANGES, "wb") as handle:
            np.savez(handle, **changes)  # type: ignore[arg-type]  # names, not allow_pickle
    meta_format = DELTA_FORMAT if changes else FORMAT
    meta = {key: value for key, value in parts.meta.items() if key != "format"}
    _write_json(folder / META, {"format": meta_format, **meta}, base)


def _array_changes(
    folder: Path,
    name: str,
    array: np.ndarray,
    previous: Any,
    parts: Parts,
    changes: dict[str, np.ndarray],
) -> bool:
    """Link the base's file of ``name`` and add what makes ``array`` of it to ``changes``
    (`story_changes.array_changes`); False (nothing done) when it cannot or should not."""
    from index.analysis import story_changes as delta

    if array.ndim == 0 or not array[:1].size:
        return False
    old = _base_array(previous.base / f"{name}.npy")
    if old is None:
        return False
    made = delta.array_changes(name, old, array, previous, parts.kept, DELTA_SHARE)
    if made is None:
        return False
    _link(previous.base / f"{name}.npy", folder / f"{name}.npy")
    changes.update(made)
    return True


def _count_changes(
    folder: Path, parts: Parts, previous: Any, changes: dict[str, np.ndarray]
) -> bool:
    """Link the base's ``counts.npz`` and add the changes of the term counts
    (`story_changes.count_changes`); False (nothing done) when too many differ."""
    from index.analysis import story_changes as delta
    from index.analysis.story_mapped import map_npz

    assert parts.counts is not None
    try:
        old = map_npz(previous.base / COUNTS)
    except StoryFilesError:
        return False
    made = delta.count_changes(old, parts.counts, previous, parts.kept, DELTA_SHARE)
    if made is None:
        return False
    _link(previous.base / COUNTS, folder / COUNTS)
    changes.update(made)
    return True


def _fingerprint_changes(
    folder: Path,
    parts: Parts,
    arrays: dict[str, np.ndarray],
    previous: Any,
    changes: dict[str, np.ndarray],
) -> None:
    """Link the base's fingerprint files and add the new ones to ``changes``
    (`story_changes.fingerprint_changes`) when they are the base's and a few more."""
    from index.analysis import story_changes as delta

    old = [_base_array(previous.base / f"{name}.npy") for name in delta.FP]
    if old[0] is None or old[1] is None:
        return
    rows = (None if parts.kept is None else len(parts.kept), len(parts.meta.get("ids", ())))
    made = delta.fingerprint_changes(
        (old[0], old[1]),
        (arrays["fp_hash"], arrays["fp_doc"]),
        rows,
        previous,
        parts.kept,
        DELTA_SHARE,
    )
    if made is None:
        return
    for name in delta.FP:
        _link(previous.base / f"{name}.npy", folder / f"{name}.npy")
    changes.update(made)


def _write_json(path: Path, value: object, base: Path | None = None) -> None:
    # orjson's bytes, as `json.dumps` (compact, not ASCII-only) writes them: ~6x quicker
    # on the 0.7 MB vocabulary and 1.5 MB stories of Reuters (an update's child writes both)
    text = json_bytes.dumps(value)
    if base is not None and _same_bytes(base / path.name, text):
        _link(base / path.name, path)
        return
    with open(path, "wb") as handle:
        handle.write(text)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _link(source: Path, target: Path) -> None:
    """Hard-link a base file (its bytes are the new file's), or copy it."""
    import os
    import shutil

    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _base_array(path: Path) -> np.ndarray | None:
    import numpy as np

    try:
        old: np.ndarray = np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError):
        return None
    return old


def read_meta(folder: Path, leave: tuple[str, ...] = ()) -> dict[str, Any]:
    """The JSON part, less the keys in ``leave`` (a reader needs no per-article titles: they
    are an update's); raises `StoryFilesError` when it is missing or of another format."""
    try:
        # not orjson (`json_bytes`): it peaked 17 MB higher on 100,000 articles (issue 21)
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise StoryFilesError(f"stories unreadable in {folder}: {error}") from error
    if not isinstance(meta, dict) or meta.get("format") not in READABLE:
        raise StoryFilesError(f"stories in {folder} are of another format: rebuild the index")
    return {key: value for key, value in meta.items() if key not in leave}


def check_format(folder: Path) -> None:
    """Raise `StoryFilesError` as `read_meta` does, reading the start of the JSON part only
    (`write` puts the format first; the whole is read when it does not start so)."""
    try:
        with open(folder / META, "rb") as handle:
            head = handle.read(64)
    except OSError as error:
        raise StoryFilesError(f"stories unreadable in {folder}: {error}") from error
    found = re.match(rb'\{\s*"format"\s*:\s*(\d+)\s*,', head)
    if found is None:
        read_meta(folder)
    elif int(found[1]) not in READABLE:
        raise StoryFilesError(f"stories in {folder} are of another format: rebuild the index")


def read_array(folder: Path, name: str, *, mapped: bool = False) -> np.ndarray:
    """One array; ``mapped`` maps it from the file instead of reading it (pages load on use)."""
    import numpy as np

    from index.analysis import story_changes as delta

    try:
        array: np.ndarray = np.load(
            folder / f"{name}.npy", mmap_mode="r" if mapped else None, allow_pickle=False
        )
        if not (folder / CHANGES).exists():
            return array
        with np.load(folder / CHANGES, allow_pickle=False) as saved:
            if name in delta.FP and "fp+at" in saved.files:
                return delta.folded_fingerprints(folder, name, saved)
            if f"{name}+rows" not in saved.files:
                return array
            keys = (f"{name}+rows", f"{name}+", f"{name}+drop")
            mine = {key: saved[key] for key in keys if key in saved.files}
    except (OSError, ValueError, KeyError) as error:
        raise StoryFilesError(f"story file {name}.npy unreadable in {folder}: {error}") from error
    return delta.folded(folder, name, array, mine)


def read_counts(
    folder: Path, *, mapped: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    """The term-count matrix as (data, indices, indptr, shape). ``mapped``: the base's
    arrays mapped from the file, not read (`story_mapped.map_npz`), for a caller that only
    takes rows of them into new arrays (an update: 55 MB at 100,000 articles)."""
    from index.analysis.story_changes import with_tail

    if mapped:
        from index.analysis.story_mapped import map_npz

        return with_tail(folder, map_npz(folder / COUNTS))
    return with_tail(folder, read_npz(folder / COUNTS))


def read_npz(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as saved:
            rows, cols = (int(x) for x in saved["shape"])
            return saved["data"], saved["indices"], saved["indptr"], (rows, cols)
    except (OSError, ValueError, KeyError) as error:
        raise StoryFilesError(
            f"story file {path.name} unreadable in {path.parent}: {error}"
        ) from error


def read_vocab(folder: Path) -> tuple[list[str], list[str]]:
    """The stems and their display words, in id order."""
    try:
        vocab = json.loads((folder / VOCAB).read_text(encoding="utf-8"))
        stems, words = vocab["stems"], vocab["words"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StoryFilesError(f"story file {VOCAB} unreadable in {folder}: {error}") from error
    if not isinstance(stems, list) or not isinstance(words, list) or len(stems) != len(words):
        raise StoryFilesError(f"story file {VOCAB} in {folder} is damaged")
    return [str(s) for s in stems], [str(w) for w in words]
