"""What `broadsheet index status` reports: the index's size, age and freshness."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.ingest import scan
from index.store import (
    StoreError,
    check_safe,
    current_generation,
    is_locked,
    load_manifest,
    tidy,
)


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


def index_status(corpus: Path, index_dir: Path) -> dict[str, Any]:
    """Describe an index as plain data (for the CLI's table and JSON, and the reader).

    Keys: corpus, index, state ("fresh", "stale", "missing", "outdated", "damaged"...),
    articles, files, skipped, built_at, building, and counts of new/changed/deleted files.
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
    except StoreError as error:
        status["state"] = str(error)
        return status
    new, changed, deleted = staleness(corpus, manifest)
    stale = new or changed or deleted
    status.update(
        state="stale (run `broadsheet index update`)" if stale else "fresh",
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
