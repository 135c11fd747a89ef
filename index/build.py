"""Build and update an index: full atomic rebuilds and incremental updates."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whoosh.index import create_in, open_dir

from index.collect import Collector, ProgressCallback
from index.errors import write_error
from index.ingest import SourceFile, scan
from index.models import BuildReport, Progress, Skipped
from index.pool import ParallelWriter
from index.schema import SCHEMA_VERSION, make_schema
from index.selfcheck import check_generation
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
    verify,
    write_json,
)

DEFAULT_PROCS = min(2, os.cpu_count() or 1)
"""Indexing worker processes; both cores of the target machine by default."""
WRITER_LIMIT_MB = 256
MULTIPROCESS_MIN_DOCS = 500
"""Below about this many articles one process is quicker than starting the others."""


@dataclass(frozen=True, slots=True)
class _Plan:
    """What an update must do: files to (re)read, files whose articles go, files kept."""

    read: list[SourceFile]
    drop: list[str]
    keep: int


def _finish(
    folder: Path,
    corpus: Path,
    files: dict[str, Any],
    listing: dict[str, list[Any]],
    scan_skipped: list[Skipped],
    linked_from: tuple[Path, dict[str, list[int]]] | None = None,
) -> None:
    """Check a built folder, then write its listing and manifest (with checksums).

    The manifest lists what was skipped: what the scan refused, and what each file known
    to the index could not give (kept with the file, so an update carries it over). It
    is written last: a folder without one is never published.
    """
    write_json(folder / LISTING, listing)
    sums = checksums(folder, linked_from)
    check_generation(folder, listing, sums)
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "corpus": str(corpus),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": len(listing),
        "files": files,
        "skipped": [[s.path, s.reason] for s in scan_skipped]
        + [skip for entry in files.values() for skip in entry.get("skipped", [])],
        "checksums": sums,
    }
    write_json(folder / MANIFEST, manifest)


def rebuild(
    corpus: Path,
    index_dir: Path,
    *,
    procs: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> BuildReport:
    """Build a complete new index of ``corpus`` and swap it in atomically.

    The new generation is built in a temporary folder beside the live one; only when it
    is complete, has checked itself (every worker process finished and wrote what it was
    sent, the documents are exactly the articles listed, every file is there with its
    recorded size) and is flushed does one rename make it live. If the build fails or
    is interrupted, the temporary folder is removed and the previous index stays.

    Args:
        corpus: The folder or file to index.
        index_dir: The index folder for this corpus.
        procs: Indexing worker processes (1 indexes in this process); by default
            `DEFAULT_PROCS`.
        on_progress: Called with `Progress` now and then, from this thread.

    Returns:
        What was built.

    Raises:
        FileNotFoundError: The corpus does not exist.
        IndexLocked: Another build holds the lock.
        IndexReadOnly: The index folder cannot be written.
        BuildFailed: A worker died, a write failed (a full disk, an I/O error, a file
            size limit), or the new index failed its check.
    """
    started = time.perf_counter()
    corpus = Path(corpus).expanduser().resolve()
    index_dir = Path(index_dir)
    files_found, skipped = scan(corpus)
    check_safe(index_dir)
    with build_lock(index_dir), _new_generation(index_dir) as folder:
        total = _build_into(folder, corpus, files_found, skipped, _procs(procs), on_progress)
        publish(index_dir, folder)
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
        # worker processes only pay for themselves on a corpus of some size
        return ParallelWriter(ix, procs, WRITER_LIMIT_MB // procs)
    return ix.writer(limitmb=WRITER_LIMIT_MB, compound=False)


def _procs(procs: int | None) -> int:
    return DEFAULT_PROCS if procs is None else max(1, procs)


def _cancel(writer: Any) -> None:
    """Drop what a writer wrote, without hiding the error that stopped the build."""
    if not getattr(writer, "is_closed", False):
        with contextlib.suppress(Exception):
            writer.cancel()


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
    collector = Collector(writer, files, listing, on_progress, len(sources))
    try:
        for source in sources:
            collector.add_file(source)
        if on_progress:
            on_progress(Progress(len(sources), len(sources), "saving"))
        writer.commit()
    except BaseException:
        _cancel(writer)
        raise
    finally:
        ix.close()
    _finish(folder, corpus, files, listing, skipped)
    skipped.extend(collector.skipped)
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
    procs: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> BuildReport:
    """Bring the index up to date with the corpus, touching only what changed.

    A file is re-read only when its size or modification time (or its sidecar's)
    differs from what the index recorded, so a no-op update is one pass of ``stat``
    calls. Changes are applied to a copy of the live generation and swapped in, so a
    failed update leaves the index as it was. With no index yet, or one of another
    schema version, this is a full rebuild. A damaged index is refused, never built on:
    its files' sizes are checked always, their checksums before changes are applied.

    Args:
        corpus: The folder or file the index was built from.
        index_dir: The index folder.
        procs: Indexing worker processes for large changes; by default `DEFAULT_PROCS`.
        on_progress: Called with `Progress` now and then.

    Returns:
        What changed.

    Raises:
        IndexDamaged: The live index is damaged (`rebuild` repairs it).
        BuildFailed: As for `rebuild`.
    """
    started = time.perf_counter()
    corpus = Path(corpus).expanduser().resolve()
    index_dir = Path(index_dir)
    check_safe(index_dir)
    generation = current_generation(index_dir)
    if generation is None:
        return rebuild(corpus, index_dir, procs=procs, on_progress=on_progress)
    try:
        manifest = _sound_base(generation, crc=False)
    except IndexOutdated:
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
        manifest = _sound_base(generation, crc=True)
        plan = _plan(sources, manifest["files"])
        with _new_generation(index_dir) as folder:
            indexed, deleted, total = _update_into(
                folder, generation, corpus, manifest, plan, skipped, _procs(procs), on_progress
            )
            publish(index_dir, folder)
    return BuildReport(
        indexed=indexed,
        deleted=deleted,
        unchanged=plan.keep,
        total=total,
        skipped=tuple(skipped),
        seconds=time.perf_counter() - started,
        full=False,
    )


def _sound_base(generation: Path, *, crc: bool) -> dict[str, Any]:
    """The manifest of the generation an update builds on, once its files are checked.

    Raises:
        IndexOutdated: The index has another schema version (a rebuild is due).
        IndexDamaged: Its manifest or files are damaged: an update must not build on it.
    """
    try:
        manifest = load_manifest(generation)
        verify(generation, manifest, crc=crc)
    except IndexDamaged as error:
        raise IndexDamaged("index damaged, run `broadsheet index rebuild`") from error
    return manifest


@contextlib.contextmanager
def _new_generation(index_dir: Path) -> Iterator[Path]:
    """A temporary folder to build the next generation in, removed unless published.

    A failed write (a full disk, an I/O error, the file size limit) becomes one line
    with the path, as `BuildFailed`; whatever stops the build, the folder goes.
    """
    folder: Path | None = None
    try:
        folder = new_temp_folder(index_dir)
        yield folder
    except OSError as error:
        raise write_error(error, index_dir) from error
    finally:
        if folder is not None and folder.exists():
            shutil.rmtree(folder, ignore_errors=True)


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
        collector = Collector(writer, files, listing, on_progress, len(plan.read))
        for source in plan.read:
            collector.add_file(source)
        writer.commit()
    except BaseException:
        _cancel(writer)
        raise
    finally:
        ix.close()
    previous = manifest.get("checksums")
    linked = (generation, previous) if isinstance(previous, dict) else None
    _finish(folder, corpus, files, listing, skipped, linked)
    skipped.extend(collector.skipped)
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
