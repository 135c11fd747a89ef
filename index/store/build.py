"""Build an index: a full rebuild into a new generation, checked, then swapped in atomically."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from whoosh.index import create_in

from index.derived import Derived, Extracting, extracting, spec
from index.errors import no_articles, write_error
from index.ingest.files import SourceFile, scan
from index.models import BuildReport, Progress, ProgressCallback, Skipped
from index.rules import versions
from index.store.codec import LeanCodec
from index.store.collect import Collector
from index.store.derive import Extracted, check_derived, check_kinds, derive_all
from index.store.gc_pause import collector_paused
from index.store.generations import (
    LISTING,
    MANIFEST,
    build_lock,
    check_safe,
    checksums,
    new_temp_folder,
    publish,
    write_json,
)
from index.store.listing import MANIFEST_KEY as PACKED_KEY
from index.store.listing import write_packed
from index.store.reuse import reusing_kinds
from index.store.schema import SCHEMA_VERSION, make_schema
from index.store.selfcheck import check_generation
from index.store.words_writer import WordsWriter

if TYPE_CHECKING:
    from index.store.feed import Feeder
    from index.store.pool import ParallelWriter

WRITER_LIMIT_MB = 256
PROC_MEMORY_MB = 2 * WRITER_LIMIT_MB
"""Memory one indexing process may take at its peak (its writer's pool and a merge)."""


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def available_memory_mb() -> int | None:
    """Memory the kernel says is available now (``MemAvailable``), or None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def default_procs() -> int:
    """Every core, but no more processes than the available memory holds (at least 1)."""
    cores = usable_cores()
    memory = available_memory_mb()
    if memory is None:
        return cores
    return max(1, min(cores, memory // PROC_MEMORY_MB))


DEFAULT_PROCS: int | None = None
"""Indexing worker processes when a build is not told; None: `default_procs()`, read when
each build starts (the memory available then, not when this module was imported)."""
MULTIPROCESS_MIN_DOCS = 500
"""Below about this many articles one process is quicker than starting the others."""


def finish_generation(
    folder: Path,
    corpus: Path,
    files: dict[str, Any],
    listing: dict[str, list[Any]],
    scan_skipped: list[Skipped],
    derived: list[str],
    linked_from: tuple[Path, dict[str, list[int]]] | None = None,
    checked: tuple[dict[str, list[int]], int] | None = None,
    listed: int | None = None,
) -> None:
    """Check a built folder, then write its listing and manifest (with checksums).

    The manifest lists what was skipped: what the scan refused, and what each file known
    to the index could not give (kept with the file, so an update carries it over), and
    the derived data the generation holds, and the version of the rules that made each
    kind (`index.rules`). It is written last: a folder without one is
    never published. ``checked``: what `check_index_part` returned, called already (an
    update calls it while its children still write the derived data); ``listed``: the
    listing's files are written already (`write_listing` returned this).
    """
    index_sums, packed = checked or check_index_part(folder, listing, linked_from, derived, listed)
    sums = checksums(folder, linked_from, keep=lambda name: name in derived)
    # in the order of one pass over the whole folder (`checksums`)
    sums = {name: index_sums.get(name) or sums[name] for name in _in_order(index_sums, sums)}
    check_derived(folder, derived, sums)
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "corpus": str(corpus),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": len(listing),
        "files": files,
        "skipped": [[s.path, s.reason] for s in scan_skipped]
        + [skip for entry in files.values() for skip in entry.get("skipped", [])],
        "checksums": sums,
        "derived": derived,
        "rules": versions(derived),  # each kind is current: an update remade the outdated
        PACKED_KEY: packed,  # so that a listing.bin an older update left is not read
    }
    write_json(folder / MANIFEST, manifest, durable=False)


def check_index_part(
    folder: Path,
    listing: dict[str, list[Any]],
    linked_from: tuple[Path, dict[str, list[int]]] | None,
    derived: Sequence[str],
    listed: int | None = None,
) -> tuple[dict[str, list[int]], int]:
    """The part of `finish_generation` that needs no derived data, so that it may run while
    they are written: write the listing (unless ``listed``: `write_listing` did), take the
    checksums of every file outside the ``derived`` folders, and check the index against
    the listing (`check_generation`). Returns those checksums and the packed listing's
    CRC-32 (`write_packed`)."""
    packed = write_listing(folder, listing) if listed is None else listed
    sums = checksums(folder, linked_from, keep=lambda name: name not in derived)
    check_generation(folder, listing, sums)
    return sums, packed


def write_listing(folder: Path, listing: dict[str, list[Any]]) -> int:
    """Write the listing, as JSON and packed; returns the packed one's CRC-32."""
    write_json(folder / LISTING, listing, durable=False)  # publish flushes them
    return write_packed(folder, listing)  # what readers open (`index.store.listing`)


def _in_order(first: dict[str, list[int]], then: dict[str, list[int]]) -> list[str]:
    """The names of both parts' checksums, in the order `checksums` gives the whole."""
    return sorted([*first, *then], key=lambda name: name.split("/"))


def rebuild(
    corpus: Path,
    index_dir: Path,
    *,
    procs: int | None = None,
    on_progress: ProgressCallback | None = None,
    derived: Sequence[Derived] = (),
    reuse: bool = True,
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
        derived: The derived data to compute into the new generation (`index.derived`).
        reuse: Let a kind that can take from the live generation what it computed of an
            unchanged article (`index.store.reuse`: the quotes' extraction).

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
    check_kinds(derived)
    files_found, skipped = scan(corpus)
    check_safe(index_dir)
    # what a rebuild makes lives till it ends (gc_pause); its workers run with it off too
    with collector_paused(), build_lock(index_dir), new_generation(index_dir) as folder:
        # what the live generation computed already and is still what this code makes
        derived = reusing_kinds(index_dir, derived) if reuse else derived
        total = _build_into(
            folder, corpus, files_found, skipped, process_count(procs), on_progress, derived
        )
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


def writer_for(ix: Any, procs: int, docs: int, extract: Sequence[Extracting] = ()) -> Any:
    """A Whoosh writer for ``docs`` documents: in this process, or a pool of ``procs``
    (which then runs the ``extract`` kinds on every article, when all can run there)."""
    # Segments are left as separate files, not packed into one compound file: Whoosh
    # copies each part of a compound file into memory when it opens it, which doubled
    # the reader's memory (252 MB -> 131 MB with the Reuters index open).
    if procs > 1 and docs >= MULTIPROCESS_MIN_DOCS:
        # worker processes only pay for themselves on a corpus of some size
        specs = [spec(kind) for kind in extract]
        ready = [text for text in specs if text is not None]
        from index.store.pool import ParallelWriter  # see `is_parallel`

        return ParallelWriter(ix, procs, WRITER_LIMIT_MB // procs, ready if all(specs) else ())
    # one-document posting lists stored uncompressed: the same postings, ~0.03 CPU s less
    # in the commit of an update of 100 (`index.store.codec`)
    # the segment's words listed beside it (`index.store.words`)
    return WordsWriter(ix, limitmb=WRITER_LIMIT_MB, compound=False, codec=LeanCodec())


def is_parallel(writer: Any) -> TypeGuard[ParallelWriter]:
    """True for a pool of worker processes (`index.store.pool.ParallelWriter`).

    The pool's module (with ``subprocess``, ``multiprocessing`` and the workers' module:
    ~50 ms of imports) is imported only by a build that starts one: an update of fewer
    than `MULTIPROCESS_MIN_DOCS` articles, and a no-op one, never do. Without it
    imported, no writer is one.
    """
    pool = sys.modules.get("index.store.pool")
    return pool is not None and isinstance(writer, pool.ParallelWriter)


def extracting_here(writer: Any, kinds: Sequence[Extracting]) -> Sequence[Extracting]:
    """The extracting kinds this process runs on each article: those no worker runs."""
    return () if is_parallel(writer) and writer.pool.extract else kinds


def extracted_by(
    writer: Any, collector: Collector | Feeder, kinds: Sequence[Extracting]
) -> Extracted:
    """What the kinds extracted, in the workers or here (once the writer committed)."""
    in_workers = is_parallel(writer) and bool(writer.pool.extract)
    return Extracted(kinds, writer.extracted if in_workers else collector.extracted)


def may_fork() -> bool:
    """True when a build may fork a child beside its work (`index.store.aside`): only from
    a command's main thread. The reader builds from a thread worker, beside threads whose
    locks (an import's, a log's) a fork could copy held into the child."""
    return threading.current_thread() is threading.main_thread()


def process_count(procs: int | None) -> int:
    """The indexing processes to use: ``procs``, else `DEFAULT_PROCS`, else `default_procs()`."""
    if procs is not None:
        return max(1, procs)
    return default_procs() if DEFAULT_PROCS is None else DEFAULT_PROCS


def repeating(on_progress: ProgressCallback, pool: Any, first: Progress) -> ProgressCallback:
    """``on_progress``, its last report (``first`` before any) made again while the ``pool``
    waits on its workers (`WorkerPool.waiting`): a build cancelled there (`BuildCancelled`,
    raised by the callback) stops within a tick, not at the workers' next answer."""
    last = [first]

    def report(step: Progress) -> None:
        last[0] = step
        on_progress(step)

    def again() -> None:
        on_progress(last[0])

    pool.waiting = again
    return report


def indexing_last(on_progress: ProgressCallback | None) -> Callable[[int, int], None] | None:
    """The workers' last batches as a stage with a moving count ("indexing the last batches
    2/5"), where the bar stood at "saving 1/1" for 3 s on 400 records (fx164, nu65 #2)."""
    if on_progress is None:
        return None
    report = on_progress
    return lambda done, total: report(Progress(done, total, LAST_BATCHES))


LAST_BATCHES = "indexing the last batches"
"""The stage while the indexing workers finish what they were sent (`indexing_last`)."""


def cancel_writer(writer: Any) -> None:
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
    derived: Sequence[Derived],
) -> int:
    ix = create_in(str(folder), make_schema())
    approx_docs = sum(s.size for s in sources) // 1000
    kinds = extracting(derived)
    writer = writer_for(ix, procs, approx_docs, kinds)
    if on_progress is not None and is_parallel(writer):
        on_progress = repeating(on_progress, writer.pool, Progress(0, len(sources)))
    files: dict[str, Any] = {}
    listing: dict[str, list[Any]] = {}
    here = extracting_here(writer, kinds)
    collector: Collector | Feeder
    if is_parallel(writer) and not here:  # reading and cleaning there too
        from index.store.feed import Feeder  # with the pool (`is_parallel`)

        collector = Feeder(writer, files, listing, on_progress, len(sources))
    else:
        collector = Collector(writer, files, listing, on_progress, len(sources), here)
    names: list[str] | None = None
    listed: int | None = None
    try:
        for source in sources:
            collector.add_file(source)
        collector.finish()
        if not listing:
            skips = skipped + collector.skipped
            raise no_articles(corpus, [(skip.path, skip.reason) for skip in skips])
        if on_progress:
            on_progress(Progress(len(sources), len(sources), "saving"))
        if is_parallel(writer) and all(k in kinds for k in derived):
            # every kind has its values once the workers indexed the last batch: build
            # them here while the workers write their segments
            writer.pool.send_finish()
            listed = write_listing(folder, listing)  # while the workers write segments
            writer.pool.wait_indexed(indexing_last(on_progress))
            extracted = extracted_by(writer, collector, kinds)
            names = derive_all(
                folder,
                derived,
                on_progress,
                extracted,
                listing.keys(),
                aside=bool(writer.pool.extract) and may_fork(),
            )
        writer.commit()
    except BaseException:
        cancel_writer(writer)
        raise
    finally:
        ix.close()
    if names is None:
        extracted = extracted_by(writer, collector, kinds)
        names = derive_all(folder, derived, on_progress, extracted, listing.keys())
    # the workers took their segments' checksums (`segment_sums`): not read again here
    taken = (folder, writer.pool.sums) if is_parallel(writer) else None
    finish_generation(folder, corpus, files, listing, skipped, names, taken, listed=listed)
    skipped.extend(collector.skipped)
    return collector.indexed


@contextlib.contextmanager
def new_generation(index_dir: Path, name: str | None = None) -> Iterator[Path]:
    """A temporary folder to build the next generation in, removed unless published
    (``name``: its `generations.temp_name`, chosen earlier).

    A failed write (a full disk, an I/O error, the file size limit) becomes one line
    with the path, as `BuildFailed`; whatever stops the build, the folder goes.
    """
    folder: Path | None = None
    try:
        folder = new_temp_folder(index_dir, name)
        yield folder
    except OSError as error:
        raise write_error(error, index_dir) from error
    finally:
        if folder is not None and folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
