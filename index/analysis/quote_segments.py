"""The segments of the quotes' store (`quote_store`): each written once, then hard-linked
by the generations after it, so that an update writes only what it changes.

Lines: a file of the quotes' store (``articles.jsonl``, ``groups.jsonl``) is kept since format 4
as a list of segments, oldest first: a later segment's line for a key replaces an earlier
one, and a *tombstone*, the key alone on its line (no tab), removes it. A segment is never
rewritten: the next generation hard-links it and adds a segment of its own changes; past
`quote_store.MAX_SEGMENTS` the live lines are written again as one. The live lines come
in the order an in-memory dict would hold them after the same changes: a key replaced or
added last comes last.

Shingles (`Shingles`, `write_segment`): sorted 64-bit shingle numbers and, for each, the
row of its quote; which rows are live the store says (``members.tsv``).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

LineKey = Callable[[str], str]
Key = tuple[str, int]


def id_json(article: str) -> str:
    """An article id as JSON (so a tab or newline in it cannot break a line)."""
    if article.isascii() and article.isprintable() and '"' not in article and "\\" not in article:
        return f'"{article}"'  # what json.dumps gives, without its cost
    return json.dumps(article, ensure_ascii=False)


def id_from_json(text: str) -> str:
    if "\\" not in text:
        return text[1:-1]
    found: str = json.loads(text)
    return found


def article_key(line: str) -> str:
    """The key of a line of ``articles.jsonl``: the article's id as JSON."""
    return line.partition("\t")[0]


def group_key(line: str) -> str:
    """The key of a line of ``groups.jsonl``: the group's id (its third field)."""
    return line.split("\t", 3)[2]


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a store file, split at newlines only: JSON written without
    ``ensure_ascii`` keeps U+2028, U+2029 and U+0085, which ``str.splitlines`` would split."""
    return [line for line in text.split("\n") if line]


def read_live(folder: Path, names: Sequence[str], key: LineKey) -> dict[str, str]:
    """The live lines of the segments ``names`` of ``folder``, by key."""
    live: dict[str, str] = {}
    for name in names:
        text = (folder / name).read_text(encoding="utf-8")
        for line in lines_of(text):
            if "\t" in line:
                found = key(line)
                live.pop(found, None)  # a key written again comes last
                live[found] = line
            elif line:
                live.pop(line, None)
    return live


def write_lines(path: Path, lines: Iterable[str]) -> None:
    """Write ``lines`` (each with a newline). Not flushed here: the folder is in a
    generation not yet published, whose publishing flushes every file at once."""
    every = list(lines)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(every) + "\n" if every else "")


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link a file of the previous generation into the new one (copy across devices)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class Shingles:
    """One shingle segment: sorted numbers, their quotes' rows, and which rows are live."""

    def __init__(self, folder: Path, name: str, segment_of: dict[Key, str]) -> None:
        import numpy as np

        self.name = name
        self.hashes = np.load(folder / f"{name}.hash.npy", allow_pickle=False)
        self.refs = np.load(folder / f"{name}.ref.npy", allow_pickle=False)
        self.keys: list[Key] = []
        for line in lines_of((folder / f"{name}.keys").read_text(encoding="utf-8")):
            article, _, number = line.partition("\t")
            self.keys.append((id_from_json(article), int(number)))
        self.live = np.array([segment_of.get(k) == name for k in self.keys], dtype=bool)
        counts = np.zeros(len(self.refs) + 1, dtype=np.int64)
        np.cumsum(self.live[self.refs], out=counts[1:])
        self.live_before = counts

    def ranges(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np

        lo = np.searchsorted(self.hashes, wanted, side="left")
        hi = np.searchsorted(self.hashes, wanted, side="right")
        return lo, hi

    def live_keys(self, lo: int, hi: int) -> list[Key]:
        """The live quotes of the entries ``lo:hi`` (one shingle's, from `ranges`)."""
        rows = self.refs[lo:hi]
        return [self.keys[row] for row in rows[self.live[rows]].tolist()]


def write_segment(folder: Path, name: str, entries: dict[int, set[Key]]) -> list[Key]:
    """Write segment ``name`` holding ``entries`` (shingle -> quotes); returns its quotes."""
    import numpy as np

    keys = sorted(set(chain.from_iterable(entries.values())))
    row = {k: n for n, k in enumerate(keys)}
    sizes = np.fromiter(map(len, entries.values()), np.int64, len(entries))
    hashes = np.repeat(np.fromiter(entries, np.uint64, len(entries)), sizes)
    every = chain.from_iterable(entries.values())
    refs = np.fromiter(map(row.__getitem__, every), np.int32, int(sizes.sum()))
    save_segment(folder, name, hashes, refs, keys)
    return keys


def merge_segments(
    previous: Path,
    kept: set[str],
    folder: Path,
    segment_of: dict[Key, str],
    names: list[str],
    number: int,
) -> str:
    """Merge every live entry of the segments ``names`` (those in ``kept`` read from the
    ``previous`` folder, the rest written in ``folder``, and removed once read) into one
    segment of ``folder``; returns its name. ``segment_of`` is updated (each key's)."""
    import numpy as np

    name = f"sh-{number}"
    keys: list[Key] = []
    hashes, refs = [], []
    for old in names:
        source = previous if old in kept else folder
        segment = Shingles(source, old, segment_of)
        remap = np.full(len(segment.keys), -1, np.int64)
        alive = np.flatnonzero(segment.live)
        remap[alive] = np.arange(len(keys), len(keys) + len(alive))
        keys.extend(segment.keys[r] for r in alive.tolist())
        mask = segment.live[segment.refs]
        hashes.append(segment.hashes[mask])
        refs.append(remap[segment.refs[mask]].astype(np.int32))
        if source == folder:
            for suffix in ("hash.npy", "ref.npy", "keys"):
                (folder / f"{old}.{suffix}").unlink()
    save_segment(folder, name, np.concatenate(hashes), np.concatenate(refs), keys)
    for key in keys:
        segment_of[key] = name
    return name


def save_segment(
    folder: Path, name: str, hashes: np.ndarray, refs: np.ndarray, keys: Sequence[Key]
) -> None:
    import numpy as np

    order = np.lexsort((refs, hashes))
    for suffix, array in (("hash", hashes[order]), ("ref", refs[order])):
        with open(folder / f"{name}.{suffix}.npy", "wb") as handle:
            np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
    write_lines(folder / f"{name}.keys", (f"{id_json(a)}\t{i}" for a, i in keys))
