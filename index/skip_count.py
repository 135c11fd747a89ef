"""How many files and JSON Lines records a build skipped, in words ("1 file and 2 records"):
a skipped line of a .jsonl corpus is a record, not a file (a new user read "2 files
skipped" for two lines of one file)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class _Skip(Protocol):
    @property
    def path(self) -> str: ...

    @property
    def reason(self) -> str: ...


_NOTE = re.compile(r"^[A-Za-z][A-Za-z ]* ignored: ")
"""A note on a file that was indexed all the same ("JSON field ignored: date ..."), no skip."""


def is_note(skip: _Skip) -> bool:
    """Whether ``skip`` says what a read left out of a file it indexed (rv23), not a skip."""
    return is_note_reason(skip.reason)


def is_note_reason(reason: str) -> bool:
    """Whether a skip's ``reason`` is a note on a part left out ("JSON field ignored: ...")."""
    return _NOTE.match(reason) is not None


def skipped_words(skipped: Sequence[_Skip]) -> str:
    """ "2 files", "3 records", "1 file and 2 records" ("feed.jsonl:277" is a record)."""
    records = sum(skip.path.rpartition(":")[2].isdigit() for skip in skipped)
    said = ((len(skipped) - records, "file", "files"), (records, "record", "records"))
    return " and ".join(f"{n:,} {one if n == 1 else many}" for n, one, many in said if n)
