"""What `broadsheet index status` reports: the index's size, age and freshness."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.ingest import scan
from index.store import (
    IndexDamaged,
    StoreError,
    check_safe,
    current_generation,
    is_locked,
    load_manifest,
    tidy,
)
from index.store import (
    verify as verify_files,
)

DAMAGED = "damaged (run `broadsheet index rebuild`)"


def _damaged(generation: Path, manifest: dict[str, Any], *, crc: bool) -> bool:
    try:
        verify_files(generation, manifest, crc=crc)
    except IndexDamaged:
        return True
    return False


def staleness(corpus: Path, manifest: dict[str, Any]) -> tuple[int, int, int]:
    """Count files new, changed and deleted since the index was built (one stat pass)."""
    sources, _ = scan(corpus)
    known: dict[str, Any] = manifest.get("files", {})
    seen = {s.rel for s in sources}
    new = sum(1 for s in sources if s.rel not in known)
    changed = sum(
        1 for s in sources if s.rel in known and known[s.rel].get("sig") != list(s.signature)
    )
    deleted = sum(1 for rel in known if rel not in seen)
    return new, changed, deleted


def index_status(corpus: Path, index_dir: Path, *, verify: bool = False) -> dict[str, Any]:
    """Describe an index as plain data (for the CLI's table and JSON, and the reader).

    Every file of the index is checked for its recorded size (one ``stat`` each), so a
    truncated or missing file shows as damaged; with ``verify``, every file is read and
    its CRC-32 compared too, which finds a flipped bit.

    Args:
        corpus: The corpus folder or file.
        index_dir: Its index folder.
        verify: Also compare checksums (reads the whole index).

    Returns:
        Keys: corpus, index, state ("fresh", "stale", "missing", "outdated",
        "damaged"...), articles, files, skipped, built_at, building, and counts of
        new/changed/deleted files.
    """
    status: dict[str, Any] = {"corpus": str(corpus), "index": str(index_dir)}
    try:
        check_safe(index_dir)
        tidy(index_dir)
        generation = current_generation(index_dir)
        if generation is None:
            status["state"] = "missing (run `broadsheet index rebuild`)"
            status["building"] = is_locked(index_dir)
            return status
        manifest = load_manifest(generation)
        damaged = _damaged(generation, manifest, crc=verify)
    except StoreError as error:
        status["state"] = str(error)
        return status
    new, changed, deleted = staleness(corpus, manifest)
    stale = new or changed or deleted
    status.update(
        state=DAMAGED if damaged else "stale (run `broadsheet index update`)" if stale else "fresh",
        verified="checksums" if verify else "sizes",
        articles=manifest.get("articles", 0),
        files=len(manifest.get("files", {})),
        skipped=len(manifest.get("skipped", [])),
        built_at=manifest.get("built_at"),
        new_files=new,
        changed_files=changed,
        deleted_files=deleted,
        building=is_locked(index_dir),
    )
    return status
