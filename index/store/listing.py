"""The listing of a generation (id -> title, outlet, date, file) as columns, read at once.

A build writes the listing twice: ``listing.json`` (what updates read and older
versions of broadsheet open) and `PACKED`, the same rows as columns in Python's
`marshal` format behind a checksum. At 100,000 articles the JSON is 12 MB and
parsing it into a dict of row lists took about 0.23 s of CPU and 50 MB on every open;
the columns load in about 0.03 s and hold the outlets and files once each. `Listing`
gives them the dict's face (id -> ``[title, title_derived, source, ISO date or None,
file]``, in the build's order), making a row only when one is asked for, and the columns
themselves to whoever passes over every article (`index.search.filters`).

A packed file that is missing, of another version, damaged (its checksum) or of
another shape is ignored and the JSON read instead, as before it existed. So is one the
manifest does not vouch for (`MANIFEST_KEY`): an update by a version of broadsheet that
predates the packed listing hard-links the previous generation's ``listing.bin`` into
the new one and rewrites only the JSON; that stale file is whole, and its checksum is
even in the manifest.
"""

from __future__ import annotations

import marshal
import os
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from index.errors import IndexDamaged
from index.store.json_bytes import loads

PACKED = "listing.bin"
"""The packed listing's name in a generation folder (beside ``listing.json``)."""
MAGIC = b"BSLST1\n"
"""The first bytes of a packed listing; then the CRC-32 of the rest (4 bytes, big-endian)."""
MANIFEST_KEY = "packed_listing"
"""The manifest field holding the CRC-32 of the generation's packed listing (as in its
header): a packed listing is read only when it is the one its build wrote."""
MARSHAL_VERSION = 4
"""`marshal`'s format 4 (Python 3.4 on) reads the same in every later version."""

Row = list[Any]


