"""The rows of a file of outlet leans for `outlets lean --from FILE`: a CSV or TSV of
outlet,lean (a header optional), a JSON object of outlet names to leans (``leans.json``
itself), a JSON array of {"outlet", "lean"} records (what `outlets --json` prints), or
JSONL of such records. Reading names no side: `entry_side` does, as the corpus's
metadata is read (`index.leans.lean_of`: "Lean Left" is left)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from index.models import LEAN_FIELDS, Lean, lean_of

OUTLET_FIELDS = ("outlet", "source", "name", "news_source", "publication")
"""The names a header or a record may give the outlet's column (any case)."""
SIDE_FIELDS = (*LEAN_FIELDS, "rating", "side")
"""The names a header or a record may give the lean's column (any case)."""
TOO_DEEP = "nested too deeply"
"""Why a file (or line) nested deeper than Python's parser goes is refused (fx159), in
the words a build uses for such a file (`index.ingest.decode.TOO_DEEP`)."""


@dataclass(frozen=True)
class Entry:
    """One row of the file: where it is (line, or record number of a JSON array or
    object), the outlet as written, and its lean as written (None: the record gives none,
    as `outlets --json` does for an outlet of no lean)."""

    where: int
    outlet: str
    lean: str | None


def entry_side(value: str) -> tuple[Lean | None, str | None]:
    """What a row's lean sets: a side ("Lean Left" -> left, as the corpus's metadata is
    read) or None for "none" (take the outlet out of the map); and, when it names neither,
    the reason it is refused."""
    if value.strip().lower() == "none":
        return None, None
    side = lean_of(value)
    if side is None:
        return None, f"{value!r} names no side (left, center, right or none)"
    return side, None


def read_entries(path: Path) -> list[Entry]:
    """The rows of the file, in order.

    Raises:
        ValueError: It cannot be read, or is neither JSON/JSONL of outlets and leans nor a
            CSV/TSV of two columns.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot read {path}: {error}") from error
    start = text.lstrip()[:1]
    if start in ("{", "["):
        return _json_entries(text, path)
    return _table_entries(text, path)


def _field(record: dict[str, object], names: tuple[str, ...]) -> object:
    """The record's value under the first of ``names`` it has (any case), else None."""
    fields = {str(key).strip().lower(): value for key, value in record.items()}
    return next((fields[name] for name in names if name in fields), None)


def _record_entry(record: object, where: int, path: Path) -> Entry:
    """An {"outlet", "lean"} record as an entry (a null lean: none given)."""
    if not isinstance(record, dict):
        raise ValueError(f"{path}:{where}: not a JSON object with an outlet and a lean")
    outlet, lean = _field(record, OUTLET_FIELDS), _field(record, SIDE_FIELDS)
    if not isinstance(outlet, str) or not (lean is None or isinstance(lean, str)):
        raise ValueError(f'{path}:{where}: a record needs "outlet" and "lean" as text')
    return Entry(where, outlet, lean)


def _line_entry(line: str, n: int, path: Path, whole: json.JSONDecodeError | None) -> Entry:
    """The entry of line ``n`` of a JSONL file; ``whole`` is why the file as one JSON value
    failed, given for its first line: when that fails too, the file is no JSONL, and the
    whole's error names the place. A later line's error names its line, ``path:n``, as a
    line's own error counts from 1 ("line 1 column 17" said of line 2: rv69)."""
    try:
        return _record_entry(json.loads(line), n, path)
    except json.JSONDecodeError as error:
        if whole is not None:
            raise ValueError(f"{path}: not readable as JSON or JSONL ({whole})") from error
        said = f"{error.msg}, column {error.colno}"
        raise ValueError(f"{path}:{n}: not readable as JSON ({said})") from error
    except RecursionError:
        raise ValueError(f"{path}:{n}: not readable as JSON ({TOO_DEEP})") from None


def _json_entries(text: str, path: Path) -> list[Entry]:
    """The entries of a JSON object, array or JSONL file."""
    try:
        data = json.loads(text)
    except RecursionError:  # deeper than json goes (fx159: was a traceback)
        raise ValueError(f"{path}: not readable as JSON ({TOO_DEEP})") from None
    except json.JSONDecodeError as whole:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        return [
            _line_entry(line, n, path, None if i else whole) for i, (n, line) in enumerate(lines)
        ]
    if isinstance(data, list):
        return [_record_entry(record, n, path) for n, record in enumerate(data, 1)]
    if isinstance(data, dict) and _field(data, OUTLET_FIELDS) is not None:
        return [_record_entry(data, 1, path)]  # one record, JSONL of one line
    assert isinstance(data, dict)
    entries = []
    for n, (outlet, lean) in enumerate(data.items(), 1):  # leans.json's own shape
        if not (lean is None or isinstance(lean, str)):
            raise ValueError(f"{path}: {outlet!r}'s lean should be text, not {lean!r}")
        entries.append(Entry(n, outlet, lean))
    return entries


def _table_entries(text: str, path: Path) -> list[Entry]:
    """The entries of a CSV or TSV (a tab in the first line: TSV). A first row whose lean
    names no side while its cells name the columns ("outlet", "lean", "rating"...) is the
    header, and picks the columns; else the outlet is the first column, the lean the second."""
    first = text.lstrip("\n").split("\n", 1)[0]
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if "\t" in first else ","))
    numbered = [(n, [cell.strip() for cell in row]) for n, row in enumerate(rows, 1)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    outlet_at, lean_at = 0, 1
    if numbered:
        cells = [cell.lower() for cell in numbered[0][1]]
        named = [i for i, cell in enumerate(cells) if cell in OUTLET_FIELDS]
        sides = [i for i, cell in enumerate(cells) if cell in SIDE_FIELDS]
        if named or sides:
            outlet_at = named[0] if named else 0
            lean_at = sides[0] if sides else 1
            numbered = numbered[1:]
    entries = []
    for n, row in numbered:
        if len(row) <= max(outlet_at, lean_at):
            raise ValueError(f"{path}:{n}: should give an outlet and its lean, not {row!r}")
        entries.append(Entry(n, row[outlet_at], row[lean_at]))
    return entries
