"""The index's errors: each says in one line what went wrong and what to do about it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class StoreError(Exception):
    """Base of the index errors; ``str(error)`` is one line a user can act on."""


class IndexMissing(StoreError):
    """No index has been built for this corpus yet."""


class IndexLocked(StoreError):
    """Another process is rebuilding or updating this index."""


class IndexOutdated(StoreError):
    """The index was written by another schema version and must be rebuilt."""


class IndexDamaged(StoreError):
    """The index files do not match the checksums written with them."""


class IndexUnsafe(StoreError):
    """The index folder is writable by other users, so its pickles are not trusted."""


class IndexReadOnly(StoreError):
    """The index folder cannot be written, so it cannot be rebuilt or updated."""


class BuildFailed(StoreError):
    """A rebuild or update failed (a worker died, a write failed, or its own check).

    Nothing was swapped in: the live generation is the one from before the build.
    ``detail`` holds a worker's traceback, when there is one, for ``--debug``.
    """

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class BuildCancelled(StoreError):
    """A rebuild or update was cancelled: raised by its ``on_progress`` callback (from any
    thread that wants it stopped, at the build's next progress report).

    The build treats it as any interruption: its temporary folder goes, nothing is
    swapped in, and the live generation is the one from before the build.
    """

    def __init__(self, message: str = "cancelled; the index is as it was") -> None:
        super().__init__(message)


class IndexOfAnotherCorpus(StoreError):
    """The index folder holds the index of another corpus: a build would replace it."""


def another_corpus(index_dir: Path, held: Path, corpus: Path, how: str) -> IndexOfAnotherCorpus:
    """The refusal to build (``how``: "rebuild", "update") over another corpus's index: the
    CLI's `index rebuild|update`, a command building the index on open, the reader's `u`."""
    return IndexOfAnotherCorpus(
        f"index folder {index_dir} holds the index of {held}, not {corpus}: "
        f"give another --index-dir, or `index {how} --force` to replace it"
    )


class CorpusEmpty(StoreError):
    """The corpus gave no article (no files, or only files that were skipped): nothing
    was built, and an index there was before stays as it was."""


DUPLICATE_HINT = 'delete the file if it is the same article, else give its record another "id"'
"""What a record skipped for an id another file's record took says to do (a JSON record's
id is its ``id`` field: two files saved from one record give one id)."""

RECORD_HINT = 'give this record another "id", or remove line {line} if it is the same article'
"""What a JSON Lines record skipped for an id taken says to do: deleting its file would lose
every other record of it (nu27 #3)."""


def duplicate_skip(article_id: str, first: str, rel: str, line: int | None) -> tuple[str, str]:
    """The path and reason of a record skipped because ``first`` (a file) took its id:
    a JSON Lines record is named by its line ("feed.jsonl:5"), and counted as a record."""
    taken = f"duplicate id {article_id!r} (first in {first})"
    if line is None:
        return f"{rel} ({article_id})", f"{taken}: {DUPLICATE_HINT}"
    return f"{rel}:{line}", f"line {line}: {taken}: {RECORD_HINT.format(line=line)}"


SHOWN_SKIPS = 2
"""Skipped files `no_articles` names (with their reasons) before it says "…"."""


def no_articles(corpus: Path, skipped: Sequence[tuple[str, str]]) -> CorpusEmpty:
    """ "No articles in FOLDER (2 files skipped: a.jsonl: not JSON; b.txt: binary)"."""
    if not skipped:
        return CorpusEmpty(f"No articles in {corpus} (no article files found)")
    shown = "; ".join(f"{Path(path).name}: {reason}" for path, reason in skipped[:SHOWN_SKIPS])
    more = "; …" if len(skipped) > SHOWN_SKIPS else ""
    files = "1 file" if len(skipped) == 1 else f"{len(skipped):,} files"
    return CorpusEmpty(f"No articles in {corpus} ({files} skipped: {shown}{more})")


def write_error(error: OSError, index_dir: Path) -> BuildFailed:
    """One line for a failed write during a build: what the system said, and where."""
    reason = error.strerror or str(error) or type(error).__name__
    return BuildFailed(
        f"cannot write the index in {index_dir}: {reason}; the previous index is kept"
    )
