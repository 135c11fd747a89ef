"""The quotes' folder on disk, laid out so that an update reads and writes what it touches.

A rebuild groups every quote in memory (`QuoteIndex`) and writes the folder whole; an
update opens it as a `StoredQuotes`, a `QuoteIndex` that reads an article's quotes only
when the update reaches them (a removed article, a candidate of a new quote, a member of a
group that changes), and writes only what changed: the previous folder's segments are
hard-linked, and each kind of file gets a segment of the changes.
The files (format `FORMAT`):

- ``toc.json``: the format and the segments in use of each kind;
- ``articles.jsonl``: a line per article, its id (JSON) then a tab then its outlet, date,
  quotes and each quote's words (JSON); since format 4 kept as segments of lines
  (`quote_segments`): a rebuild writes ``articles.jsonl``, an update hard-links the previous
  segments and adds one (``articles-N.jsonl``) of the lines it changed;
- ``members.tsv``: a line per quote: article id (JSON), quote number, group id, the
  segment that holds its shingles, its region (the linked quotes its group is cut from:
  what an update regroups) and its number of words;
- ``groups.jsonl``: a line per group, in reading order (most carried first): articles,
  first article (JSON), group id, then the group as a reader reads it (JSON); segments too
  (``groups-N.jsonl``, each in reading order, merged in that order when read);
- ``sh-N.hash.npy``, ``sh-N.ref.npy``, ``sh-N.keys``: segment N of the shingle index:
  sorted 64-bit shingle numbers, for each the row of its quote in ``keys`` (article id
  (JSON), tab, quote number). A segment is never rewritten: the next generation hard-links
  it (as Whoosh's segments are), and a quote whose ``members.tsv`` row names another
  segment (or none) is dead there. Past `MAX_SEGMENTS` the live entries are merged into one;
- ``shared.tsv``, ``shared-groups.tsv`` (since format 5): which articles share a long
  quotation, for `related` (`quote_shared`); an update splices in its groups' lines.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from index.analysis.quote_candidates import COMMON_SHINGLE as _COMMON_SHINGLE
from index.analysis.quote_candidates import counted as _counted
from index.analysis.quote_candidates import same_words as _same_words
from index.analysis.quote_groups import QuoteGroup, QuoteIndex, _Entry
from index.analysis.quote_links import whole as _whole
from index.analysis.quote_segments import (
    Shingles,
    article_key,
    group_key,
    lines_of,
    link_or_copy,
    merge_segments,
    read_live,
    write_segment,
)
from index.analysis.quote_segments import id_from_json as _unname
from index.analysis.quote_segments import id_json as _name
from index.analysis.quote_segments import write_lines as _write_lines
from index.analysis.quote_shared import LONG_QUOTE
from index.analysis.quote_shared import TOC_KEY as _SHARED_WORDS
from index.analysis.quote_shared import update as _update_shared
from index.analysis.quote_shared import write as _write_shared

FORMAT = 5
READABLE = (2, 3, 4, FORMAT)
"""Formats read whole; an update opens 3 to 5 as they are (3: one segment of each file;
4: no side files, `quote_shared`, which it writes)."""
TOC = "toc.json"
ARTICLES = "articles.jsonl"
MEMBERS = "members.tsv"
GROUPS = "groups.jsonl"
MAX_SEGMENTS = 8
"""Shingle segments kept before the live entries are merged into one."""

Key = tuple[str, int]
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""`json.dumps` with these options, without making an encoder for each line."""


class StoreFormatError(Exception):
    """The folder holds quotes of another format (or none)."""


