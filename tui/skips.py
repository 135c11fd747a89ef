"""Skipped files as the reader and the CLI say them: a JSON line's number or a file's name
once, and the reader's toast naming the first few with why (the reader lists no skips, so
the toast says them rather than a shell command to run)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path, PurePath

from index.library import is_note, paths_skipped_words
from index.models import IndexStatus, Skipped, counted

SKIPPED_TITLE = "Skipped files"
"""The reader's palette entry that lists them (`tui.screens.skipped_files`)."""

SKIPS_WHY = f"(why: ctrl+p → {SKIPPED_TITLE})"
"""After the status line's count of files skipped: where to read which and why, the
command palette's `SKIPPED_TITLE` (nu50 #6: "(why: broadsheet index status)" was cut at
120 columns, and pointed out of the reader; nu56 #6: "(why: ^p skipped)" read as no
phrase: the key as the footer names it, and the entry as the palette lists it)."""

NAMED = 3
"""Skipped files a toast names, with why (the rest it counts)."""
_LINE_NUMBER = re.compile(r":(\d+)$")


def skip_line(path: str, why: str) -> str:
    """One skip, ``path: why`` (`skip_reason`: the path said once)."""
    return f"{path}: {skip_reason(path, why)}"


def skip_reason(path: str, why: str) -> str:
    """A skip's reason without what its path says already: a JSON line's reason starts with
    its number, which the path ends in ("feed.jsonl:277: line 277: invalid JSON" read
    twice; in `index status --json` too, fx159), a reader's may start with the file's name
    ("bodyless.json: bodyless.json: ...")."""
    number = _LINE_NUMBER.search(path)
    if number:
        why = why.removeprefix(f"line {number.group(1)}: ")
    return why.removeprefix(f"{PurePath(path).name}: ").removeprefix(f"{path}: ")


def status_skipped(status: IndexStatus) -> str:
    """What an index's builds skipped, in the build report's words ("7 files and 2
    records", nu27 #7: the reader said "9 files"); by count alone when only a count is
    known (an OpenSearch index's record keeps no paths)."""
    if status.skip_reasons:
        return paths_skipped_words([path for path, _ in status.skip_reasons])
    return counted(status.skipped, "file") if status.skipped else ""


def skipped_note(skipped: Sequence[Skipped], corpus: Path) -> str:
    """The toast's lines on what a build skipped ("" for nothing): the first `NAMED` files
    (within the corpus folder ``corpus``) with why, and how many more; then, apart, the
    parts left out of files indexed all the same ("JSON field ignored: ..."), as the status
    line counts files only (rv24 #7)."""
    files = [skip for skip in skipped if not is_note(skip)]
    notes = [skip for skip in skipped if is_note(skip)]
    return _listed("Skipped", files, corpus) + _listed(
        "Left out of files indexed all the same:", notes, corpus
    )


def _listed(heading: str, skipped: Sequence[Skipped], corpus: Path) -> str:
    if not skipped:
        return ""
    named = [skip_line(short_path(skip.path, corpus), skip.reason) for skip in skipped[:NAMED]]
    rest = len(skipped) - NAMED
    more = [f"and {rest:,} more"] if rest > 0 else []
    return f"\n{heading} " + "\n".join([*named, *more])


def whole_path(path: str, corpus: Path) -> str:
    """A skipped file's or record's whole path, as `index status --json` gives it: a
    record's (``sub/feed.jsonl:3``) and a front matter's are kept within the corpus folder,
    a file's whole (fx160: the JSON mixed both); a corpus that is one file: beside it."""
    if PurePath(path).is_absolute():
        return path
    root = corpus.resolve()
    return str((root.parent if root.exists() and not root.is_dir() else root) / path)


def short_path(path: str, corpus: Path) -> str:
    """A skipped file's path within the corpus folder (a JSON line's is given so already),
    or its name: the one form the toast, a build's and `index status`'s lines show (the
    heading above them names the folder; `--json` keeps the whole path)."""
    whole = PurePath(path)
    if not whole.is_absolute():
        return path
    folder = corpus.absolute()
    return str(whole.relative_to(folder)) if whole.is_relative_to(folder) else whole.name
