"""This machine's record of the last OpenSearch build, and the corpus files changed since.

The articles live on the cluster; which corpus files a build read (and their stat) only
this machine knows, in ``opensearch.json`` in the index folder. `index status` counts the
files new, changed and deleted since; `index update` says the same of the files it found
(`index.store.status.file_changes`, the one definition both engines count by). A record
keeps each file's stat and a digest of its articles' ids, not of its text: for `status` a
file whose stat changed counts as changed; an update, which reads it, counts it changed
only when it sent one of its articles or its ids changed (`file_report`), as a Whoosh
update hashes a touched file and finds it the same.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.store.status import file_changes

if TYPE_CHECKING:
    from index.models import BuildReport
    from index.opensearch.files import CorpusFiles

RECORD = "opensearch.json"
"""The local record of the last build, in the index folder."""

Signatures = dict[str, list[int]]
"""Corpus files by path relative to the corpus: their signature (`SourceFile.signature`)."""


def read_record(local: Path) -> dict[str, Any]:
    """The record in the folder ``local`` ({} when there is none, or it cannot be read)."""
    try:
        found = json.loads((local / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # nested too deeply: unreadable (rv69)
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


def file_report(
    report: BuildReport,
    record: dict[str, Any],
    serving: str | None,
    files: CorpusFiles,
    sent: set[str],
) -> BuildReport:
    """``report`` of an update with its files counted as a Whoosh update's: new, changed
    and deleted since the ``record`` of the build of ``serving`` (none without one), and
    the files unchanged (not the articles). A file whose stat changed is changed only
    when the update ``sent`` one of its articles or its articles' ids are not the ones
    recorded (one was deleted or renamed): a file touched but the same is unchanged. An
    update that was a rebuild (`BuildReport.full`) counts the files by their stat."""
    seen = files.signatures
    touched = {files.file_of[i] for i in sent if i in files.file_of}
    known = known_files(record, serving)
    if report.full:
        return report if known is None else replace(report, files=files_since(known, seen))
    if known is None:  # built elsewhere: a file none of whose articles was sent is the same
        return replace(report, unchanged=sum(1 for rel in seen if rel not in touched))
    ids = record.get("ids") if isinstance(record.get("ids"), dict) else None

    def changed(rel: str) -> bool:
        if known[rel] == seen[rel]:
            return False
        return rel in touched or ids is None or ids.get(rel) != files.ids.get(rel)

    new, altered, deleted = file_changes(seen, known, changed)
    return replace(report, files=(new, altered, deleted), unchanged=len(seen) - new - altered)
