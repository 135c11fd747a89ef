"""An index worker process: indexes batches of documents into one Whoosh segment of its own.

Started by `index.store.pool.WorkerPool` as ``python -m index.store.segment_worker FOLDER LIMITMB
JOBS_FD RESULTS_FD PARENT_PID``, in a session of its own (so Ctrl-C in the terminal
reaches only the parent, which then ends its workers). It reads pickled batches of
documents from the jobs pipe and acknowledges each one on the results pipe; on
``b"finish"`` it writes its segment and sends it back, with the size and CRC-32 of each of
its files (flushed to disk). Sent ``("clean", BATCH, UNITS)`` it
reads and cleans the units (`index.store.units`) and keeps their articles until sent
``("index", BATCH, KEEP)``, which indexes those kept. Given the `index.derived.spec` of
extracting kinds (after PARENT_PID), it runs each one's ``extract`` on every article it
indexes and sends the values back with each batch's acknowledgement. It dies with its parent: the
kernel sends it SIGKILL when the parent dies (``PR_SET_PDEATHSIG``), and a closed jobs
pipe (the parent gone or giving up) ends it too. It never touches the table of contents
and never removes shared temporary files: the parent owns the build folder.

A thread reads the jobs pipe as jobs arrive, whatever the worker is doing: a worker blocked
sending a large answer (a long article's extracted values) while the parent is blocked
sending it a large batch would otherwise wait on each other for ever. The parent keeps at
most a few batches in a worker's hands (`index.store.pool.MAX_PENDING`, `MAX_HELD`), so what the
thread holds stays small.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import signal
import sys
import threading
import traceback
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

FINISH = b"finish"
"""The message that asks a worker to write its segment and send it back."""
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_ABANDONED = 3
"""The parent closed the jobs pipe without asking for the segment (it gave up or died)."""
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask the kernel for SIGKILL when the parent dies; exit now if it already has."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the jobs pipe's end-of-file still ends this worker
    if os.getppid() != parent:
        os._exit(EXIT_ABANDONED)  # the parent died before the signal was asked for


def describe(error: BaseException) -> dict[str, Any]:
    """An exception as plain data the parent can turn into one line (and a traceback)."""
    info: dict[str, Any] = {
        "type": type(error).__name__,
        "message": str(error).strip().splitlines()[0] if str(error).strip() else "",
        "traceback": "".join(traceback.format_exception(error)),
    }
    if isinstance(error, OSError):
        info.update(errno=error.errno, strerror=error.strerror, filename=error.filename)
    return info


def _inbox(jobs: Connection) -> queue.SimpleQueue[bytes | BaseException]:
    """The jobs as they arrive, read by a thread of their own; `EOFError` (or the `OSError`
    that ended the reading) comes last."""
    inbox: queue.SimpleQueue[bytes | BaseException] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                message = jobs.recv_bytes()
            except (EOFError, OSError) as error:
                inbox.put(error)
                return
            inbox.put(message)
            if message == FINISH:
                return

    threading.Thread(target=read, name="jobs", daemon=True).start()
    return inbox


def serve(
    folder: str, limitmb: int, jobs: Connection, results: Connection, specs: list[str]
) -> int:
    """Index what arrives on ``jobs`` until told to finish; report on ``results``."""
    from whoosh.filedb.filestore import FileStorage

    from index.derived import from_spec
    from index.store.codec import LeanCodec
    from index.store.collect import document
    from index.store.sums import segment_sums
    from index.store.units import clean_unit
    from index.store.words_writer import WordsWriter

    kinds = [from_spec(text) for text in specs]
    held: dict[int, list[Any]] = {}
    """Articles this worker cleaned (`index.store.units`), by batch, until told which to index."""

    ix = FileStorage(folder).open_index()
    # _lk=False: the parent holds the index's write lock for the whole build; the codec
    # of the parent's own writer (one-document posting lists uncompressed: less CPU); its
    # segment's words listed beside it (`index.store.words`)
    writer = WordsWriter(ix, _lk=False, limitmb=limitmb, compound=False, codec=LeanCodec())
    count = 0
    inbox = _inbox(jobs)
    while True:
        message = inbox.get()
        if isinstance(message, EOFError):
            return EXIT_ABANDONED
        if isinstance(message, BaseException):
            raise message
        if message == FINISH:
            break
        job = pickle.loads(message)
        if isinstance(job, tuple) and job[0] == "clean":
            articles: list[Any] = []
            results.send(("cleaned", job[1], [clean_unit(unit, articles) for unit in job[2]]))
            held[job[1]] = articles
            continue
        if isinstance(job, tuple):  # ("index", batch, keep): index the articles kept of a batch
            # a keep that is text: the article's id, told apart from its file's others
            kept = [
                a if keep is True else replace(a, id=keep)
                for a, keep in zip(held.pop(job[1]), job[2], strict=True)
                if keep
            ]
            pairs = [(document(article), article) for article in kept]
        else:
            pairs = [(fields, None) for fields in job]
        for fields, _ in pairs:
            writer.add_document(**fields)
        count += len(pairs)
        results.send(("done", len(pairs), extract_batch(kinds, pairs)))
    segment = writer._finalize_segment()
    # its files' checksums, taken (and the files flushed) here while the other workers
    # still write theirs: the parent would otherwise read every segment after the last
    sums = segment_sums(Path(folder), segment.make_filename("."))
    results.send(("segment", segment, count, sums))
    return EXIT_OK


def extract_batch(kinds: list[Any], pairs: list[tuple[dict[str, Any], Any]]) -> list[Any]:
    """What each kind extracts of each article of an indexed batch: ``(id, [value of each
    kind])`` in the batch's order.

    Run once the whole batch is indexed, each kind over every article in turn, not between
    one document's indexing and the next: Whoosh's indexing and a kind's rules then do not
    evict each other's code and caches article after article (ex30: the quotes' extraction
    took 6.9 CPU s inside the two workers of a newsarticles rebuild against 5.3 s in one
    process doing nothing else).
    """
    if not kinds:
        return []
    from index.store.reader import article_from

    articles = [article or article_from(fields) for fields, article in pairs]
    values = [[kind.extract(article) for article in articles] for kind in kinds]
    return [(article.id, each) for article, *each in zip(articles, *values, strict=True)]


def hold_collector() -> None:
    """Turn Python's cyclic collector off for the rest of this worker's life.

    A worker keeps what it indexes (Whoosh's postings pool, the extracted values it sends
    back) until it writes its segment and ends; reference counting frees the rest, so the
    collector would only walk live objects again and again (`index.store.gc_pause`).
    """
    gc.disable()


def main(argv: list[str] | None = None) -> int:
    """Run one worker; the exit code says how it ended (0 only with its segment sent)."""
    args = argv or sys.argv[1:]
    hold_collector()
    folder, limitmb, jobs_fd, results_fd, parent = args[:5]
    die_with_parent(int(parent))
    # SIGINT goes to the parent, which ends its workers; a worker never prints a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # imported here: `index.store.aside` imports this module's helpers in an update's
    # process, which needs no `multiprocessing` (~20 ms of imports)
    from multiprocessing.connection import Connection

    jobs = Connection(int(jobs_fd), writable=False)
    results = Connection(int(results_fd), readable=False)
    try:
        return serve(folder, int(limitmb), jobs, results, args[5:])
    except BaseException as error:
        with contextlib.suppress(OSError):  # if the parent is gone, nobody is told
            results.send(("error", describe(error)))
        return EXIT_FAILED


if __name__ == "__main__":
    # Its answers are sent and its segment written and flushed: the exit skips the
    # interpreter's teardown (freeing all the writer kept: up to a second at the end of a
    # rebuild, which waits for the exit), as a `multiprocessing` child's does.
    os._exit(main())
