"""A Whoosh segment writer that lists its segment's words beside it (`index.store.words`).

Apart from `index.store.words` so that a search, which reads the lists, does not import
Whoosh's writing module.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from whoosh.writing import SegmentWriter

from index.store.words import _recording, records_words, segment_words, write_words
from index.store.words_live import live_counts, note_gone


class WordsWriter(SegmentWriter):
    """Whoosh's `SegmentWriter`, which writes the words of its segment's text fields beside it.

    The words of the documents it indexes (noted while the analyzer stems them:
    `index.store.words.RecordingStemFilter`), and those of the segments a merge adds to it
    (their lists); if one of those has none, it writes none either (a partial list would
    hide words a prefix begins). With them, how many documents have each word, and the
    documents it deletes take away the words no live document of their segment has
    (`index.store.words_live`).
    """

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.listing = records_words(self.schema)
        """Whether the list is whole so far (else none is written)."""
        self.stems: dict[str, str] = {}
        """The stems of the words of the documents indexed here, by word."""
        self.merged: set[str] = set()
        """The words of the segments merged into this one."""
        self.counts: Counter[str] | None = Counter()
        """How many documents have each word (indexed here, or live in a segment merged),
        or None once a merged segment has no counts (none are written then)."""
        self.dropped: dict[str, set[int]] = {}
        """The documents this writer deleted (their numbers in their segment), by segment id."""

    def delete_document(self, docnum: int, delete: bool = True) -> None:
        if self.listing and delete and not self.is_deleted(docnum):
            segment, number = self._segment_and_docnum(docnum)
            self.dropped.setdefault(segment.segment_id(), set()).add(number)
        super().delete_document(docnum, delete)

    def add_document(self, **fields: Any) -> None:
        if not self.listing:
            super().add_document(**fields)
            return
        seen: dict[str, str] = {}
        _recording.stems, _recording.seen = self.stems, seen
        try:
            super().add_document(**fields)
        finally:
            _recording.stems = _recording.seen = None
        if self.counts is not None:
            self.counts.update(seen.keys())

    def add_reader(self, reader: Any) -> None:
        super().add_reader(reader)
        if not self.listing:
            return
        dropped = self.dropped.pop(reader.segment().segment_id(), set())
        live = live_counts(reader, dropped) if self.counts is not None else None
        if live is not None and self.counts is not None:
            self.merged.update(live)
            self.counts.update(live)
            return
        listed = segment_words(reader)  # its words before this writer deleted any
        if listed is None:
            self.listing = False
        else:
            self.merged.update(listed)
            self.counts = None

    def _commit_toc(self, segments: list[Any]) -> None:
        if self.listing:
            for segment in segments:
                dropped = self.dropped.get(segment.segment_id())
                if dropped:
                    note_gone(self.storage, self.schema, segment, dropped)
        super()._commit_toc(segments)

    def _finalize_segment(self) -> Any:
        segment = super()._finalize_segment()
        if self.listing:
            words = self.merged.union(self.stems)
            write_words(self.storage, segment, words, self.counts)
        return segment
