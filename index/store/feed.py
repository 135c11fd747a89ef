"""The main process of a rebuild with worker processes: it feeds units, the workers read.

Reading, decoding, cleaning and metadata extraction run in the workers
(`index.store.units`); this process only finds the files, reads a JSON Lines file's lines,
and applies the workers' small results in the corpus's order: the listing, each file's
manifest entry, the skipped records, and which articles are indexed (the first of two
with one id, as `index.store.collect.Collector` decides when it reads them itself). What
it builds is exactly what a `Collector` builds from the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.ingest.digests import record_digest
from index.ingest.files import ReadError, SourceFile
from index.ingest.readers import READERS
from index.ingest.records import Keys, jsonl_lines, read_jsonl, repeated_urls
from index.models import ProgressCallback, Skipped
from index.store.collect import Collector
from index.store.pool import BATCH_CHARS, BATCH_DOCS, ParallelWriter
from index.store.units import Unit


@dataclass(slots=True)
class _File:
    """One file on its way: what its units gave so far."""

    source: SourceFile
    digest: str | None = None
    error: str | None = None
    ids: list[str] = field(default_factory=list)
    duplicates: list[Skipped] = field(default_factory=list)
    skips: list[Skipped] = field(default_factory=list)
    lines: int = 0
    """A JSON Lines file's records (its non-blank lines); 0 for another file."""
    read: int = 0
    """Of them, those whose results were applied (the progress within the file)."""
    digests: dict[int, bytes] = field(default_factory=dict)
    """A JSON Lines file's: each record's digest by line (`record_digest`)."""
    records: list[bytes] | None = None
    """A JSON Lines file's: the digest of each article kept, in order."""
    keys: Keys = field(default_factory=Keys)
    """A JSON Lines file's keyed ids so far (`index.ingest.records.Keys`)."""


class Feeder(Collector):
    """Feeds a `ParallelWriter`'s workers files to read; keeps the manifest and listing.

    Used as a `Collector` is: `add_file` for each file in order, then `finish`.
    ``extracted`` stays empty: the workers extract (`ParallelWriter.extracted`).
    """

    def __init__(
        self,
        writer: ParallelWriter,
        files: dict[str, Any],
        listing: dict[str, list[Any]],
        on_progress: ProgressCallback | None,
        total: int,
    ) -> None:
        super().__init__(writer, files, listing, on_progress, total)
        self.pool = writer.pool
        self._units: list[Unit] = []
        self._owners: list[_File] = []
        self._size = 0
        self._batches: dict[int, list[_File]] = {}
        self._sent = 0
        self._applied = 0

    def add_file(self, source: SourceFile) -> None:
        """Queue a file: whole, or a JSON Lines file line by line (read here)."""
        owner = _File(source)
        if READERS.get(source.path.suffix.lower()) is not read_jsonl:
            self._add(("file", source), source.size, owner)
            return
        try:
            lines, owner.digest = jsonl_lines(source)
        except ReadError as error:
            self._add(("fail", source, str(error)), 0, owner)
            return
        owner.lines, owner.records = len(lines), []
        owner.keys = Keys(repeated_urls(lines))  # parses the lines naming a url (not null)
        for lineno, line in lines:
            if line is None:
                self._add(("big", source, lineno), 0, owner)
            else:
                owner.digests[lineno] = record_digest(line)
                self._add(("line", source, lineno, line), len(line), owner)
        self._add(("end", source), 0, owner)

    def finish(self) -> None:
        """Send what is queued and apply every result (the workers then index on)."""
        self._flush()
        while self._applied < self._sent:
            self.pool.wait_cleaned()
            self._apply_ready()

    def _add(self, unit: Unit, size: int, owner: _File) -> None:
        self._units.append(unit)
        self._owners.append(owner)
        self._size += size
        if len(self._units) >= BATCH_DOCS or self._size >= BATCH_CHARS:
            self._flush()

    def _flush(self) -> None:
        if self._units:
            self._apply_ready()
            while self.pool.full():  # each batch ready in order is sent to be indexed
                self.pool.wait_cleaned()
                self._apply_ready()
            self._batches[self.pool.clean(self._units)] = self._owners
            self._sent += 1
            self._units, self._owners, self._size = [], [], 0
        self._apply_ready()

    def _apply_ready(self) -> None:
        """Apply the cleaned batches that are next in order, and have each indexed."""
        while self._applied in self.pool.cleaned:
            batch = self._applied
            _, results = self.pool.cleaned[batch]
            keep: list[bool | str] = []
            for owner, result in zip(self._batches.pop(batch), results, strict=True):
                self._apply(owner, result, keep)
            self.pool.index_cleaned(batch, keep)
            self._applied += 1

    def _apply(self, owner: _File, result: tuple[Any, ...], keep: list[bool | str]) -> None:
        kind = result[0]
        if kind in ("row", "skip") and owner.lines:  # a record: the bar moves (nu28 #9)
            owner.read += 1
            self.report((owner.read, owner.lines))
        if kind == "row":
            row, line = result[1], result[2]
            named = owner.keys.distinct(row[0], result[4]) if result[4] else row[0]  # read_jsonl
            renamed = named != row[0]  # the worker is then told to index it under that id
            claimed = self._article(owner, [named, *row[1:]], line, owner.digests.pop(line))
            keep.append((named if renamed else True) if claimed else False)
            owner.skips.extend(result[3])
        elif kind == "skip":
            owner.skips.append(result[1])
        elif kind == "read":
            owner.digest = result[1]
            lines = result[4] or [None] * len(result[2])
            if result[5]:
                owner.records = []
            digests = result[5] or [None] * len(result[2])
            rows = zip(result[2], lines, digests, strict=True)
            keep.extend(self._article(owner, *row) for row in rows)
            owner.skips.extend(result[3])
            self._end(owner)
        elif kind == "end":
            owner.skips.extend(result[1])
            self._end(owner)
        else:  # "error": the whole file could not be read
            owner.error = result[1]
            self._end(owner)

    def _article(
        self, owner: _File, row: list[Any], line: int | None = None, digest: bytes | None = None
    ) -> bool:
        if not self.claim(row, owner.source.rel, owner.ids, owner.duplicates, line):
            return False
        if owner.records is not None and digest is not None:
            owner.records.append(digest)
        return True

    def _end(self, owner: _File) -> None:
        """A file is read: its manifest entry, as `Collector.add_file` writes it."""
        if owner.error is not None:
            found = [Skipped(str(owner.source.path), owner.error)]
            self.file_done(owner.source, None, [], found)
        else:
            found = owner.duplicates + owner.skips
            self.file_done(owner.source, owner.digest, owner.ids, found, owner.records)
