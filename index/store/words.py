"""Each segment's words as written, kept beside it: what a prefix in a text field begins.

The text fields index Porter2 stems, not words, so ``governo*`` cannot be read from the
terms: "governor" is indexed as "governor", "governed" as "govern", and "government" as
"govern" too (rv34 #1). A second, unstemmed field cost 2.2x the indexing CPU (sr33).
Instead the writer of each segment notes the distinct words the text analyzer stems (as
it yields them: lower-cased, folded, hyphenated words split and joined), with no
postings and nothing per document (`RecordingStemFilter`), and writes them sorted beside
the segment's files, compressed, as ``<segment>.words`` (`WORDS_EXTENSION`;
`index.store.words_writer`). A prefix is then the stems of the
listed words it begins (`index.search.prefixes.listed_stems`).

Named after its segment, the list goes where Whoosh's files go: a merge's writer lists
the union of the merged segments' lists and its own documents' words;
Whoosh deletes the lists of the segments a commit leaves out (``clean_files``) with their
other files; an update links them into its new generation like the rest, and the
checksums cover them. A segment without a list (written before, or by a plain Whoosh
writer) makes the search fall back to the guessed endings (`index.search.prefixes`).

Beside its list, a segment's writer writes how many of its documents have each word
(``<segment>.counts``, px37): a writer that deletes documents from a kept segment then
counts their words off and writes what they took (``<segment>.<deleted>.gone``, named for
how many of its documents are deleted then, so a reader of an older generation reads its
own), and a merge lists only the words some live document has (`index.store.words_live`;
rv36 #3: a deleted article's word stood for its stem still). Older code ignores both
files; a segment written without counts keeps its deleted documents' words listed.
"""

from __future__ import annotations

import os
import sys
import threading
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from whoosh.analysis import StemFilter

WORDS_EXTENSION = ".words"
"""The extension of a segment's list of words (after the segment's id: Whoosh's
``clean_files`` reads it as one of that segment's files)."""
COUNTS_EXTENSION = ".counts"
"""The extension of how many of a segment's documents have each listed word (32-bit
little-endian, in the list's order, compressed)."""
GONE_EXTENSION = ".gone"
"""The extension (after the segment's id and its count of deleted documents) of what the
deleted documents took from the list (`write_gone`)."""

_recording = threading.local()
"""The stems by word the current thread's indexing notes the words it stems in
(``stems``), or none; and the stems by word of the document being indexed (``seen``)."""


class RecordingStemFilter(StemFilter):
    """Whoosh's `StemFilter`, which also notes each word it stems while a writer
    (`index.store.words_writer.WordsWriter`) indexes a document in this thread.

    The writer's own table of stems by word is then the stemmer's cache: its keys are the
    segment's words, and a plain dictionary look-up costs less than Whoosh's counting
    cache (`StemFilter._stem`), so noting the words costs nothing (px34: 4% of a rebuild's
    CPU as a set added to beside the cache). The document's own table is asked first, and
    is given each word the first time the document has it: its keys are the document's
    words, which the writer counts (px37: +4% CPU in `add_document`, ~1% of a rebuild's).
    """

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        stems = getattr(_recording, "stems", None)
        if stems is None:
            return super().__call__(tokens)
        return self._recorded(tokens, stems, _recording.seen)

    def _recorded(
        self, tokens: Iterable[Any], stems: dict[str, str], seen: dict[str, str]
    ) -> Iterator[Any]:
        stem = self._stem
        ignore = self.ignore
        known = seen.get
        shared = stems.get
        for token in tokens:
            if not token.stopped:
                text = token.text
                if text not in ignore:
                    found = known(text)
                    if found is None:
                        found = shared(text)
                        if found is None:
                            found = stems[text] = stem(text)
                        seen[text] = found
                    token.text = found
            yield token


def records_words(schema: Any) -> bool:
    """True if the schema's text fields note their words (`RecordingStemFilter`): an index
    whose schema was pickled before does not, and its writers list nothing."""
    from index.store.schema import TEXT_FIELDS

    for name in TEXT_FIELDS:
        items = getattr(schema[name].analyzer, "items", ())
        if not any(isinstance(item, RecordingStemFilter) for item in items):
            return False
    return True


def write_words(
    storage: Any, segment: Any, words: Iterable[str], counts: Mapping[str, int] | None = None
) -> None:
    """Write a segment's words, sorted, one a line, compressed; and, with ``counts`` (how
    many of its documents have each word), those in the same order (`COUNTS_EXTENSION`)."""
    ordered = sorted(words)
    _write(storage, segment.make_filename(WORDS_EXTENSION), "\n".join(ordered).encode("utf-8"))
    if counts is not None:
        numbers = array("I", [counts[word] for word in ordered])
        if sys.byteorder != "little":  # pragma: no cover - the files are little-endian
            numbers.byteswap()
        _write(storage, segment.make_filename(COUNTS_EXTENSION), numbers.tobytes(), level=1)


