"""Reading and cleaning in the worker processes: units of work, and what each gives back.

On a rebuild with worker processes, the main process only finds the files (and reads a
JSON Lines file's lines, which is mere I/O); each worker reads, decodes, cleans and
extracts the metadata of the units it is sent, keeps the articles, and answers with one
small result per unit: each article's id and listing row, or why it was skipped. The main
process decides, in the corpus's order, which articles are indexed (the first of two with
one id), and tells the worker that cleaned them (`index.store.feed`).

A unit is a tuple:

- ``("file", source)``: a whole file (any format but JSON Lines), read as `read_source`
  reads it; gives ``("read", digest, rows, skipped, lines, records)`` (lines, records:
  `ReadResult`'s) or ``("error", reason)``.
- ``("line", source, lineno, line)``: one non-blank JSON Lines record; gives
  ``("row", row, lineno, notes, keyed)`` (notes: the bad fields left out, `line_article`;
  keyed: when its id is its `record_key`, its content's digest: the main process tells it
  apart from the file's others of that key, `Keys`, and has it indexed renamed) or
  ``("skip", skipped)``.
- ``("big", source, lineno)``: a JSON Lines record too large to read; gives ``("skip", ...)``.
- ``("end", source)``: the end of a JSON Lines file; gives ``("end", skipped)`` (its
  sidecar's skip, as `read_source` adds it).
- ``("fail", source, reason)``: a file the main process could not read; gives
  ``("error", reason)``.

A row is ``[id, title, title_derived, source, date]`` (the date in ISO form or None).
"""

from __future__ import annotations

from typing import Any

from index.ingest.files import ReadError
from index.ingest.readers import read_source, sidecar_of
from index.ingest.records import keyed_article, too_large
from index.models import Article, Skipped
from index.store.collect import row_of

Unit = tuple[Any, ...]


def clean_unit(unit: Unit, into: list[Article]) -> tuple[Any, ...]:
    """Read one unit; its articles are appended to ``into``, in order, and its result returned."""
    kind, source = unit[0], unit[1]
    if kind == "file":
        try:
            result = read_source(source)
        except ReadError as error:
            return ("error", str(error))
        into.extend(result.articles)
        rows = [row_of(a) for a in result.articles]
        return ("read", result.digest, rows, result.skipped, result.lines, result.records)
    if kind == "line":
        notes: list[Skipped] = []
        found, keyed = keyed_article(source, unit[3], unit[2], notes)
        if isinstance(found, Article):
            into.append(found)
            return ("row", row_of(found), unit[2], notes, keyed)
        return ("skip", found)
    if kind == "big":
        return ("skip", too_large(source, unit[2]))
    if kind == "end":
        return ("end", sidecar_of(source)[1])
    if kind == "fail":
        return ("error", unit[2])
    raise ValueError(f"unknown unit {kind!r}")
