"""The files an update reads again, read and cleaned in a forked child.

An update of a few hundred changed files reads and cleans them in this process
(`index.store.collect`), and its first file pays for the readers: their imports and the
cleaning rules' regexes, about 0.09 of the ~0.15 CPU s that reading 100 Reuters files
takes. With worker processes allowed, `prefetched` forks a child before the manifest is
read and the corpus scanned, while the other core is idle: it loads the readers, is sent
the files to read (`Prefetch.send`) once the update knows them, and hands back each one's
`ReadResult` (or `ReadError`), pickled, in that order. The parent only unpickles them.

The child runs the same code on the same files as this process would (a rebuild's workers
read files the same way), writes nothing but its pipe, never prints, and dies with its
parent. A file whose result it cannot give (it failed, died, or was sent other files) is
read here, as without it: so is every file after it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pickle
import signal
import struct
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, BinaryIO

from index.ingest.files import ReadError, SourceFile
from index.store import collect
from index.store.segment_worker import die_with_parent

if TYPE_CHECKING:
    from index.ingest.files import ReadResult

_LENGTH = struct.Struct("<Q")
_PIPE_BYTES = 1 << 20
"""Each pipe holds this much (Linux's most for a user, if it may): the child reads on while
the parent works before its read loop (100 Reuters files give ~130 KB), and the parent's
list of files (~150 bytes a file) does not wait for the child to load the readers."""
_F_SETPIPE_SZ = 1031


class Prefetch:
    """A forked child reading the files it is sent; `read` takes its results in order."""

    def __init__(self, pid: int, requests: int, results: int) -> None:
        self._pid = pid
        self._requests = requests  # closed once the files are sent
        # read a pipeful at a time, not a read a frame: each read of the pipe lets another
        # thread (the base check) take the interpreter, which this one must then get back
        self._results: BinaryIO | None = open(results, "rb", buffering=_PIPE_BYTES)  # noqa: SIM115

    def send(self, sources: Sequence[SourceFile]) -> None:
        """Send the child the files to read, in the order `read` will ask for them."""
        if self._requests < 0:
            return
        try:
            _write_frame(self._requests, pickle.dumps(list(sources), pickle.HIGHEST_PROTOCOL))
        except OSError:
            self._give_up()
        finally:
            os.close(self._requests)
            self._requests = -1

    def read(self, source: SourceFile) -> ReadResult:
        """The file's `ReadResult`: the child's, or read here if it has none for it.

        Raises:
            ReadError: The file cannot be read (the child's reason, or this process's).
        """
        if self._results is not None:
            frame = _read_frame(self._results)
            if frame is not None:
                kind, rel, value = pickle.loads(frame)
                if rel == source.rel and kind == "ok":
                    return value
                if rel == source.rel and kind == "error":
                    raise ReadError(value)
            self._give_up()
        return collect.read_source(source)

    def _give_up(self) -> None:
        if self._results is not None:
            self._results.close()
            self._results = None

    def close(self) -> None:
        """End the child (if it still runs) and reap it."""
        if self._requests >= 0:
            os.close(self._requests)
            self._requests = -1
        self._give_up()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)


@contextlib.contextmanager
def prefetched(allowed: bool) -> Iterator[Prefetch | None]:
    """A `Prefetch` child for the block (killed and reaped at its end), if ``allowed``."""
    prefetch = _start() if allowed else None
    try:
        yield prefetch
    finally:
        if prefetch is not None:
            prefetch.close()


def _start() -> Prefetch | None:
    parent = os.getpid()
    requests_read, requests_write = os.pipe()
    results_read, results_write = os.pipe()
    for fd in (requests_write, results_write):
        with contextlib.suppress(OSError):  # not Linux, or a lower limit: a smaller pipe
            fcntl.fcntl(fd, _F_SETPIPE_SZ, _PIPE_BYTES)
    try:
        pid = os.fork()
    except OSError:
        for fd in (requests_read, requests_write, results_read, results_write):
            os.close(fd)
        return None
    if pid == 0:  # the child: never returns
        try:
            os.close(requests_write)
            os.close(results_read)
            die_with_parent(parent)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            _serve(requests_read, results_write)
        finally:
            os._exit(0)
    os.close(requests_read)
    os.close(results_write)
    return Prefetch(pid, requests_write, results_read)


def _serve(requests: int, results: int) -> None:
    """Load the readers, then read each file sent and send its result (a file that fails
    otherwise than with `ReadError` ends the child: the parent reads it, and raises)."""
    from index.ingest.readers import read_source as read
    from index.text.clean import knowledge

    knowledge()
    with open(requests, "rb") as stream:
        frame = _read_frame(stream)
    if frame is None:
        return
    for source in pickle.loads(frame):
        answer: tuple[str, str, object]
        try:
            answer = ("ok", source.rel, read(source))
        except ReadError as error:
            answer = ("error", source.rel, str(error))
        _write_frame(results, pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))


def _write_frame(fd: int, data: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _read_frame(stream: BinaryIO) -> bytes | None:
    """The next frame, or None at the pipe's end (or a frame cut short)."""
    try:
        head = stream.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            return None
        size = _LENGTH.unpack(head)[0]
        data = stream.read(size)
    except OSError:
        return None
    return data if len(data) == size else None
