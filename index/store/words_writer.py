"""A Whoosh segment writer that lists its segment's words beside it (`index.store.words`).

Apart from `index.store.words` so that a search, which reads the lists, does not import
Whoosh's writing module.
"""

from __future__ import annotations

from typing import Any

from whoosh.writing import SegmentWriter

from index.store.words import _recording, records_words, segment_words, write_words


class WordsWriter(SegmentWriter):
    """Whoosh's `SegmentWriter`, which writes the words of its segment's text fields beside it.

    The words of the documents it indexes (noted while the analyzer stems them:
    `index.store.words.RecordingStemFilter`), and those of the segments a merge adds to it
    (their lists); if one of those has none, it writes none either (a partial list would
    hide words a prefix begins).
    """

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.listing = records_words(self.schema)
        """Whether the list is whole so far (else none is written)."""
        self.stems: dict[str, str] = {}
        """The stems of the words of the documents indexed here, by word."""
        self.merged: set[str] = set()
        """The words of the segments merged into this one."""

    def add_document(self, **fields: Any) -> None:
        if not self.listing:
            super().add_document(**fields)
            return
        _recording.stems = self.stems
        try:
            super().add_document(**fields)
        finally:
            _recording.stems = None

    def add_reader(self, reader: Any) -> None:
        super().add_reader(reader)
        if self.listing:
            listed = segment_words(reader)
            if listed is None:
                self.listing = False
            else:
                self.merged.update(listed)

    def _finalize_segment(self) -> Any:
        segment = super()._finalize_segment()
        if self.listing:
            write_words(self.storage, segment, self.merged.union(self.stems))
        return segment
