"""The live generation's manifest of an index folder, read in one place (rv35's note: the
corpus check, the moved-file check and the moved-corpus check each read it their own way)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.errors import StoreError
from index.store.generations import MANIFEST, current_generation, read_json
from index.store.kept import read_kept


def live_manifest(index_dir: Path, *, keep: bool = False) -> dict[str, Any]:
    """The manifest of ``index_dir``'s live generation; {} when there is none or it cannot
    be read (a rebuild repairs it). ``keep``: parsed for the `load_manifest` of the build
    that follows (`index.store.kept`)."""
    try:
        live = current_generation(index_dir)
        if live is None:
            return {}
        manifest = (read_kept if keep else read_json)(live / MANIFEST)
    except (StoreError, OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def indexed_corpus(index_dir: Path) -> Path | None:
    """The corpus whose Whoosh index ``index_dir`` holds, as its manifest names it; None when
    there is no index there or it cannot be read (a rebuild repairs it)."""
    named = live_manifest(index_dir, keep=True).get("corpus")
    return Path(named) if isinstance(named, str) and named else None
