"""A story model on disk: JSON for names, NumPy arrays (never pickled) for numbers; read lazily."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

FORMAT = 2
"""Bumped when the files change shape or meaning; an older folder is refused (rebuild the
index). 2: stored term counts weigh title words x3 and include the address's headline."""
META = "stories.json"
CORE = ("time", "source", "story")
NEIGHBOURS = ("neighbours", "scores", "passage", "top_terms")
UPDATE = ("df", "fp_hash", "fp_doc")
LATER = ("genre", "long")
"""Arrays an older model of this format may lack (an update then reads them as zeros)."""
COUNTS = "counts.npz"
VOCAB = "vocab.json"


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


def write(folder: Path, parts: Parts) -> None:
    """Write every part into ``folder`` (created if needed).

    The files are not flushed here: ``folder`` is in a generation not yet published,
    and publishing one flushes all its files at once (`index.store.generations.publish`).
    """
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    _write_json(folder / META, {"format": FORMAT, **parts.meta})
    for name, array in parts.arrays.items():
        with open(folder / f"{name}.npy", "wb") as handle:
            np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
    if parts.counts is not None:
        data, indices, indptr, shape = parts.counts
        with open(folder / COUNTS, "wb") as handle:
            np.savez(handle, data=data, indices=indices, indptr=indptr, shape=np.asarray(shape))
    if parts.vocab is not None:
        _write_json(folder / VOCAB, {"stems": parts.vocab[0], "words": parts.vocab[1]})


def _write_json(path: Path, value: object) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        # dumps, not dump: json.dump encodes in Python, piece by piece, several times slower
        handle.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def read_meta(folder: Path) -> dict[str, Any]:
    """The JSON part; raises `StoryFilesError` when it is missing or of another format."""
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise StoryFilesError(f"stories unreadable in {folder}: {error}") from error
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise StoryFilesError(f"stories in {folder} are of another format: rebuild the index")
    return meta


def read_array(folder: Path, name: str, *, mapped: bool = False) -> np.ndarray:
    """One array; ``mapped`` maps it from the file instead of reading it (pages load on use)."""
    import numpy as np

    try:
        array: np.ndarray = np.load(
            folder / f"{name}.npy", mmap_mode="r" if mapped else None, allow_pickle=False
        )
    except (OSError, ValueError) as error:
        raise StoryFilesError(f"story file {name}.npy unreadable in {folder}: {error}") from error
    return array


def read_counts(folder: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    """The term-count matrix as (data, indices, indptr, shape)."""
    import numpy as np

    try:
        with np.load(folder / COUNTS, allow_pickle=False) as saved:
            rows, cols = (int(x) for x in saved["shape"])
            return saved["data"], saved["indices"], saved["indptr"], (rows, cols)
    except (OSError, ValueError, KeyError) as error:
        raise StoryFilesError(f"story file {COUNTS} unreadable in {folder}: {error}") from error


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


def map_counts(folder: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    """`read_counts`, with its arrays mapped from the file (pages load on use): the
    members of an uncompressed ``.npz`` lie in it whole. Read whole when one is compressed."""
    import struct
    import zipfile

    import numpy as np

    path = folder / COUNTS
    try:
        with zipfile.ZipFile(path) as archive, open(path, "rb") as handle:
            mapped: dict[str, np.ndarray] = {}
            for info in archive.infolist():
                if info.compress_type != zipfile.ZIP_STORED:
                    return read_counts(folder)
                handle.seek(info.header_offset + 26)  # the local header's name and extra sizes
                name_size, extra_size = struct.unpack("<HH", handle.read(4))
                handle.seek(info.header_offset + 30 + name_size + extra_size)
                version = np.lib.format.read_magic(handle)
                read_header = getattr(np.lib.format, f"read_array_header_{version[0]}_0")
                shape, fortran, dtype = read_header(handle)
                if fortran or dtype.hasobject:
                    return read_counts(folder)
                at = handle.tell()
                key = info.filename.removesuffix(".npy")
                empty = not all(shape)  # a file of nothing cannot be mapped
                mapped[key] = (
                    np.empty(shape, dtype)
                    if empty
                    else np.memmap(path, dtype=dtype, mode="r", offset=at, shape=shape)
                )
            rows, cols = (int(x) for x in mapped["shape"])
            return mapped["data"], mapped["indices"], mapped["indptr"], (rows, cols)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, struct.error) as error:
        raise StoryFilesError(f"story file {COUNTS} unreadable in {folder}: {error}") from error