def read_toc(folder: Path, formats: tuple[int, ...] = (FORMAT,)) -> dict[str, Any]:
    """The folder's table of contents; raises `StoreFormatError` for a format not in
    ``formats``."""
    try:
        toc = json.loads((folder / TOC).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise StoreFormatError(f"no {TOC} in {folder}") from error
    if not isinstance(toc, dict) or toc.get("format") not in formats:
        raise StoreFormatError(f"quotes of another format in {folder}")
    return toc


def group_line(group: QuoteGroup, stored: dict[str, Any]) -> str:
    """A group's line of ``groups.jsonl`` (without its newline)."""
    head = f"{len(group.articles)}\t{_name(group.first)}\t{group.id}\t"
    return head + _dumps(stored)


def _line_order(line: str) -> tuple[int, str, str]:
    count, first, gid, _ = line.split("\t", 3)
    return (-int(count), _unname(first), gid)


def _group_lines(folder: Path, names: Sequence[str]) -> list[str]:
    """The live lines of the group segments ``names``, in reading order."""
    if len(names) == 1:  # a build's, or merged: in order, nothing dead
        return lines_of((folder / names[0]).read_text("utf-8"))
    return sorted(read_live(folder, names, group_key).values(), key=_line_order)


def read_groups(folder: Path) -> list[dict[str, Any]]:
    """Every group as ``groups.jsonl`` keeps it, in reading order (format 2 wrote it alike)."""
    toc = read_toc(folder, READABLE)
    lines = _group_lines(folder, toc.get("groups", [GROUPS]))
    parts = [line.split("\t", 3)[3] for line in lines]
    groups: list[dict[str, Any]] = json.loads("[" + ",".join(parts) + "]")
    return groups


def article_line(article: str, entry: dict[str, Any]) -> str:
    return _name(article) + "\t" + _dumps(entry)


def read_state(folder: Path) -> QuoteIndex:
    """The whole folder as an in-memory `QuoteIndex` (every shingle indexed anew); a folder
    of format 2 too (its groups, single-link, are the regions)."""
    toc = read_toc(folder, READABLE)
    articles = {}
    for line in read_live(folder, toc.get("articles", [ARTICLES]), article_key).values():
        head, _, body = line.partition("\t")
        articles[json.loads(head)] = json.loads(body)
    regions: dict[str, list[list[Any]]] = defaultdict(list)
    for row in _members(folder):
        regions[row[4]].append([row[0], row[1]])
    return QuoteIndex.from_json({"articles": articles, "groups": list(regions.values())})


def _members(folder: Path) -> Iterable[tuple[str, int, str, str, str, int, str]]:  # +line
    for line in lines_of((folder / MEMBERS).read_text(encoding="utf-8")):
        article, number, gid, segment, *rest = line.split("\t")
        region, size = rest or (gid, "0")  # format 2: no region (its group) nor size
        yield _unname(article), int(number), gid, segment, region, int(size), line


def _member_rows(index: QuoteIndex, gid: dict[Key, str], segment_of: dict[Key, str]) -> list[str]:
    """The lines of ``members.tsv``, given each quote's group id and segment."""
    region = {}
    for r, members in index._regions.items():
        label = index._region_label(r)
        region.update(dict.fromkeys(members, label))
    return [_row(k, gid[k], segment_of[k], region[k], index._size(k)) for k in sorted(region)]


def _row(key: Key, gid: str, segment: str, region: str, size: int) -> str:
    return f"{_name(key[0])}\t{key[1]}\t{gid}\t{segment}\t{region}\t{size}"


def write_toc(
    folder: Path,
    segments: Sequence[str],
    next_segment: int,
    articles: Sequence[str] = (ARTICLES,),
    groups: Sequence[str] = (GROUPS,),
) -> None:
    toc = {"format": FORMAT, "segments": list(segments), "next": next_segment}
    toc = {**toc, "articles": articles, "groups": groups, _SHARED_WORDS: LONG_QUOTE}
    _write_lines(folder / TOC, [json.dumps(toc)])


def write_all(index: QuoteIndex, folder: Path, stored: Any) -> None:
    """Write an in-memory index as a whole folder (one segment); ``stored`` makes a
    group's reader-side JSON."""
    articles = []
    for aid, entry in index._articles.items():
        words = [" ".join(index._words[(aid, i)]) for i in range(len(entry))]
        articles.append(article_line(aid, {**_entry_json(entry), "words": words}))
    _write_lines(folder / ARTICLES, articles)
    groups = index.groups()
    _write_lines(folder / GROUPS, (group_line(g, stored(g)) for g in groups))
    name = "sh-0"
    keys = write_segment(folder, name, index._shingles) if index._region_of else []
    ids = {k: index._gid(g) for r in index._regions for g in index._groups_in(r) for k in g}
    _write_lines(folder / MEMBERS, _member_rows(index, ids, dict.fromkeys(keys, name)))
    _write_shared(folder, ((g, k[0]) for k, g in ids.items() if index._size(k) >= LONG_QUOTE))
    write_toc(folder, [name] if keys else [], 1)


def _entry_json(entry: Any) -> dict[str, Any]:
    return {"source": entry.source, "date": entry.date, "quotes": entry.to_json()}


class StoredQuotes(QuoteIndex):
    """A `QuoteIndex` over a quotes folder that reads only what the changes reach.

    Every change goes through the `QuoteIndex` methods, so an update groups exactly as an
    in-memory index read from the same folder would; what differs is what is read: the
    group of every quote (``members.tsv``), the live lines of the ``articles`` segments
    uncut, and an article's quotes and words only when asked for.
    """

    def __init__(self, folder: Path) -> None:
        super().__init__()
        toc = read_toc(folder, (3, 4, FORMAT))
        self._folder = folder
        self._article_files = toc.get("articles", [ARTICLES])
        self._group_files = toc.get("groups", [GROUPS])
        self._next_segment = int(toc["next"])
        self._shared_words = toc.get(_SHARED_WORDS)  # the side files' `LONG_QUOTE`, if any
        self._segment_of: dict[Key, str] = {}
        self._stored_id: dict[Key, str] = {}  # each quote's group as stored
        self._sizes: dict[Key, int] = {}  # each quote's number of words
        self._stored_region: dict[Key, str] = {}
        self._dropped: set[str] = set()  # stored ids of the groups of quotes removed since
        by_region: dict[str, set[Key]] = defaultdict(set)
        self._rows: dict[Key, str] | None = {} if toc["format"] > 3 else None
        for article, number, gid, segment, region, size, line in _members(folder):
            key = (article, number)
            if self._rows is not None:
                self._rows[key] = line
            self._segment_of[key] = segment
            self._stored_id[key] = gid
            self._sizes[key] = size
            self._stored_region[key] = region
            by_region[region].add(key)
        for members in by_region.values():
            self._new_region(members)
        self._changed.clear()
        self._segments = [Shingles(folder, name, self._segment_of) for name in toc["segments"]]
        self._gone: set[Key] = set()  # quotes on disk removed since
        self._lines = read_live(folder, self._article_files, article_key)
        self._unwritten: set[str] = set()  # lines on disk of the articles removed since
        self._added: list[str] = []

    def __len__(self) -> int:
        return len(self._lines) + len(self._added)

    def __contains__(self, article: object) -> bool:
        return isinstance(article, str) and (
            article in self._articles or _name(article) in self._lines
        )

    def _load(self, articles: Iterable[str]) -> None:
        for article in articles:
            if article in self._articles:
                continue
            line = self._lines.get(_name(article))
            if line is None:
                continue
            data = json.loads(line.partition("\t")[2])
            self._articles[article] = _Entry(
                data.get("source"), data.get("date"), None, data["quotes"]
            )
            for i, words in enumerate(data["words"]):
                self._words[(article, i)] = tuple(words.split())

    def remove_article(self, article: str) -> None:
        self._load([article])
        entry = self._articles.get(article)
        if entry is None:
            return
        keys = [(article, i) for i in range(len(entry))]
        regions = {self._region_of[k] for k in keys}
        self._load({a for r in regions for a, _ in self._regions[r]})
        self._gone.update(k for k in keys if k in self._segment_of)
        self._dropped.update(self._stored_id[k] for k in keys if k in self._stored_id)
        if self._lines.pop(_name(article), None) is not None:
            self._unwritten.add(_name(article))
        if article in self._added:
            self._added.remove(article)
        super().remove_article(article)

    def add_article(self, article: str, *args: Any, **kwargs: Any) -> None:
        if article in self:
            self.remove_article(article)
        super().add_article(article, *args, **kwargs)
        self._added.append(article)

    def _candidates(self, key: Key, words: tuple[str, ...], shingles: set[int]) -> list[Key]:
        import numpy as np

        own = sorted(shingles)
        wanted = np.array(own, dtype=np.uint64)
        spans = [(segment, *segment.ranges(wanted)) for segment in self._segments]
        counts: Counter[Key] = Counter()
        same: set[Key] = set()  # one quote of the same words (`quote_candidates.same_words`)
        mine = _whole(words)
        for n, shingle in enumerate(own):
            here = self._shingles.get(shingle) or set()
            if shingle == mine:
                stored = (k for s, lo, hi in spans for k in s.live_keys(lo[n], hi[n]))
                same = _same_words(key, here | {k for k in stored if k not in self._gone})
                continue
            live = len(here) + sum(
                int(s.live_before[hi[n]] - s.live_before[lo[n]]) for s, lo, hi in spans
            )
            if live - len(self._gone) > _COMMON_SHINGLE:
                continue  # more than that even if every removed quote was in it
            bucket = list(here)
            for segment, lo, hi in spans:
                bucket.extend(k for k in segment.live_keys(lo[n], hi[n]) if k not in self._gone)
            if bucket and len(bucket) <= _COMMON_SHINGLE:
                counts.update(bucket)
        close = _counted(key, len(words), counts, self._size, self._loose)
        close.extend(same - set(close))
        self._loose.difference_update(close)
        self._load({a for a, _ in close} | {a for a, _ in self._loose})
        return close  # compared (`same_quotation`, loose ones `loose`) by `_joined`

    def _size(self, key: Key) -> int:
        words = self._words.get(key)
        return len(words) if words is not None else self._sizes[key]

    def changes(self) -> tuple[list[QuoteGroup], set[str]]:
        touched = [r for r in self._changed if r in self._regions]
        self._load({a for r in touched for a, _ in self._regions[r]})
        changed = [self._group(g) for r in touched for g in self._groups_in(r)]
        return changed, self._kept()

    def _kept(self) -> set[str]:
        """The stored ids of the groups of every region no change reached."""
        touched = {
            self._stored_id.get(k)
            for r in self._changed
            if r in self._regions
            for k in self._regions[r]
        }
        return set(self._stored_id.values()) - touched - self._dropped

    def _region_label(self, region: int) -> str:
        if region in self._changed:
            return super()._region_label(region)
        return self._stored_region[next(iter(self._regions[region]))]

    def write(self, folder: Path, changed: list[QuoteGroup], stored: Any) -> None:
        """Write the updated folder: the previous one's segments hard-linked, and new
        segments of the lines changed (articles, groups) and of the quotes added
        (shingles); past `MAX_SEGMENTS` of a kind, its live entries merged into one."""
        number = self._next_segment  # names this update's segments (+1: a shingle merge)
        added = {}
        for article in self._added:
            entry = self._articles[article]
            words = [" ".join(self._words[(article, i)]) for i in range(len(entry))]
            added[_name(article)] = article_line(article, {**_entry_json(entry), "words": words})
        gone = sorted(self._unwritten - added.keys())  # tombstones: the key alone
        articles = self._extend(
            folder,
            self._article_files,
            f"articles-{number}.jsonl",
            [*gone, *added.values()],
            lambda: [*self._lines.values(), *added.values()],
        )
        kept = self._kept()
        lines = sorted((group_line(g, stored(g)) for g in changed), key=_line_order)
        dead = sorted(set(self._stored_id.values()) - kept)

        def merged() -> list[str]:
            old = _group_lines(self._folder, self._group_files)
            groups = [line for line in old if group_key(line) in kept]
            for line in lines:
                bisect.insort(groups, line, key=_line_order)  # the kept lines are in order
            return groups

        groups = self._extend(
            folder, self._group_files, f"groups-{number}.jsonl", [*dead, *lines], merged
        )
        segment_of = {k: s for k, s in self._segment_of.items() if k not in self._gone}
        names = [s.name for s in self._segments]
        if self._shingles:
            name = f"sh-{number}"
            for key in write_segment(folder, name, self._shingles):
                segment_of[key] = name
            names.append(name)
        merging = len(names) > MAX_SEGMENTS
        if merging:
            own = {segment.name for segment in self._segments}
            names = [merge_segments(self._folder, own, folder, segment_of, names, number + 1)]
        else:
            for segment in self._segments:
                for suffix in ("hash.npy", "ref.npy", "keys"):
                    file = f"{segment.name}.{suffix}"
                    link_or_copy(self._folder / file, folder / file)
        _write_lines(folder / MEMBERS, self._member_rows(segment_of, merging))
        if self._shared_words == LONG_QUOTE:  # the previous side files, changed
            _update_shared(self._folder, folder, dead, self._long_quotes(changed_only=True))
        else:  # a store of format 4 has none
            _write_shared(folder, self._long_quotes())
        write_toc(folder, names, number + 2, articles, groups)

    def _member_rows(self, segment_of: dict[Key, str], merged: bool) -> list[str]:
        """The lines of ``members.tsv``: a quote of a region no change reached keeps the line
        read (same group id, region and size; same segment unless the segments merged)."""
        rows, changed, lines = (None if merged else self._rows), self._changed, {}
        ids, regions, size = self._stored_id, self._stored_region, self._size
        for k, r in self._region_of.items():  # every quote
            if r not in changed:
                lines[k] = rows[k] if rows else _row(k, ids[k], segment_of[k], regions[k], size(k))
        for region in changed & self._regions.keys():  # a region removed since has no lines
            label = self._region_label(region)
            for g in self._groups_in(region):
                gid = self._gid(g)
                lines.update((k, _row(k, gid, segment_of[k], label, self._size(k))) for k in g)
        return [lines[k] for k in sorted(lines)]

    def _long_quotes(self, *, changed_only: bool = False) -> list[tuple[str, str]]:
        """The group and article of each quote of `LONG_QUOTE` words or more in a region of
        two quotes or more (a lone quote's group shares nothing), with the group ids of
        ``members.tsv`` (`_member_rows`); ``changed_only``: the regions a change reached."""
        found: list[tuple[str, str]] = []
        changed, ids = self._changed, self._stored_id
        regions = changed & self._regions.keys() if changed_only else self._regions
        for region in regions:
            keys = self._regions[region]
            if len(keys) < 2:
                continue
            if region not in changed:
                found.extend((ids[k], k[0]) for k in keys if self._sizes[k] >= LONG_QUOTE)
                continue
            for g in self._groups_in(region):
                gid = self._gid(g)
                found.extend((gid, k[0]) for k in g if self._size(k) >= LONG_QUOTE)
        return found

    def _extend(
        self,
        folder: Path,
        files: list[str],
        name: str,
        lines: list[str],
        merged: Callable[[], list[str]],
    ) -> list[str]:
        """The segments of one kind of lines in the new folder: ``files`` hard-linked and
        ``lines`` (changes) as segment ``name``, or ``merged()`` (every live line) as
        ``name`` alone when that would make more than `MAX_SEGMENTS`."""
        if not lines:
            names = list(files)
        elif len(files) + 1 > MAX_SEGMENTS:
            _write_lines(folder / name, merged())
            return [name]
        else:
            _write_lines(folder / name, lines)
            names = [*files, name]
        for file in files:
            link_or_copy(self._folder / file, folder / file)
        return names
