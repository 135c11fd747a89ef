"""The term counts of a story model mapped from their file (pages load on use), not read into
memory: `map_counts`, with the base's entries less dropped rows (`Dropped`) and then an
update's (`Joined`), read by position (`story_files` reads and writes the rest)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.analysis.story_files import COUNTS, StoryFilesError, read_npz

if TYPE_CHECKING:
    import numpy as np


def positions(at: np.ndarray, starts: np.ndarray, raw_starts: np.ndarray) -> np.ndarray:
    """Positions in runs of entries (first positions ``starts``) in their base (the runs'
    first entries there ``raw_starts``)."""
    import numpy as np

    run = np.searchsorted(starts, at, side="right") - 1
    return raw_starts[run] + (at - starts[run])


class Dropped:
    """A mapped base's entries less those of dropped rows, read by position (runs of
    the base's entries), for `map_counts`: the base stays mapped, not copied."""

    def __init__(self, base: Any, starts: np.ndarray, raw_starts: np.ndarray, size: int) -> None:
        self._base, self._starts, self._raw_starts, self._size = base, starts, raw_starts, size
        self.dtype = base.dtype

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, at: Any) -> Any:
        import numpy as np

        if isinstance(at, slice):  # `with_tail` takes the first entries
            return Dropped(self._base, self._starts, self._raw_starts, len(range(self._size)[at]))
        at = np.asarray(at, np.int64)
        if not len(self._starts):
            return np.empty(at.shape, self.dtype)
        return np.asarray(self._base[positions(at, self._starts, self._raw_starts)])

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        import numpy as np

        whole = self[np.arange(self._size, dtype=np.int64)]
        return whole if dtype is None else whole.astype(dtype)


class Joined:
    """Two arrays read as one, for `map_counts`: a mapped base's entries then the changes',
    indexed by an array of positions (as `related_fill.FillIndex` reads them) without
    copying the base into memory."""

    def __init__(self, parts: tuple[Any, np.ndarray]) -> None:
        self._base, self._tail = parts
        self.dtype = self._base.dtype

    def __len__(self) -> int:
        return len(self._base) + len(self._tail)

    def __getitem__(self, at: np.ndarray) -> np.ndarray:
        import numpy as np

        at = np.asarray(at, np.int64)
        split = len(self._base)
        out = np.empty(at.shape, self.dtype)
        low = at < split
        out[low] = self._base[at[low]]
        out[~low] = self._tail[at[~low] - split]
        return out

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        import numpy as np

        whole = np.concatenate((np.asarray(self._base), self._tail))
        return whole if dtype is None else whole.astype(dtype)


def map_counts(folder: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    """`story_files.read_counts`, with its arrays mapped from the file (pages load on use): the
    members of an uncompressed ``.npz`` lie in it whole. Read whole when one is compressed.
    When an update left changes of them (`CHANGES`), the entries are the mapped base's
    then the changes' (`Joined`: read by positions, as `related_fill` reads them), less
    those of the rows an update dropped (`Dropped`)."""
    from index.analysis.story_changes import with_tail

    return with_tail(folder, map_npz(folder / COUNTS), Joined)


def map_npz(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    import struct
    import zipfile

    import numpy as np

    folder = path.parent
    try:
        with zipfile.ZipFile(path) as archive, open(path, "rb") as handle:
            mapped: dict[str, np.ndarray] = {}
            for info in archive.infolist():
                if info.compress_type != zipfile.ZIP_STORED:
                    return read_npz(path)
                handle.seek(info.header_offset + 26)  # the local header's name and extra sizes
                name_size, extra_size = struct.unpack("<HH", handle.read(4))
                handle.seek(info.header_offset + 30 + name_size + extra_size)
                version = np.lib.format.read_magic(handle)
                read_header = getattr(np.lib.format, f"read_array_header_{version[0]}_0")
                shape, fortran, dtype = read_header(handle)
                if fortran or dtype.hasobject:
                    return read_npz(path)
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
        raise StoryFilesError(f"story file {path.name} unreadable in {folder}: {error}") from error
