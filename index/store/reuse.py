"""What a rebuild takes from the live generation instead of computing it again (issue 18).

A kind that can (`index.derived.reusing`: the quotes' extraction) is handed its folder of
the live generation when that generation holds it, made by the rules of this code (the
kind's version in `index.rules`), and every file of the folder has the checksum the
manifest recorded; otherwise, or when anything cannot be read, the kind computes all as on
a first build, and nothing is said. The rebuild only reads that folder: a killed rebuild
leaves the live generation as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.derived import Deferred, Derived, reusing
from index.errors import StoreError
from index.rules import RULES
from index.store.generations import current_generation, load_manifest
from index.store.sums import checksums


def reusing_kinds(index_dir: Path, derived: Sequence[Derived]) -> list[Derived]:
    """``derived``, each kind that can reuse the live generation's folder made to."""
    if not any(_may_reuse(kind) for kind in derived):
        return list(derived)  # no manifest read for nothing
    try:
        live = current_generation(index_dir)
        manifest = load_manifest(live) if live is not None else None
    except (StoreError, OSError):
        return list(derived)
    if live is None or manifest is None:
        return list(derived)
    return [_reusing(kind, live, manifest) or kind for kind in derived]


def _may_reuse(kind: Derived) -> bool:
    if isinstance(kind, Deferred):
        return kind.reuse
    return callable(getattr(kind, "reusing", None))


def _reusing(kind: Derived, live: Path, manifest: dict[str, Any]) -> Derived | None:
    recorded = manifest.get("rules")
    held = manifest.get("derived")
    if not isinstance(recorded, dict) or not isinstance(held, list) or kind.name not in held:
        return None
    if kind.name not in RULES or recorded.get(kind.name) != RULES[kind.name]:
        return None
    if not intact(live, manifest, kind.name):
        return None
    return reusing(kind, live / kind.name)


def intact(live: Path, manifest: dict[str, Any], name: str) -> bool:
    """True when the files of the folder ``name`` of the generation ``live`` are those its
    manifest lists, each with the size and CRC-32 recorded (a few MB read)."""
    expected = manifest.get("checksums")
    if not isinstance(expected, dict):
        return False
    prefix = name + "/"
    wanted = {n: list(v) for n, v in expected.items() if n.startswith(prefix)}
    try:
        found = checksums(live, keep=lambda n: n == name or n.startswith(prefix))
    except OSError:
        return False
    return bool(wanted) and found == wanted
