"""The live generation of an index, open for reading: its documents, listing, ids and outlets."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from itertools import chain, compress
from itertools import count as count_up
from pathlib import Path
from typing import Any, NamedTuple, overload

from whoosh.index import open_dir

from index.models import Article, Hit, StyleSpan
from index.store.generations import (
    LISTING,
    IndexDamaged,
    IndexMissing,
    StoreError,
    check_safe,
    current_generation,
    load_manifest,
    tidy,
)
from index.store.lengths import HeldLengthsBM25F
from index.store.listing import Listing, Row, read_listing
from index.store.schema import make_schema
from index.store.stored_row import StoredRows
from index.store.verified import verify_once


class StoreReader:
    """One generation of an index, open: fetch articles, list them. Safe to share between threads.

    The reader is a snapshot of the generation that was live when it opened; `refresh`
    moves it to a newer one when a rebuild or update (in any process) has published it.
    Its Whoosh objects (`searcher`, `schema`) are for `index.search` only: they never
    leave the store and the search layers.

    Args:
        index_dir: The index folder.
        check: Verify the files' checksums when a generation is opened (their sizes each
            time, their CRCs the first time and whenever a file may have changed since:
            `index.store.verified`).
        read: A generation and its manifest, already read from it (`WhooshEngine.build_needed`):
            if that generation is the live one, its manifest is not read again (a published
            generation's files never change).

    Raises:
        IndexMissing: No index was built here.
        IndexOutdated: The index has another schema version.
        IndexDamaged: The files are damaged.
        IndexUnsafe: Other users can write the folder.
    """

    def __init__(
        self,
        index_dir: Path,
        *,
        check: bool = True,
        read: tuple[Path, dict[str, Any]] | None = None,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.check = check
        self.lock = threading.RLock()
        """Held for every use of the Whoosh searcher (it is not thread-safe)."""
        self.searcher: Any = None
        self._ix: Any = None
        self.generation: Path | None = None
        self.manifest: dict[str, Any] = {}
        self._listing: Listing | None = None
        self._stored_rows = StoredRows({})
        self.ids: Sequence[str] = ()
        """The article id of each document number (read from the index as they are asked for)."""
        self._lexicons: dict[str, list[str]] = {}
        # our own copy: Whoosh's `ix.schema` re-reads the folder, which a rebuild elsewhere
        # may just have removed
        self.schema = make_schema()
        self._read = read
        self._open()

    # -- life cycle ---------------------------------------------------------------------

    def _open(self) -> None:
        check_safe(self.index_dir)
        tidy(self.index_dir)
        for _ in range(5):
            generation = current_generation(self.index_dir)
            try:
                self._open_generation(generation)
                return
            except (IndexDamaged, FileNotFoundError):
                # other processes may publish twice and prune the one we were about to
                # open; if the pointer moved, open the newer one instead
                if current_generation(self.index_dir) == generation:
                    raise
        self._open_generation(current_generation(self.index_dir))

    def _open_generation(self, generation: Path | None) -> None:
        if generation is None:
            raise IndexMissing(f"no index in {self.index_dir}; run `broadsheet index rebuild`")
        check_safe(generation)
        read, self._read = self._read, None
        manifest = (
            read[1] if read is not None and read[0] == generation else load_manifest(generation)
        )
        if self.check:
            verify_once(generation, manifest)
        try:
            ix = open_dir(str(generation), schema=self.schema)
            # a new model per generation: it holds the lengths of this one's segments
            searcher = ix.searcher(weighting=HeldLengthsBM25F())
            ids = DocIds(searcher.reader())
        except StoreError:
            raise
        except Exception as error:  # Whoosh raises many kinds on a damaged folder
            raise IndexDamaged("index damaged, run `broadsheet index rebuild`") from error
        old = self.searcher, self._ix
        self.searcher, self._ix = searcher, ix
        self.generation, self.manifest, self.ids = generation, manifest, ids
        self._listing, self._stored_rows = None, StoredRows(manifest)
        self._lexicons = {}
        for thing in old:
            if thing is not None:
                thing.close()

    def refresh(self) -> bool:
        """Switch to the newest published generation; True if it changed."""
        with self.lock:
            if current_generation(self.index_dir) == self.generation:
                return False
            self._open()
            return True

    def is_current(self) -> bool:
        """True when no newer generation has been published since this one was opened."""
        try:
            return current_generation(self.index_dir) == self.generation
        except StoreError:
            return False

    def close(self) -> None:
        """Release the index files."""
        with self.lock:
            for thing in (self.searcher, self._ix):
                if thing is not None:
                    thing.close()
            self.searcher = self._ix = None

    # -- facts --------------------------------------------------------------------------

    @property
    def listing(self) -> Listing:
        """id -> [title, title_derived, source, ISO date or None, file], as the build wrote it
        (held as columns: `index.store.listing`); read when first asked for (a search's
        hits come from their stored fields until then: `hit`).

        Raises:
            IndexDamaged: Neither listing file of the generation can be read.
        """
        listing = self._listing
        if listing is None:
            with self.lock:
                listing = self._listing
                if listing is None:
                    generation = self.generation
                    if generation is None:
                        return Listing.from_rows({})
                    listing = self._listing = read_listing(generation, LISTING, self.manifest)
        return listing

    def __len__(self) -> int:
        return len(self.listing)

    @property
    def built_at(self) -> str | None:
        """When this generation was built (ISO 8601, UTC)."""
        return self.manifest.get("built_at")

    def sources(self) -> list[tuple[str, int]]:
        """The outlets in the index with their article counts, most articles first."""
        counts: dict[str, int] = {}
        for source in self.listing.sources():
            if source:
                counts[source] = counts.get(source, 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))

    def lexicon(self, field: str) -> list[str]:
        """Every term indexed in ``field`` (cached per generation)."""
        with self.lock:
            lexicon = self._lexicons.get(field)
            if lexicon is None:
                lexicon = [
                    term.decode("utf-8") if isinstance(term, bytes) else str(term)
                    for term in self.searcher.reader().lexicon(field)
                ]
                self._lexicons[field] = lexicon
            return lexicon

    def hit(self, article_id: str, score: float, docnum: int | None = None) -> Hit:
        """A hit for a listed article, from the listing (no document read); before the
        listing is read, from the stored fields of its document ``docnum`` when given
        (`index.store.stored_row`: ~0.15 ms a hit against ~0.06 s for the listing and its
        id map at 100,000 articles), the listing's row when they cannot tell its file."""
        row = None
        if docnum is not None and self._listing is None:
            row = self._stored(article_id, docnum)
        title, derived, source, date, file_rel = row or self.listing[article_id]
        return Hit(
            id=article_id,
            title=title,
            title_derived=derived,
            source=source,
            date=datetime.fromisoformat(date) if date else None,
            score=score,
            path=file_rel,
        )

    def stored_for(self, count: int) -> bool:
        """Whether ``count`` hits are to be made from their stored fields (`hit` given their
        document numbers): while the listing is unread and they are few beside the index
        (one in `STORED_SHARE`: a stored read costs ~0.14 ms, the listing ~0.6 µs an
        article; the reader's pages of 100-600 hits read the listing)."""
        return self._listing is None and count * STORED_SHARE < len(self.ids)

    def _stored(self, article_id: str, docnum: int) -> Row | None:
        """The listing row of ``article_id`` from the stored fields of its document
        ``docnum`` (None: read the listing)."""
        with self.lock:
            fields = self.searcher.stored_fields(docnum)
        return self._stored_rows.row(fields, article_id)

    # -- reading ------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """Fetch a whole article by id.

        Raises:
            KeyError: No article has this id.
        """
        try:
            with self.lock:
                fields = self.searcher.document(id=article_id)
        except Exception:
            if not self.refresh():
                raise
            with self.lock:
                fields = self.searcher.document(id=article_id)
        if fields is None:
            raise KeyError(article_id)
        return article_from(fields)

    def titles(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles, from the listing (no document read)."""
        listing = self.listing
        return {i: listing[i][0] for i in article_ids if i in listing}

    def articles(self) -> Iterator[Article]:
        """Every article of this generation as it is indexed, in order of id.

        The cleaned corpus, for export and as the input of an independent oracle.
        """
        with self.lock:
            searcher = self.searcher
            reader = searcher.reader()
            live = sorted(
                (article_id, docnum)
                for docnum, article_id in enumerate(self.ids)
                if not reader.is_deleted(docnum)
            )
        for _, docnum in live:
            with self.lock:
                fields = searcher.stored_fields(docnum)
            yield article_from(fields)


class DocIds(Sequence[str]):
    """The article id of each document number of a Whoosh reader, read as asked for.

    Reading all of them costs about 50 ms on 19,000 articles; a search needs the ids of
    its 20 hits. Iterating reads them all once and keeps them. Use it holding the
    `StoreReader`'s lock, as every use of the searcher.
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._column = reader.column_reader("id")
        self._count: int = reader.doc_count_all()
        self._all: list[str] | None = None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, docnum: int) -> str: ...

    @overload
    def __getitem__(self, docnum: slice) -> list[str]: ...

    def __getitem__(self, docnum: int | slice) -> str | list[str]:
        if self._all is not None or isinstance(docnum, slice):
            return self._every()[docnum]
        if not -self._count <= docnum < self._count:
            raise IndexError(docnum)
        value: str = self._column[docnum % self._count]
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def many(self, docnums: Sequence[int]) -> list[str]:
        """The ids of many document numbers: past one in `BULK_SHARE` of the index, all
        the ids are read at once (and kept), a read that costs about as much as 1,600
        one at a time."""
        if self._all is None and len(docnums) * BULK_SHARE < self._count:
            return [self[n] for n in docnums]
        every = self._every()
        return [every[n] for n in docnums]

    def _every(self) -> list[str]:
        if self._all is None:
            self._all = _all_ids(self._reader)
            if self._all is None:
                self._all = list(self._column)
        return self._all


STORED_SHARE = 256
"""`StoreReader.stored_for`: hits from stored fields when fewer than the index's 256th part."""

BULK_SHARE = 64
"""`DocIds.many` reads every id when asked for more than the index's 64th part."""


class IdColumn(NamedTuple):
    """One segment's id column, read whole: its values one after another in ``data``."""

    leaf: Any
    base: int
    data: bytes
    offsets: Sequence[int]
    lengths: Sequence[int]


def _id_columns(reader: Any) -> list[IdColumn] | None:
    """The id column of each of a reader's segments that holds documents, each read with
    one read; None when one is not Whoosh's variable-length bytes column (then read the
    ids as Whoosh does)."""
    from whoosh.columns import VarBytesColumn

    columns = []
    for leaf, base in reader.leaf_readers():
        count = leaf.doc_count_all()
        if not count:
            continue
        raw = leaf.column_reader("id", translate=False)
        if type(raw) is not VarBytesColumn.Reader:
            return None
        lengths, offsets = raw._lengths, raw._offsets
        if len(lengths) != count or len(offsets) != count:
            return None
        data = raw._dbfile.get(raw._basepos, offsets[count - 1] + lengths[count - 1])
        columns.append(IdColumn(leaf, base, data, offsets, lengths))
    return columns


def _all_ids(reader: Any) -> list[str] | None:
    """Every id of a reader's segments, each column read whole with one read (a third of
    the time of Whoosh's read per document); None when a column is not Whoosh's
    variable-length bytes one (then read them as Whoosh does)."""
    columns = _id_columns(reader)
    if columns is None:
        return None
    found: list[str] = []
    for column in columns:
        data = column.data
        found.extend(
            [
                data[o : o + n].decode("utf-8")
                for o, n in zip(column.offsets, column.lengths, strict=True)
            ]
        )
    return found


def live_docnums(reader: Any, article_ids: Iterable[str]) -> dict[int, str] | None:
    """The live document numbers of these articles (an unknown id left out), with their
    ids; None when a segment's id column is not Whoosh's variable-length bytes one (then
    map the ids as `DocIds` reads them).

    Each segment's id column is read whole (one read) and compared with the ids asked, as
    bytes, at C speed: no id of the index is decoded and no map of them all is made (at
    100,000 articles that map cost ~0.06 CPU s for the ~3,000 ids of the copies, ~0.02 s
    this way). The column's values are stored one after another, so each ends where the
    next starts (Whoosh's writer: an offset is the sum of the lengths before it).
    """
    wanted = {article_id.encode("utf-8"): article_id for article_id in article_ids}
    if not wanted:
        return {}
    columns = _id_columns(reader)
    if columns is None:
        return None
    found: dict[int, str] = {}
    for leaf, base, data, offsets, lengths in columns:
        ends = chain(offsets[1:], (len(data),))
        values = map(data.__getitem__, map(slice, offsets, ends))
        deletions = leaf.has_deletions()
        for docnum in compress(count_up(), map(wanted.__contains__, values)):
            # each found value read again by its own length: a column whose offsets were
            # not its lengths' sums finds nothing wrong
            value = data[offsets[docnum] : offsets[docnum] + lengths[docnum]]
            if value in wanted and not (deletions and leaf.is_deleted(docnum)):
                found[base + docnum] = wanted[value]
    return found


def article_from(fields: dict[str, Any]) -> Article:
    """An `Article` from a document's stored fields."""
    return Article(
        id=fields["id"],
        path=fields.get("path", ""),
        title=fields.get("title", ""),
        title_derived=bool(fields.get("title_derived")),
        source=fields.get("source"),
        byline=fields.get("byline"),
        dateline=fields.get("dateline"),
        date=fields.get("date"),
        body=fields.get("body", ""),
        removed=tuple(fields.get("removed") or ()),
        url=fields.get("url"),
        extra=dict(fields.get("extra") or {}),
        provenance=dict(fields.get("provenance") or {}),
        styles=tuple(StyleSpan(*span) for span in fields.get("styles") or ()),
    )
