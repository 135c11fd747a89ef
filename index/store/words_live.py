"""A segment's words once documents are deleted from it: those its live documents have.

A segment's list (`index.store.words`) is written once, with the segment, and deleting a
document only marks it deleted: its words stayed listed, and a prefix stood for their
stems still (rv36 #3: after the only article with "running" was deleted, ``runn*`` found
the articles that say "runs"). So the writer of a segment also writes how many of its
documents have each listed word (it notes each document's words as it stems them), and a
writer that deletes documents reads the deleted ones' words again (their stored title and
body through the field's own analyzer up to its stemmer, so the words are the ones noted)
and counts them off: a word none of the live documents has is gone. Kept segments get
what their deleted documents took (`index.store.words.write_gone`, a small file); a
merged segment's list and counts are its segments' live ones.

Only the deleted documents are analysed again, and two files of the segment read (px36
looked through the live documents with each deleted word's stem instead: +0.6 s on an
update of 100 Reuters articles). A segment written without counts (before px37) keeps
its deleted documents' words until the index is rebuilt, as before (a merge with it
writes no counts either).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from index.store.schema import TEXT_FIELDS
from index.store.words import segment_counts, segment_gone, write_gone


def taken_words(stored: Any, schema: Any, dropped: Iterable[int]) -> Counter[str]:
    """How many of the ``dropped`` documents (segment numbers) have each word, as their
    writer noted them; ``stored`` answers ``stored_fields(docnum)``."""
    analyzers = [_noting(schema[name].analyzer) for name in TEXT_FIELDS]
    taken: Counter[str] = Counter()
    for docnum in dropped:
        fields = stored.stored_fields(docnum)
        words: set[str] = set()
        for name, (analyzer, ignore) in zip(TEXT_FIELDS, analyzers, strict=True):
            text = fields.get(name)
            if text:
                for token in analyzer(text, positions=True, mode="index"):
                    if not token.stopped and token.text not in ignore:
                        words.add(token.text)
        taken.update(words)
    return taken


def _noting(analyzer: Any) -> tuple[Any, frozenset[str]]:
    """A text field's own analyzer up to its stemmer, and the words the stemmer leaves
    alone: what `RecordingStemFilter` notes is each token it lets through, not stopped
    and not left alone."""
    from whoosh.analysis import CompositeAnalyzer, StemFilter

    items = list(getattr(analyzer, "items", (analyzer,)))
    stemmers = [item for item in items if isinstance(item, StemFilter)]
    ignore = frozenset(stemmers[-1].ignore) if stemmers else frozenset()
    return CompositeAnalyzer(*(item for item in items if item not in stemmers)), ignore


def note_gone(storage: Any, schema: Any, segment: Any, dropped: set[int]) -> None:
    """Write what the documents deleted from a kept segment took from its list, the
    ``dropped`` ones (deleted by this writer) added to those deleted before; nothing for
    a segment without counts."""
    counts = segment_counts(storage, segment)
    if counts is None:
        return
    before = segment.deleted_count() - len(dropped)
    less, gone = segment_gone(storage, segment, before)
    from whoosh.reading import SegmentReader  # its files, compound or not

    reader = SegmentReader(storage, schema, segment)
    try:
        taken = taken_words(reader, schema, sorted(dropped))
    finally:
        reader.close()
    for word, count in taken.items():
        total = less.pop(word, 0) + count
        if total >= counts.get(word, 0):
            gone.add(word)
        else:
            less[word] = total
    write_gone(storage, segment, less, gone, before)


def live_counts(reader: Any, dropped: set[int]) -> dict[str, int] | None:
    """How many live documents of a merged segment's ``reader`` have each word (none
    listed that none has), the ``dropped`` ones (deleted by the merging writer) counted
    off too; None for a segment without counts."""
    segment = reader.segment()
    storage = reader._storage
    counts = segment_counts(storage, segment)
    if counts is None:
        return None
    less, gone = segment_gone(storage, segment, segment.deleted_count() - len(dropped))
    for word, count in taken_words(reader, reader.schema, sorted(dropped)).items():
        less[word] = less.get(word, 0) + count
    live = {}
    for word, count in counts.items():
        left = count - less.get(word, 0)
        if left > 0 and word not in gone:
            live[word] = left
    return live
