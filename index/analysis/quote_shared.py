"""Which articles share a long quotation: two side files of the quotes' store, for `related`.

Written by every write of the store (a rebuild's `quote_store.write_all` and an update's
`quote_store.StoredQuotes.write`, whose no-change update writes them too), from the very
rows of ``members.tsv`` that write makes, before its ``toc.json``: one generation never
holds side files that disagree with its ``members.tsv`` (the generation is swapped in
whole, `index.derived`). Since format 5 of the store (``toc.json`` records `LONG_QUOTE` as
``"shared_words"``):

- ``shared.tsv``: a line per article carrying a quotation of `LONG_QUOTE` words or more
  that another article carries too (one group of ``members.tsv``, both occurrences that
  long): the article's id (JSON), then the ids of those groups, tab-separated;
- ``shared-groups.tsv``: a line per such group: its id, then the articles carrying it that
  long (ids as JSON), tab-separated.

Each is sorted by its first field's bytes, so `sharing` bisects them through ``mmap``: a
one-shot `broadsheet related` reads a few pages of each, not every row of
``members.tsv`` (0.8 s of CPU at 100,000 articles). A store of an older format has neither
file: `related_passages.sharing` parses its ``members.tsv`` instead (the same answer).
"""

from __future__ import annotations

import json
import mmap
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.analysis.quote_segments import id_from_json, id_json, write_lines

LONG_QUOTE = 12
"""Fewest words of a shared quotation that make two articles related (both occurrences):
a stock phrase ("we are monitoring the situation", 5) is carried by articles of unrelated
events; a quotation of a dozen words is carried by reports of one statement."""

SHARED = "shared.tsv"
SHARED_GROUPS = "shared-groups.tsv"
TOC = "toc.json"
"""The store's table of contents (`quote_store.TOC`)."""
TOC_KEY = "shared_words"
"""What ``toc.json`` calls the `LONG_QUOTE` the side files were written with."""


def written_for(folder: Path) -> int | None:
    """The `LONG_QUOTE` the side files of a quotes folder were written with (its
    ``toc.json``), or None: a store of format 4 or older has none (nor a missing folder)."""
    try:
        toc = json.loads((folder / TOC).read_bytes())
    except (OSError, ValueError):
        return None
    words = toc.get(TOC_KEY) if isinstance(toc, dict) else None
    return words if isinstance(words, int) else None


def write(folder: Path, carried: Iterable[tuple[str, str]]) -> None:
    """Write both side files into ``folder`` from ``carried``: (group id, article id) of
    every quote of `LONG_QUOTE` words or more (repeats allowed)."""
    groups = _carriers(carried)
    lines, of_article = [], defaultdict(list)
    for gid in sorted(groups):
        names = groups[gid]
        lines.append("\t".join([gid, *names]))
        for name in names:
            of_article[name].append(gid)
    write_lines(folder / SHARED_GROUPS, lines)  # str order is UTF-8 byte order
    write_lines(folder / SHARED, ("\t".join([n, *of_article[n]]) for n in sorted(of_article)))


