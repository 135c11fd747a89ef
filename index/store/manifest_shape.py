"""The shape of a generation's manifest: each field it may hold, of the type a build writes.

A manifest that parses as JSON may still be damaged (edited by hand, written by another
tool): ``"derived": 5`` would fail deep in `index status` or an update with a TypeError.
`load_manifest` refuses such a manifest as damaged, with the message of any other damage.
Only the fields themselves are checked (a few ``isinstance`` calls), not each file's entry:
the check runs before the reader's first frame.
"""

from __future__ import annotations

from typing import Any

from index.store.schema import SCHEMA_VERSION

_TYPES: dict[str, type | tuple[type, ...]] = {
    "corpus": str,
    "built_at": str,
    "articles": int,
    "files": dict,
    "skipped": list,
    "checksums": dict,
    "derived": list,
    "rules": dict,
}
"""Each field a build writes and its type (a field left out is not checked here)."""


def well_formed(manifest: dict[str, Any]) -> bool:
    """True when each known field of ``manifest`` has the type a build writes (a bool is
    no count of articles; the derived kinds are names). A manifest of another schema
    version is left to `load_manifest`'s version check: that index is outdated, not damaged."""
    if manifest.get("schema_version") != SCHEMA_VERSION:
        return True
    for key, kind in _TYPES.items():
        if key not in manifest:
            continue
        value = manifest[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            return False
    derived = manifest.get("derived", [])
    return all(isinstance(name, str) for name in derived)
