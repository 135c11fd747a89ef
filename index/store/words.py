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
"""

from __future__ import annotations

import os
import threading
import zlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import StemFilter

WORDS_EXTENSION = ".words"
"""The extension of a segment's list of words (after the segment's id: Whoosh's
``clean_files`` reads it as one of that segment's files)."""

_recording = threading.local()
"""The stems by word the current thread's indexing notes the words it stems in
(``stems``), or none."""


class RecordingStemFilter(StemFilter):
    """Whoosh's `StemFilter`, which also notes each word it stems while a writer
    (`index.store.words_writer.WordsWriter`) indexes a document in this thread.

    The writer's own table of stems by word is then the stemmer's cache: its keys are the
    segment's words, and a plain dictionary look-up costs less than Whoosh's counting
    cache (`StemFilter._stem`), so noting the words costs nothing (px34: 4% of a rebuild's
    CPU as a set added to beside the cache).
    """

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        stems = getattr(_recording, "stems", None)
        if stems is None:
            return super().__call__(tokens)
        return self._recorded(tokens, stems)

    def _recorded(self, tokens: Iterable[Any], stems: dict[str, str]) -> Iterator[Any]:
        stem = self._stem
        ignore = self.ignore
        known = stems.get
        for token in tokens:
            if not token.stopped:
                text = token.text
                if text not in ignore:
                    found = known(text)
                    if found is None:
                        found = stems[text] = stem(text)
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


def write_words(storage: Any, segment: Any, words: Iterable[str]) -> None:
    """Write a segment's words, sorted, one a line, compressed."""
    data = zlib.compress("\n".join(sorted(words)).encode("utf-8"), 6)
    handle = storage.create_file(segment.make_filename(WORDS_EXTENSION))
    try:
        handle.write(data)
    finally:
        handle.close()


def segment_words(reader: Any) -> tuple[str, ...] | None:
    """The sorted words of one segment's reader, or None if it has no list (or the
    reader is not one segment's)."""
    segment = getattr(reader, "segment", None)
    storage = getattr(reader, "_storage", None)
    if segment is None or storage is None:
        return None
    name = segment().make_filename(WORDS_EXTENSION)
    folder = getattr(storage, "folder", None)
    if folder is None:  # in memory (tests): not cached, the name may come again
        return _read(storage, name)
    return _read_file(os.path.join(folder, name))


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