def _carriers(carried: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """The groups of ``carried`` (as `write` takes it) that two articles or more carry, and
    those articles' ids as JSON, sorted."""
    first: dict[str, str] = {}  # most groups have one article: no set for them
    groups: dict[str, set[str]] = defaultdict(set)
    for gid, article in carried:
        if first.setdefault(gid, article) != article:
            groups[gid].update((first[gid], article))
    return {gid: sorted(id_json(a) for a in articles) for gid, articles in groups.items()}


def update(
    previous: Path, folder: Path, dead: Iterable[str], carried: Iterable[tuple[str, str]]
) -> None:
    """Write both side files into ``folder`` as `write` would for the groups of the side
    files of ``previous`` but those in ``dead``, and those of ``carried`` (as `write` takes
    it): the groups an update made anew, none of them a group kept (its id from a quote of
    its own, `quote_groups.QuoteIndex._gid`). Only the lines of those groups, and of the
    articles they name, are made: the rest are the previous files' bytes
    (`quote_store.StoredQuotes.write`; ``previous`` has side files of `LONG_QUOTE`)."""
    old_groups = (previous / SHARED_GROUPS).read_bytes()
    old_shared = (previous / SHARED).read_bytes()
    gone = {gid.encode("utf-8") for gid in dead}
    lines: dict[bytes, bytes | None] = dict.fromkeys(gone)
    articles: dict[bytes, set[bytes]] = {}  # the articles whose lines change: groups added
    for key in gone:
        row = _line(old_groups, key)
        for carrier in row.split(b"\t")[1:] if row else ():
            articles.setdefault(carrier, set())
    for gid, names in _carriers(carried).items():
        key = gid.encode("utf-8")
        lines[key] = "\t".join([gid, *names]).encode("utf-8")
        for name in names:
            articles.setdefault(name.encode("utf-8"), set()).add(key)
    rows: dict[bytes, bytes | None] = {}
    for carrier, added in articles.items():
        row = _line(old_shared, carrier)
        kept = {key for key in (row.split(b"\t")[1:] if row else ()) if key not in gone}
        keys = sorted(kept | added)
        rows[carrier] = b"\t".join([carrier, *keys]) if keys else None
    (folder / SHARED_GROUPS).write_bytes(_spliced(old_groups, lines))
    (folder / SHARED).write_bytes(_spliced(old_shared, rows))


def _spliced(data: bytes, lines: dict[bytes, bytes | None]) -> bytes:
    """``data`` (lines sorted by their first field's bytes, each ending in a newline) with
    the line of each key of ``lines`` replaced by its value (None: no line), in order."""
    parts, at = [], 0
    for key in sorted(lines):
        start = max(_seek(data, key), at)
        parts.append(data[at:start])
        stop = data.find(b"\n", start)
        stop = len(data) if stop < 0 else stop
        found = start < len(data) and data[start:stop].split(b"\t", 1)[0] == key
        at = min(stop + 1, len(data)) if found else start
        if (line := lines[key]) is not None:
            parts.append(line + b"\n")
    parts.append(data[at:])
    return b"".join(parts)


def sharing(folder: Path, article_id: str) -> set[str]:
    """The other articles sharing a long quotation with ``article_id``, read from the side
    files of ``folder`` (a quotes folder of format 5).

    Raises:
        OSError: A side file is missing or unreadable.
    """
    line = _find(folder / SHARED, id_json(article_id).encode("utf-8"))
    if line is None:
        return set()
    found: set[str] = set()
    with _mapped(folder / SHARED_GROUPS) as groups:
        for gid in line.split(b"\t")[1:]:
            row = _line(groups, gid)
            if row is not None:
                found.update(id_from_json(n.decode("utf-8")) for n in row.split(b"\t")[1:])
    found.discard(article_id)
    return found


def _find(path: Path, key: bytes) -> bytes | None:
    with _mapped(path) as data:
        return _line(data, key)


@contextmanager
def _mapped(path: Path) -> Iterator[mmap.mmap | bytes]:
    """A file's bytes through ``mmap`` (an empty file as empty bytes: ``mmap`` refuses it)."""
    with open(path, "rb") as handle:
        if not os.fstat(handle.fileno()).st_size:
            yield b""
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            yield data


def _line(data: mmap.mmap | bytes, key: bytes) -> bytes | None:
    """The line of ``data`` (lines sorted by their first field's bytes) whose first field is
    ``key``, or None."""
    lo = _seek(data, key)
    end = data.find(b"\n", lo)
    line = bytes(data[lo : len(data) if end < 0 else end])
    return line if line.split(b"\t", 1)[0] == key and line else None


def _seek(data: mmap.mmap | bytes, key: bytes) -> int:
    """Where the first line of ``data`` (lines sorted by their first field's bytes) whose
    first field is ``key`` or above starts (the end if none). Bisects byte positions: each
    step reads the line around the middle."""
    lo, hi = 0, len(data)  # lo is a line's start; every line before lo is under key
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1  # >= lo: lo starts a line
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        tab = data.find(b"\t", start, end)
        if data[start : end if tab < 0 else tab] < key:
            lo = end + 1
        else:
            hi = start
    return min(lo, len(data))
