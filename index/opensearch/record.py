"""This machine's record of the last OpenSearch build, and the corpus files changed since.

The articles live on the cluster; which corpus files a build read (and their stat) only
this machine knows, in ``opensearch.json`` in the index folder. `index status` counts the
files new, changed and deleted since; `index update` says the same of the files it found
(`index.store.status.file_changes`, the one definition both engines count by). A record
keeps each file's stat, no digest: a file whose stat changed counts as changed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from index.store.status import file_changes

RECORD = "opensearch.json"
"""The local record of the last build, in the index folder."""

Signatures = dict[str, list[int]]
"""Corpus files by path relative to the corpus: their signature (`SourceFile.signature`)."""


def read_record(local: Path) -> dict[str, Any]:
    """The record in the folder ``local`` ({} when there is none, or it cannot be read)."""
    try:
        found = json.loads((local / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def write_record(local: Path, record: dict[str, Any]) -> None:
    """Replace the record in ``local`` whole (a reader sees the old one or the new one)."""
    local.mkdir(parents=True, exist_ok=True)
    partial = local / f".{RECORD}.partial"
    partial.write_text(json.dumps(record), encoding="utf-8")
    os.replace(partial, local / RECORD)


def known_files(record: dict[str, Any], serving: str | None) -> Signatures | None:
    """The files the record says the build of the index ``serving`` read; None when it
    records another index's build (built from another machine) or none."""
    known = record.get("files") if serving and record.get("index") == serving else None
    return known if isinstance(known, dict) else None


def files_since(known: Signatures, seen: Signatures) -> tuple[int, int, int]:
    """Files new, changed and deleted in ``seen`` (the corpus now) since ``known``."""
    return file_changes(seen, known, lambda rel: known[rel] != seen[rel])
