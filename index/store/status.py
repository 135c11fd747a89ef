"""What `broadsheet index status` reports: the index's size, age and freshness."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from index.ingest.files import SourceFile, file_digest, scan
from index.models import IndexStatus
from index.rules import ARTICLES, kinds_lacking, made_by_older, outdated
from index.skip_count import split_notes
from index.store.generations import (
    IndexDamaged,
    StoreError,
    check_safe,
    current_generation,
    is_locked,
    load_manifest,
    tidy,
)
from index.store.generations import (
    verify as verify_files,
)
from index.store.verified import verify_once

REBUILD = "run `broadsheet index rebuild`"
UPDATE = "run `broadsheet index update`"
REBUILDS = "run `broadsheet index update` to rebuild the index"
"""The advice when older rules read the articles: an update then rebuilds in full."""
FORCE = "`broadsheet index update --force` replaces it"
"""The advice for a stale index of another corpus (copied with its corpus): an update is
refused there (`index.errors.another_corpus`), unless forced."""


def older_advice(older: Sequence[str]) -> str:
    """The advice for a stale index some of whose kinds ``older`` rules made (none: only
    its files changed): an update, which rebuilds when the articles are among them."""
    if not older:
        return UPDATE
    return f"{made_by_older(older)}: {REBUILDS if ARTICLES in older else UPDATE}"


def _damaged(generation: Path, manifest: dict[str, Any], *, crc: bool) -> bool:
    """Whether the generation's files are damaged: checked as opening the index checks them
    (`verify_once`: every size, and the CRCs of any file changed since they last matched),
    so `status` says "damaged" where a search would (nu28 #10: it said "fresh" over a
    corrupt segment while every search failed); ``crc``: every CRC read (`--verify`)."""
    try:
        if crc:
            verify_files(generation, manifest, crc=True)
        else:
            verify_once(generation, manifest)
    except IndexDamaged:
        return True
    return False


_HASHED: dict[tuple[str, tuple[int, ...], str], bool] = {}
"""What `_changed` found hashing a file, by its path, stat and the manifest's digest: a
touched file is "fresh", so no update records its new time, and the library screen asks
again every few seconds (`tui.screens.library_screen`); without this each check would
read every touched file anew (4,000 touched files: 0.16 CPU s a check instead of 0.05)."""
_HASHED_MAX = 100_000
"""The most files `_HASHED` keeps (about 25 MB); past it, it starts again."""


def _changed(source: SourceFile, entry: dict[str, Any]) -> bool:
    """Whether a known file changed as an update counts it (`update._same_content`): its
    stat differs, and its bytes or its sidecar's stat too. Only a file whose stat differs is
    read (hashed, not parsed): what the update would read, at a fraction of its cost; and
    only once for a given stat (`_HASHED`: a file of the same stat is the same file to an
    update too)."""
    recorded = entry.get("sig")
    if recorded == list(source.signature):
        return False
    if not isinstance(recorded, list) or recorded[1:] != list(source.signature[1:]):
        return True  # its size, or its sidecar's stat, changed
    before = entry.get("digest")
    if not isinstance(before, str):
        return True
    key = (source.location, source.signature, before)
    found = _HASHED.get(key)
    if found is None:
        found = file_digest(source.path) != before
        if len(_HASHED) >= _HASHED_MAX:
            _HASHED.clear()
        _HASHED[key] = found
    return found


def file_changes(
    seen: Collection[str],
    known: Collection[str],
    changed: Callable[[str], bool] | AbstractSet[str],
) -> tuple[int, int, int]:
    """Files new, changed and deleted, counted by path: those ``seen`` in the corpus and not
    ``known`` to the index, those in both that ``changed`` (a test of a path, or the set of
    the paths that changed), and those known and not seen. The one definition for `index
    status` and `index update`'s report (a file renamed is one new and one deleted, even
    when its articles keep their ids). Paths are unique in ``seen`` and in ``known``."""
    # set operations, not a loop a path: an update's report counts every file of the corpus
    seen = seen if isinstance(seen, AbstractSet) else set(seen)
    both = seen & known.keys() if isinstance(known, Mapping) else seen & set(known)
    if isinstance(changed, AbstractSet):
        altered = len(both & changed)
    else:
        altered = sum(1 for rel in both if changed(rel))
    return len(seen) - len(both), altered, len(known) - len(both)


def staleness(
    corpus: Path, manifest: dict[str, Any]
) -> tuple[int, int, int, list[tuple[str, str]]]:
    """Count files new, changed and deleted since the index was built (one stat pass; a
    file whose stat changed is hashed: a touched one is no change, as an update says),
    and list the files skipped: those the scan refuses now (a named pipe that appeared
    after a no-op update, which leaves the manifest as it was) and each read file's."""
    sources, refused = scan(corpus)
    known: dict[str, Any] = manifest.get("files", {})
    by_rel = {s.rel: s for s in sources}
    new, changed, deleted = file_changes(
        by_rel, known, lambda rel: _changed(by_rel[rel], known[rel])
    )
    skipped = [(s.path, s.reason) for s in refused] + [
        (str(path), str(why)) for entry in known.values() for path, why in entry.get("skipped", [])
    ]
    return new, changed, deleted, skipped