class Listing(Mapping[str, Row]):
    """The listed articles of a generation by id, held as columns.

    ``listing[id]`` is ``[title, title_derived, source, ISO date or None, file]`` (a new
    list each time: changing it changes nothing). Iteration is in the build's order.
    """

    __slots__ = (
        "_file_of",
        "_files",
        "_place",
        "_source_of",
        "_sources",
        "dates",
        "derived",
        "ids",
        "titles",
    )

    def __init__(
        self,
        ids: list[str],
        titles: list[str],
        derived: bytes,
        sources: list[str | None],
        source_of: Sequence[int],
        dates: list[str | None],
        files: list[str],
        file_of: Sequence[int],
    ) -> None:
        self.ids = ids
        self.titles = titles
        self.derived = derived
        self.dates = dates
        self._sources = sources
        self._source_of = source_of
        self._files = files
        self._file_of = file_of
        self._place: dict[str, int] | None = None

    @classmethod
    def from_rows(cls, rows: Mapping[str, Row]) -> Listing:
        """A listing of id -> row (as ``listing.json`` holds it)."""
        sources: dict[str | None, int] = {}
        files: dict[str, int] = {}
        values = list(rows.values())
        source_of = array("I", [sources.setdefault(row[2], len(sources)) for row in values])
        file_of = array("I", [files.setdefault(row[4], len(files)) for row in values])
        return cls(
            list(rows),
            [row[0] for row in values],
            bytes(1 if row[1] else 0 for row in values),
            list(sources),
            source_of,
            [row[3] for row in values],
            list(files),
            file_of,
        )

    # -- the dict's face ------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self.places

    def __getitem__(self, article_id: str) -> Row:
        return self.row(self.places[article_id])

    @property
    def places(self) -> dict[str, int]:
        """Each id's place in the columns (made on first use, then kept)."""
        if self._place is None:
            self._place = {article_id: n for n, article_id in enumerate(self.ids)}
        return self._place

    def row(self, n: int) -> Row:
        """The row at place ``n``."""
        return [
            self.titles[n],
            bool(self.derived[n]),
            self._sources[self._source_of[n]],
            self.dates[n],
            self._files[self._file_of[n]],
        ]

    def rows(self) -> Iterator[tuple[str, Row]]:
        """(id, row) for every article, in order (as ``dict.items()`` would give them)."""
        sources, files = self._sources, self._files
        for article_id, title, derived, source, date, file in zip(
            self.ids,
            self.titles,
            self.derived,
            self._source_of,
            self.dates,
            self._file_of,
            strict=True,
        ):
            yield article_id, [title, bool(derived), sources[source], date, files[file]]

    def sources(self) -> list[str | None]:
        """The outlet of each article, in order (one string per outlet, shared)."""
        table = self._sources
        return [table[n] for n in self._source_of]

    def to_rows(self) -> dict[str, Row]:
        """The listing as ``listing.json`` holds it."""
        return dict(self.rows())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return len(self) == len(other) and all(
                other.get(article_id) == row for article_id, row in self.rows()
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


# -- the file -----------------------------------------------------------------------------


def pack(listing: Mapping[str, Row]) -> bytes:
    """The packed file's bytes for ``listing`` (id -> row)."""
    columns = listing if isinstance(listing, Listing) else Listing.from_rows(listing)
    body = marshal.dumps(
        [
            columns.ids,
            columns.titles,
            columns.derived,
            columns._sources,
            array("I", columns._source_of).tobytes(),
            columns.dates,
            columns._files,
            array("I", columns._file_of).tobytes(),
        ],
        MARSHAL_VERSION,
    )
    return MAGIC + zlib.crc32(body).to_bytes(4, "big") + body


def unpack(data: bytes, crc: int | None = None) -> Listing:
    """The listing packed in ``data`` (whose body's CRC-32 must be ``crc``, if given).

    Raises:
        ValueError: Not a packed listing of this version, damaged, of another shape, or
            not the one of checksum ``crc``.
    """
    head = len(MAGIC) + 4
    if not data.startswith(MAGIC) or len(data) < head:
        raise ValueError("not a packed listing of this version")
    body = data[head:]
    stated = int.from_bytes(data[len(MAGIC) : head], "big")
    if crc is not None and stated != crc:
        raise ValueError("another packed listing than the manifest's")
    if zlib.crc32(body) != stated:
        raise ValueError("packed listing damaged (checksum)")
    try:
        value = marshal.loads(body)
    except (EOFError, TypeError) as error:
        raise ValueError("packed listing damaged") from error
    if not isinstance(value, list) or len(value) != 8:
        raise ValueError("packed listing of another shape")
    ids, titles, derived, sources, source_raw, dates, files, file_raw = value
    source_of, file_of = _indexes(source_raw, len(sources)), _indexes(file_raw, len(files))
    count = len(ids) if isinstance(ids, list) else -1
    if not (
        _strings(ids)
        and _strings(titles)
        and isinstance(derived, bytes)
        and _strings(files)
        and _strings(sources, none=True)
        and _strings(dates, none=True)
        and count == len(titles) == len(derived) == len(dates) == len(source_of) == len(file_of)
    ):
        raise ValueError("packed listing of another shape")
    return Listing(ids, titles, derived, sources, source_of, dates, files, file_of)


def _strings(value: object, *, none: bool = False) -> bool:
    if not isinstance(value, list):
        return False
    kinds = {type(item) for item in value}
    return kinds <= ({str, type(None)} if none else {str})


def _indexes(raw: object, bound: int) -> array[int]:
    if not isinstance(raw, bytes) or len(raw) % array("I").itemsize:
        raise ValueError("packed listing of another shape")
    found = array("I")
    found.frombytes(raw)
    if found and max(found) >= bound:
        raise ValueError("packed listing of another shape")
    return found


def write_packed(folder: Path, listing: Mapping[str, Row]) -> int:
    """Write ``folder``'s packed listing (a temporary file renamed over it; the generation's
    publication flushes it, as it does ``listing.json``).

    Returns:
        Its CRC-32, for the manifest's `MANIFEST_KEY`.
    """
    path = folder / PACKED
    tmp = path.with_name(path.name + ".part")
    data = pack(listing)
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "big")


def read_listing(folder: Path, json_name: str, manifest: Mapping[str, Any]) -> Listing:
    """The listing of generation ``folder``: the packed one if it is whole and the one
    ``manifest`` vouches for (`MANIFEST_KEY`), else the JSON.

    Raises:
        IndexDamaged: Neither can be read.
    """
    crc = manifest.get(MANIFEST_KEY)
    if isinstance(crc, int) and not isinstance(crc, bool):
        try:
            return unpack((folder / PACKED).read_bytes(), crc)
        except (OSError, ValueError):
            pass
    path = folder / json_name
    try:
        rows = loads(path.read_bytes())
    except FileNotFoundError as error:
        raise IndexDamaged(f"index file {json_name} is missing") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise IndexDamaged(f"index file {json_name} is damaged") from error
    if not isinstance(rows, dict) or not all(
        isinstance(row, list) and len(row) == 5 for row in rows.values()
    ):
        raise IndexDamaged(f"index file {json_name} is damaged")
    return Listing.from_rows(rows)