def write_gone(
    storage: Any, segment: Any, less: Mapping[str, int], gone: Iterable[str], before: int = 0
) -> None:
    """Write what a segment's deleted documents took (`GONE_EXTENSION`, named for how many
    are deleted): ``less``, how many of them have each word some live one has too, and
    ``gone``, the words no live one has (a line alone). The file written when ``before``
    were deleted is removed: it says less, and an update would carry it into every later
    generation (a reader of an older table of contents in the same folder, if any, then
    lists those words again: the old behaviour, never a live word missing)."""
    lines = [f"{word}\t{count}" for word, count in less.items()]
    lines.extend(gone)
    lines.sort()
    name = _gone_name(segment, segment.deleted_count())
    if storage.file_exists(name):  # a cancelled writer's: never written through (a hard link)
        storage.delete_file(name)
    _write(storage, name, "\n".join(lines).encode("utf-8"), level=1)
    if before and storage.file_exists(_gone_name(segment, before)):
        storage.delete_file(_gone_name(segment, before))


def _write(storage: Any, name: str, data: bytes, level: int = 6) -> None:
    handle = storage.create_file(name)
    try:
        handle.write(zlib.compress(data, level))
    finally:
        handle.close()


def _gone_name(segment: Any, deleted: int) -> str:
    return segment.make_filename(f".{deleted}{GONE_EXTENSION}")


def segment_words(reader: Any) -> tuple[str, ...] | None:
    """The sorted words of one segment's reader, or None if it has no list (or the
    reader is not one segment's): its live documents' words, where the writer that
    deleted some of them noted what they took (`write_gone`), else all it was written
    with."""
    segment = getattr(reader, "segment", None)
    storage = getattr(reader, "_storage", None)
    if segment is None or storage is None:
        return None
    segment = segment()
    deleted = segment.deleted_count()
    listed = segment.make_filename(WORDS_EXTENSION)
    gone = _gone_name(segment, deleted) if deleted else ""
    folder = getattr(storage, "folder", None)
    if folder:  # a file's name in a folder names one list for ever: read once a process
        return _live_file(os.path.join(folder, listed), gone and os.path.join(folder, gone))
    return _live(_read(storage, listed), _read(storage, gone) if gone else None)


@lru_cache(maxsize=64)
def _live_file(path: str, gone: str) -> tuple[str, ...] | None:
    return _live(_read_file(path), _read_file(gone) if gone else None)


def _live(words: tuple[str, ...] | None, gone: Iterable[str] | None) -> tuple[str, ...] | None:
    """A list without the words gone (lines of `write_gone`; None: no such file)."""
    if words is None or gone is None:
        return words
    taken = _gone_of(gone)[1]
    return tuple(word for word in words if word not in taken) if taken else words


def segment_counts(storage: Any, segment: Any) -> dict[str, int] | None:
    """How many of a segment's documents (deleted or not) have each of its words, or None
    if it was written without counts."""
    folder = getattr(storage, "folder", None)
    listed = segment.make_filename(WORDS_EXTENSION)
    words = _read_file(os.path.join(folder, listed)) if folder else _read(storage, listed)
    name = segment.make_filename(COUNTS_EXTENSION)
    if words is None or not storage.file_exists(name):
        return None
    handle = storage.open_file(name)
    try:
        numbers = array("I", zlib.decompress(handle.read()))
    finally:
        handle.close()
    if sys.byteorder != "little":  # pragma: no cover - the files are little-endian
        numbers.byteswap()
    return dict(zip(words, numbers, strict=True)) if len(numbers) == len(words) else None


def segment_gone(storage: Any, segment: Any, deleted: int) -> tuple[dict[str, int], set[str]]:
    """What ``deleted`` deleted documents of a segment took (`write_gone`): empty if none
    are, or if a writer that noted nothing deleted them (their words then stay listed)."""
    name = _gone_name(segment, deleted)
    if not deleted or not storage.file_exists(name):
        return {}, set()
    return _gone_of(_read(storage, name) or ())


def _gone_of(lines: Iterable[str]) -> tuple[dict[str, int], set[str]]:
    less: dict[str, int] = {}
    gone: set[str] = set()
    for line in lines:
        word, tab, count = line.partition("\t")
        if tab:
            less[word] = int(count)
        elif word:
            gone.add(word)
    return less, gone


@lru_cache(maxsize=64)
def _read_file(path: str) -> tuple[str, ...] | None:
    """A list read from its file, once a process: a segment's id is random and Whoosh
    never rewrites a file, so a path names one list for ever."""
    try:
        with open(path, "rb") as handle:
            return _words_of(handle.read())
    except FileNotFoundError:
        return None


def _read(storage: Any, name: str) -> tuple[str, ...] | None:
    if not storage.file_exists(name):
        return None
    handle = storage.open_file(name)
    try:
        return _words_of(handle.read())
    finally:
        handle.close()


def _words_of(data: bytes) -> tuple[str, ...]:
    text = zlib.decompress(data).decode("utf-8")
    return tuple(text.split("\n")) if text else ()
