"""BM25F with each segment's field lengths held in memory, read once per searcher.

Whoosh's BM25F scorer asks for the length of the scored field of every document it
scores: `SegmentReader.doc_field_length` reads one byte of the field's length column with
a seek and a read of the segment's file (`whoosh.codec.whoosh3.W3PerDocReader`). At
100,000 articles a search of a common word scores tens of thousands of documents, and a
fifth of its time went there. `HeldLengthsBM25F` reads a segment's whole column (a byte a
document) the first time a field of that segment is scored, decodes it as Whoosh does,
and gives its scorers the list's lookup. The lengths, and so the scores, are Whoosh's own.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield
from whoosh.columns import NumericColumn
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

Lengths = list[int | None]
"""A field's length for each document of a segment, as `doc_field_length` returns it."""
DECODED: Lengths = [None] + [byte_to_length(b) for b in range(1, 256)]
"""The length each byte stands for (`doc_field_length` returns None for byte 0)."""


class HeldLengthsBM25F(BM25F):
    """Whoosh's BM25F (same parameters, same scores) reading field lengths from memory.

    One model per opened index: it keeps the lengths of the segments it has scored, so
    give each generation (each `ix.searcher`) a new one. Use it under the searcher's lock,
    like the searcher.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._held: dict[tuple[int, str], Lengths | None] = {}
        self._readers: dict[int, Any] = {}  # keeps each reader (and so its id) alive

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: float = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if type(scorer) is BM25FScorer:
            lengths = self.lengths(searcher.reader(), fieldname)
            if lengths is not None:
                scorer.dfl = lengths.__getitem__
        return scorer

    def lengths(self, reader: Any, fieldname: str) -> Lengths | None:
        """The field's lengths in one segment, or None (then Whoosh reads them itself)."""
        key = (id(reader), fieldname)
        if key not in self._held:
            self._readers[id(reader)] = reader
            self._held[key] = read_lengths(reader, fieldname)
        return self._held[key]


def read_lengths(reader: Any, fieldname: str) -> Lengths | None:
    """A segment's lengths of ``fieldname``, each as `reader.doc_field_length(n, field, 1)`
    returns it; None when the reader is not a plain segment of the whoosh3 codec."""
    perdoc: Any = getattr(reader, "_perdoc", None)
    if type(reader) is not SegmentReader or type(perdoc) is not W3PerDocReader:
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if type(column) is not NumericColumn.Reader or column._typecode != "B":
        return None  # no column: every length is the default; let Whoosh say so
    doccount = perdoc.doc_count_all()
    stored = min(column._count, doccount)
    raw = column._dbfile.get(column._basepos, stored) if stored else b""
    # documents past the column's end have the column's default, byte 0, which Whoosh
    # reads as None (a length it never scores: such a document has no term in the field)
    decoded: Lengths = list(map(DECODED.__getitem__, raw))
    decoded.extend([None] * (doccount - stored))
    return decoded
