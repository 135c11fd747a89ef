"""The Whoosh codec of broadsheet's writers (in process and in a rebuild's workers):
Whoosh's own, but a one-document posting list is stored uncompressed.

Whoosh's W3 codec pickles each block of a term's postings and compresses it with zlib.
Most terms of a small segment (an update's hundred articles) are in one document: of the
3,677 blocks an update of 100 Reuters articles writes, 2,560 hold one posting, and zlib
made them larger (162 KB -> 167 KB in all) at ~0.03 CPU s, a sixth of the commit (a
fresh zlib stream for each). Whoosh meant to skip such blocks ("less than 20 bytes, don't
bother compressing"), but its next line sets the level again.

A segment's postings are written when it is flushed, and Whoosh asks for the field length
of each posting's document as it goes (block statistics), one call and one read of the
just-written lengths column each: ~9,800 calls for 100 Reuters articles. `LeanCodec` hands
the flush a per-document reader that answers each field's lengths from one list, filled by
Whoosh's own answers for every document of the segment on the field's first ask.

Each block records its own compression level and every Whoosh reader honours it, so the
files stay in Whoosh's format: the segment pickled into the table of contents names the
plain `W3Codec`, and any Whoosh (raw Whoosh's scripts, an older broadsheet) reads them.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter, W3Segment


class _Postings(W3PostingsWriter):
    """Postings blocks as Whoosh writes them, a block of one posting uncompressed."""

    def _write_block(self, last: bool = False) -> None:
        if len(self._ids) > 1:
            super()._write_block(last)
            return
        level: int = self._compression  # type: ignore[has-type]
        self._compression = 0  # read by Whoosh's `_write_block` and written into the block
        try:
            super()._write_block(last)
        finally:
            self._compression = level


class _Lengths:
    """A per-document reader whose ``doc_field_length`` is Whoosh's, asked once a document
    and field (see the module); everything else is the reader's own."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._count: int = reader.doc_count_all()
        self._lengths: dict[str, list[Any]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> Any:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            ask = self._reader.doc_field_length
            lengths = self._lengths[fieldname] = [ask(n, fieldname) for n in range(self._count)]
        if default != 0 or not 0 <= docnum < self._count:
            return self._reader.doc_field_length(docnum, fieldname, default)
        return lengths[docnum]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


class LeanCodec(W3Codec):
    """`W3Codec` with `_Postings`, field lengths asked once (`_Lengths`); its segments name
    the plain `W3Codec` (see the module)."""

    def per_document_reader(self, storage: Any, segment: Any) -> Any:
        return _Lengths(super().per_document_reader(storage, segment))

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return _Postings(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def new_segment(self, storage: Any, indexname: str) -> Any:
        plain = W3Codec(self._blocklimit, self._compression, self._inlinelimit)
        return W3Segment(plain, indexname)
