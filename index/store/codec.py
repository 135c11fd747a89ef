"""The Whoosh codec of broadsheet's writers (in process and in a rebuild's workers):
Whoosh's own, but a one-document posting list is stored uncompressed.

Whoosh's W3 codec pickles each block of a term's postings and compresses it with zlib.
Most terms of a small segment (an update's hundred articles) are in one document: of the
3,677 blocks an update of 100 Reuters articles writes, 2,560 hold one posting, and zlib
made them larger (162 KB -> 167 KB in all) at ~0.03 CPU s, a sixth of the commit (a
fresh zlib stream for each). Whoosh meant to skip such blocks ("less than 20 bytes, don't
bother compressing"), but its next line sets the level again.

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


class LeanCodec(W3Codec):
    """`W3Codec` with `_Postings`; its segments name the plain `W3Codec` (see the module)."""

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
