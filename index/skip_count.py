"""How many files and JSON Lines records a build skipped, in words ("1 file and 2 records"):
a skipped line of a .jsonl corpus is a record, not a file (a new user read "2 files
skipped" for two lines of one file)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar


class _Skip(Protocol):
    @property
    def path(self) -> str: ...

    @property
    def reason(self) -> str: ...


S = TypeVar("S", bound=_Skip)


_NOTE = re.compile(r"^[A-Za-z][A-Za-z ]* ignored(?: for .+?)?: ", re.DOTALL)
"""A note on a file that was indexed all the same ("JSON field ignored: date ..."), no skip;
a sidecar shared by two articles names which ("sidecar field ignored for good.md: ...",
fb44), and was counted a file skipped though every file was indexed (fx159); the name may
hold a line break (rv69: a file of one was counted skipped)."""


def is_note(skip: _Skip) -> bool:
    """Whether ``skip`` says what a read left out of a file it indexed (rv23), not a skip."""
    return is_note_reason(skip.reason)


def is_note_reason(reason: str) -> bool:
    """Whether a skip's ``reason`` is a note on a part left out ("JSON field ignored: ...")."""
    return _NOTE.match(reason) is not None


def split_notes(
    skipped: Sequence[tuple[str, str]],
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """``(path, reason)`` skips split in one pass: the files skipped, then the notes on
    parts left out of files indexed all the same (rv24 #6: no quadratic "not in notes")."""
    files: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    for skip in skipped:
        (notes if is_note_reason(skip[1]) else files).append(skip)
    return tuple(files), tuple(notes)


def skip_counts(skipped: Sequence[_Skip]) -> dict[str, int]:
    """How many files were skipped, and how many parts left out of files indexed all the
    same: a build record's "skipped" and "left_out" (an OpenSearch record before rv24
    has no "left_out": its status leaves that count unknown until the next build)."""
    notes = sum(map(is_note, skipped))
    return {"skipped": len(skipped) - notes, "left_out": notes}


def skipped_words(skipped: Sequence[_Skip]) -> str:
    """ "2 files", "3 records", "1 file and 2 records" ("feed.jsonl:277" is a record)."""
    return paths_skipped_words([skip.path for skip in skipped])


def paths_skipped_words(paths: Sequence[str]) -> str:
    """`skipped_words` of the paths skipped alone (an `IndexStatus`'s ``skip_reasons``)."""
    records = sum(map(is_record_path, paths))
    return files_and_records(len(paths) - records, records)


def is_record_path(path: str) -> bool:
    """A skipped path that names a JSON Lines record, by its line ("feed.jsonl:277"); a
    file whose own name ends in a colon and digits ("notes:2017") is a file."""
    file, colon, line = path.rpartition(":")
    return bool(colon) and line.isdigit() and file.lower().endswith(_JSON_LINES)


_JSON_LINES = (".jsonl", ".ndjson")
"""The suffixes of the files whose records are skipped one by one (`index.ingest.held`)."""


def files_and_records(files: int, records: int) -> str:
    """ "2 files", "3 records", "1 file and 2 records" ("" for none)."""
    said = ((files, "file", "files"), (records, "record", "records"))
    return " and ".join(f"{n:,} {one if n == 1 else many}" for n, one, many in said if n)


def new_refusals(scanned: Sequence[S], manifest: Mapping[str, Any]) -> tuple[S, ...]:
    """The scan's refusals the base's builds did not list: a named pipe or a symlink out of
    the corpus refused by every scan is said once, not "skipped (now)" by each update
    (nu27 #7); `index status` and "in all" still count it."""
    listed = {(path, why) for path, why in manifest.get("skipped", ())}
    return tuple(skip for skip in scanned if (skip.path, skip.reason) not in listed)


def skipped_in_all(scanned: Sequence[_Skip], files: Mapping[str, Any]) -> tuple[int, int]:
    """Files and records skipped in all, and of them the records (nu27 #7): the scan's
    refusals now (a named pipe that appeared is one even when nothing else changed) and the
    skips recorded with each file read (not the parts left out of a file indexed all the
    same: `index status` counts them apart, rv23)."""
    recorded = [skip for entry in files.values() for skip in entry.get("skipped", ())]
    got = [path for path, why in recorded if not is_note_reason(why)]
    return len(scanned) + len(got), sum(map(is_record_path, got))
