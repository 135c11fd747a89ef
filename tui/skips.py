"""Skipped files as the reader and the CLI say them: a JSON line's number once, and the
reader's toast naming the first few with where to see every reason."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path, PurePath

from index.models import Skipped

NAMED = 2
"""Skipped files a toast names (the rest it counts)."""
WHERE = "`broadsheet index status` lists them with why"
_LINE_NUMBER = re.compile(r":(\d+)$")


def skip_line(path: str, why: str) -> str:
    """One skip, ``path: why``; a JSON line's reason starts with its number, which the path
    already ends in ("feed.jsonl:277: line 277: invalid JSON" read twice)."""
    number = _LINE_NUMBER.search(path)
    if number:
        why = why.removeprefix(f"line {number.group(1)}: ")
    return f"{path}: {why}"


def skipped_note(skipped: Sequence[Skipped], corpus: Path) -> str:
    """The toast's line on what a build skipped ("" for nothing): the first `NAMED` files
    (within the corpus folder ``corpus``), how many more, and where to see them all."""
    if not skipped:
        return ""
    names = ", ".join(_short(skip.path, corpus) for skip in skipped[:NAMED])
    rest = len(skipped) - NAMED
    more = f" and {rest:,} more" if rest > 0 else ""
    return f"\nSkipped {names}{more}: {WHERE}."


def _short(path: str, corpus: Path) -> str:
    """A skipped file's path within the corpus folder (a JSON line's is given so already),
    or its name."""
    whole = PurePath(path)
    if not whole.is_absolute():
        return path
    return str(whole.relative_to(corpus)) if whole.is_relative_to(corpus) else whole.name
