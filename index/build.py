"""Build and update an index: full atomic rebuilds and incremental updates."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whoosh.index import create_in, open_dir

from index.ingest import ReadError, SourceFile, read_source, scan
from index.models import Article, BuildReport, Progress, Skipped
from index.schema import SCHEMA_VERSION, make_schema
from index.store import (
    LISTING,
    MANIFEST,
    IndexDamaged,
    IndexMissing,
    IndexOutdated,
    StoreError,
    build_lock,
    check_safe,
    checksums,
    current_generation,
    load_manifest,
    new_temp_folder,
    publish,
    read_json,
    write_json,
)

ProgressCallback = Callable[[Progress], None]

DEFAULT_PROCS = min(2, os.cpu_count() or 1)
"""Whoosh indexing processes; both cores of the target machine by default."""
WRITER_LIMIT_MB = 256
MULTIPROCESS_MIN_DOCS = 500
"""Below about this many articles one process is quicker than starting the others."""


@dataclass(frozen=True, slots=True)
class _Plan:
    """What an update must do: files to (re)read, files whose articles go, files kept."""

    read: list[SourceFile]
    drop: list[str]
    keep: int


def _document(article: Article, file_rel: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "title_derived": article.title_derived,
        "body": article.body,
        "removed": list(article.removed),
        "url": article.url,
        "extra": dict(article.extra),
        "provenance": dict(article.provenance),
        "styles": [(span.start, span.end, span.style) for span in article.styles],
    }
    for name in ("source", "byline", "dateline"):
        value = getattr(article, name)
        if value:
            doc[name] = value
    if article.date is not None:
        doc["date"] = article.date
    return doc


def _listing_row(article: Article, file_rel: str) -> list[Any]:
    date = article.date.isoformat() if article.date else None
    return [article.title, article.title_derived, article.source, date, file_rel]


class _Collector:
    """Feeds articles to a Whoosh writer and keeps the manifest and listing in step."""

    def __init__(
        self,
        writer: Any,
        files: dict[str, Any],
        listing: dict[str, list[Any]],
        on_progress: ProgressCallback | None,
        total: int,
    ) -> None:
        self.writer = writer
        self.files = files
        self.listing = listing
        self.skipped: list[Skipped] = []
        self.indexed = 0
        self.on_progress = on_progress
        self.total = total
        self.done = 0
        self._last_report = 0.0

    def add_file(self, source: SourceFile) -> None:
        try:
            result = read_source(source)
        except ReadError as error:
            self.skipped.append(Skipped(str(source.path), str(error)))
        else:
            ids: list[str] = []
            for article in result.articles:
                if article.id in self.listing:
                    first = self.listing[article.id][4]
                    self.skipped.append(
                        Skipped(
                            f"{source.rel} ({article.id})",
                            f"duplicate id {article.id!r} (first in {first})",
                        )
                    )
                    continue
                self.writer.add_document(**_document(article, source.rel))
                self.listing[article.id] = _listing_row(article, source.rel)
                ids.append(article.id)
                self.indexed += 1
            self.skipped.extend(result.skipped)
            self.files[source.rel] = {
                "sig": list(source.signature),
                "digest": result.digest,
                "ids": ids,
            }
        self.done += 1
        now = time.monotonic()
        if self.on_progress and (now - self._last_report > 0.05 or self.done == self.total):
            self._last_report = now
            self.on_progress(Progress(self.done, self.total))


def _finish(
    folder: Path,
    corpus: Path,
    files: dict[str, Any],
    listing: dict[str, list[Any]],
    skipped: list[Skipped],
    linked_from: tuple[Path, dict[str, list[int]]] | None = None,
) -> None:
    """Write the listing and the manifest (with checksums) into a built folder."""
    write_json(folder / LISTING, listing)
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "corpus": str(corpus),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": len(listing),
        "files": files,
        "skipped": [[s.path, s.reason] for s in skipped],
        "checksums": checksums(folder, linked_from),
    }
    write_json(folder / MANIFEST, manifest)


def rebuild(
    corpus: Path,
    index_dir: Path,
    *,
    procs: int = DEFAULT_PROCS,
    on_progress: ProgressCallback | None = None,
) -> BuildReport:
    """Build a complete new index of ``corpus`` and swap it in atomically.

    The new generation is built in a temporary folder beside the live one; only when it
    is complete and flushed does one rename make it live. If the build fails or is
    interrupted, the temporary folder is removed and the previous index stays as it was.

    Args:
        corpus: The folder or file to index.
        index_dir: The index folder for this corpus.
        procs: Whoosh writer processes (1 disables multiprocessing).
        on_progress: Called with `Progress` now and then, from this thread.

    Returns:
        What was built.

    Raises:
        FileNotFoundError: The corpus does not exist.
        IndexLocked: Another build holds the lock.
        IndexReadOnly: The index folder cannot be written.
    """
    started = time.perf_counter()
    corpus = Path(corpus).expanduser().resolve()
    index_dir = Path(index_dir)
    files_found, skipped = scan(corpus)
    check_safe(index_dir)
    with build_lock(index_dir):
        folder = new_temp_folder(index_dir)
        try:
            total = _build_into(folder, corpus, files_found, skipped, procs, on_progress)
            publish(index_dir, folder)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
    return BuildReport(
        indexed=total,
        deleted=0,
        unchanged=0,
        total=total,
        skipped=tuple(skipped),
        seconds=time.perf_counter() - started,
        full=True,
    )


def _writer(ix: Any, procs: int, docs: int) -> Any:
    # Segments are left as separate files, not packed into one compound file: Whoosh
    # copies each part of a compound file into memory when it opens it, which doubled
    # the reader's memory (252 MB -> 131 MB with the Reuters index open).
    if procs > 1 and docs >= MULTIPROCESS_MIN_DOCS:
        # multiprocessing only pays for itself on a corpus of some size
        return ix.writer(
            procs=procs, limitmb=WRITER_LIMIT_MB // procs, multisegment=True, compound=False
        )
    return ix.writer(limitmb=WRITER_LIMIT_MB, compound=False)


def _build_into(
    folder: Path,
    corpus: Path,
    sources: list[SourceFile],
    skipped: list[Skipped],
    procs: int,
    on_progress: ProgressCallback | None,
) -> int:
    ix = create_in(str(folder), make_schema())
    approx_docs = sum(s.size for s in sources) // 1000
    writer = _writer(ix, procs, approx_docs)
    files: dict[str, Any] = {}
    listing: dict[str, list[Any]] = {}
    collector = _Collector(writer, files, listing, on_progress, len(sources))
    try:
        for source in sources:
            collector.add_file(source)
        if on_progress:
            on_progress(Progress(len(sources), len(sources), "saving"))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()
    skipped.extend(collector.skipped)
    _finish(folder, corpus, files, listing, skipped)
    return collector.indexed


def _plan(sources: Iterable[SourceFile], known: dict[str, Any]) -> _Plan:
    seen: set[str] = set()
    read: list[SourceFile] = []
    keep = 0
    for source in sources:
        seen.add(source.rel)
        entry = known.get(source.rel)
        if entry is not None and entry.get("sig") == list(source.signature):
            keep += 1
        else:
            read.append(source)
    drop = [rel for rel in known if rel not in seen]
    drop.extend(s.rel for s in read if s.rel in known)
    return _Plan(read, drop, keep)


def update(
    corpus: Path,
    index_dir: Path,
    *,
    procs: int = DEFAULT_PROCS,
    on_progress: ProgressCallback | None = None,
) -> BuildReport:
    """Bring the index up to date with the corpus, touching only what changed.

    A file is re-read only when its size or modification time (or its sidecar's)
    differs from what the index recorded, so a no-op update is one pass of ``stat``
    calls. Changes are applied to a copy of the live generation and swapped in, so a
    failed update leaves the index as it was. With no index yet, or one of another
    schema version, this is a full rebuild.

    Args:
        corpus: The folder or file the index was built from.
        index_dir: The index folder.
        procs: Whoosh writer processes for large changes.
        on_progress: Called with `Progress` now and then.

    Returns:
        What changed.
    """
    started = time.perf_counter()
    corpus = Path(corpus).expanduser().resolve()
    index_dir = Path(index_dir)
    check_safe(index_dir)
    generation = current_generation(index_dir)
    if generation is None:
        return rebuild(corpus, index_dir, procs=procs, on_progress=on_progress)
    try:
        manifest = load_manifest(generation)
    except (IndexOutdated, IndexDamaged):
        return rebuild(corpus, index_dir, procs=procs, on_progress=on_progress)
    sources, skipped = scan(corpus)
    plan = _plan(sources, manifest["files"])
    if not plan.read and not plan.drop:
        if on_progress:
            on_progress(Progress(len(sources), len(sources)))
        return BuildReport(
            indexed=0,
            deleted=0,
            unchanged=plan.keep,
            total=int(manifest.get("articles", 0)),
            skipped=tuple(skipped),
            seconds=time.perf_counter() - started,
            full=False,
        )
    with build_lock(index_dir):
        generation = current_generation(index_dir)
        if generation is None:
            raise IndexMissing("the index vanished during the update")
        manifest = load_manifest(generation)
        plan = _plan(sources, manifest["files"])
        folder = new_temp_folder(index_dir)
        try:
            indexed, deleted, total = _update_into(
                folder, generation, corpus, manifest, plan, skipped, procs, on_progress
            )
            publish(index_dir, folder)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
    return BuildReport(
        indexed=indexed,
        deleted=deleted,
        unchanged=plan.keep,
        total=total,
        skipped=tuple(skipped),
        seconds=time.perf_counter() - started,
        full=False,
    )


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link a file of the live generation into the new one, or copy it.

    Whoosh never rewrites a segment file (deletions live in the new table of contents),
    so both generations can share them: an update then costs what changed, not the
    size of the index. Where links are impossible (another file system), copy.
    """
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _update_into(
    folder: Path,
    generation: Path,
    corpus: Path,
    manifest: dict[str, Any],
    plan: _Plan,
    skipped: list[Skipped],
    procs: int,
    on_progress: ProgressCallback | None,
) -> tuple[int, int, int]:
    for entry in os.scandir(generation):
        if entry.is_file(follow_symlinks=False) and not entry.name.endswith(".lock"):
            _link_or_copy(Path(entry.path), folder / entry.name)
    files: dict[str, Any] = dict(manifest["files"])
    listing: dict[str, list[Any]] = read_json(generation / LISTING)
    ix = open_dir(str(folder))
    writer = _writer(ix, procs, len(plan.read))
    deleted = 0
    try:
        for rel in plan.drop:
            for article_id in files.pop(rel, {}).get("ids", []):
                listing.pop(article_id, None)
                deleted += writer.delete_by_term("id", article_id)
        collector = _Collector(writer, files, listing, on_progress, len(plan.read))
        for source in plan.read:
            collector.add_file(source)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()
    skipped.extend(collector.skipped)
    previous = manifest.get("checksums")
    linked = (generation, previous) if isinstance(previous, dict) else None
    _finish(folder, corpus, files, listing, skipped, linked)
    return collector.indexed, deleted, len(listing)


def ensure_index(
    corpus: Path, index_dir: Path, on_progress: ProgressCallback | None = None
) -> BuildReport | None:
    """Build the index if there is none (or an outdated one); return None if it is usable."""
    generation = current_generation(Path(index_dir))
    if generation is not None:
        try:
            load_manifest(generation)
            return None
        except StoreError:
            pass
    return rebuild(corpus, index_dir, on_progress=on_progress)