def index_status(corpus: Path, index_dir: Path, *, verify: bool = False) -> IndexStatus:
    """Describe an index (for the CLI's table and JSON, and the reader's status line).

    The files of the index are checked as opening it checks them (`verify_once`): every
    recorded size (one ``stat`` each), and the CRC-32 of every file changed since its CRC
    last matched, so a truncated, missing or rewritten file shows as damaged, as a search
    finds it; with ``verify``, every file is read and its CRC-32 compared, which also finds
    damage below the file system (a bit flipped on the disk).

    Args:
        corpus: The corpus folder or file.
        index_dir: Its index folder.
        verify: Also compare checksums (reads the whole index).

    Returns:
        The state ("fresh", "stale", "missing", "damaged", or why the index cannot be
        read) with what to do about it (naming what older rules made, `index.rules`),
        the counts, and new/changed/deleted files.
    """
    where = str(corpus), str(index_dir)
    try:
        check_safe(index_dir)
        tidy(index_dir)
        generation = current_generation(index_dir)
        if generation is None:
            return IndexStatus(
                *where, state="missing", advice=REBUILD, building=is_locked(index_dir)
            )
        manifest = load_manifest(generation)
        damaged = _damaged(generation, manifest, crc=verify)
    except StoreError as error:
        return IndexStatus(*where, state=str(error))
    new, changed, deleted, skipped = staleness(corpus, manifest)
    files_skipped, notes = split_notes(skipped)  # notes: no file skipped (rv23)
    older = tuple(outdated(manifest, manifest.get("derived") or []))
    stale = new or changed or deleted or older
    named = manifest.get("corpus")
    held = named if isinstance(named, str) and named else None
    built_from = held if held and Path(held).resolve() != corpus.resolve() else None
    advice = f"of another corpus: {FORCE}" if built_from else older_advice(older)
    return IndexStatus(
        *where,
        state="damaged" if damaged else "stale" if stale else "fresh",
        advice=REBUILD if damaged else advice if stale else "",
        verified="checksums" if verify else "as opened",
        articles=manifest.get("articles", 0),
        files=len(manifest.get("files", {})),
        skipped=len(files_skipped),
        left_out=len(notes),
        skip_reasons=files_skipped,
        left_out_reasons=notes,
        built_at=manifest.get("built_at"),
        new_files=new,
        changed_files=changed,
        deleted_files=deleted,
        building=is_locked(index_dir),
        outdated=older,
        lacking=kinds_lacking(manifest),
        built_from=built_from,
    )
