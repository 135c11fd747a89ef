"""A derived kind built in a process of its own, beside the main process's own work.

On a build with worker processes, the kinds of derived data are built once the workers
have indexed the last article; one of them (quote grouping) is then built in a child
forked for it while the main process builds another (story clustering), so that two
cores work to the end. The child has every value already in memory (it is a fork), writes
only into its kind's folder of the new generation, reports nothing but its failure (on a
pipe, as plain data), never prints, and dies with its parent (``PR_SET_PDEATHSIG``), so a
killed build leaves nothing running and the previous generation whole.

An update forks one child first (`start_later`), before it reads the changed files, for
every kind it updates (`Aside.kinds`; each kind in a thread of its own there): it opens
the kinds' previous states (the quote store, the story model) while this process scans
and indexes, and gets the extracted values (`Aside.send`) when they are known, or the
articles a batch at a time as they are indexed (`Aside.stream`), to extract from as they
come. Python's cyclic collector, paused for the update
(`gc_pause`), stays paused in the child: it lives no longer than the update, and its
objects are freed as the parent's are.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import queue
import signal
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from index.errors import BuildFailed
from index.store.segment_worker import describe, die_with_parent

_HELD: set[int] = set()
"""This process's ends of its children's pipes: a child forked later closes them, so that
a child's end-of-file (its exit, its values' end) never waits for a sibling."""


class Aside:
    """A forked child building one kind; `wait` for it, or `kill` it."""

    def __init__(self, name: str, pid: int, errors: int, values: int = -1) -> None:
        self.name = name
        self.kinds: tuple[str, ...] = (name,)
        """The kinds it builds (`index.store.derive.start_early` puts several in one)."""
        self.pid = pid
        self._errors = errors
        self._values = values  # `start_later`'s pipe for the values, until the sender has it
        self._waiting = values >= 0  # until its last values are sent
        self._queue: queue.SimpleQueue[bytes | None] | None = None  # what the sender writes
        self._sending: threading.Thread | None = None
        self._status: int | None = None

    @property
    def waiting(self) -> bool:
        """True while a child of `start_later` has not been sent its values."""
        return self._waiting

    def send(self, added: list[Any], removed: list[str], *, raw: bool = False) -> None:
        """Hand a child of `start_later` its values (from a thread: a pipe holds 64 KiB, and
        the child reads them only once its previous state is open); ``raw``: they are the
        articles, to extract from in the child (`Later.raw`)."""
        self.send_packed(pack(added, removed, raw=raw))

    def send_packed(self, data: bytes) -> None:
        """`send` values already packed (`pack`, or `pack_ids` after `stream`): one packing
        for every child sent the same."""
        self._put(data)
        self._put(None)
        self._waiting = False

    def stream(self, data: bytes) -> None:
        """Hand a child of `start_later` some of the articles it is to be sent, ahead of
        the rest (`pack_some`): it extracts from them as they come (`Later.extract`), while
        this process reads the others; `send_packed` of `pack_ids` ends them."""
        self._put(data)

    def _put(self, data: bytes | None) -> None:
        """Queue ``data`` for the thread that writes the child's values (started now if it
        was not); None ends them."""
        if self._queue is None:
            values, self._values = self._values, -1
            _HELD.discard(values)
            self._queue = queue.SimpleQueue()
            self._sending = threading.Thread(
                target=_write_all, args=(values, self._queue), name=f"{self.name}-values"
            )
            self._sending.daemon = True
            self._sending.start()
        self._queue.put(data)

    def _close(self) -> None:
        for fd in (self._values, self._errors):
            if fd >= 0:
                _HELD.discard(fd)
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._values = self._errors = -1
        self._waiting = False  # a killed child waits for nothing

    def wait(self) -> None:
        """Wait for the child to finish.

        Raises:
            OSError: Its write failed (a full disk...), as the same write here would.
            BuildFailed: It failed otherwise, or died.
        """
        if self._waiting:
            raise RuntimeError(f"the {self.name} child waits for its values")
        errors, self._errors = self._errors, -1
        _HELD.discard(errors)
        with open(errors, "rb", closefd=True) as pipe:  # end-of-file: the child exited
            said = pipe.read()
        _, self._status = os.waitpid(self.pid, 0)
        if self._sending is not None:
            self._sending.join()
        if said:
            detail = json.loads(said)
            if detail.get("errno") is not None:
                raise OSError(detail["errno"], detail["strerror"], detail["filename"])
            if detail["type"] == "BuildFailed":
                raise BuildFailed(detail["message"], detail=detail["traceback"])
            name = detail.get("kind") or self.name
            raise BuildFailed(
                f"building the {name} failed: {detail['type']}: {detail['message']}; "
                "the previous index is kept",
                detail=detail["traceback"],
            )
        if self._status != 0:
            code = os.waitstatus_to_exitcode(self._status)
            raise BuildFailed(
                f"the process building the {self.name} ended (exit status {code}); "
                "the previous index is kept"
            )

    def kill(self) -> None:
        """End the child (the build stopped) and reap it."""
        if self._status is not None:
            return
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self._close()
        with contextlib.suppress(ChildProcessError):
            _, self._status = os.waitpid(self.pid, 0)
        if self._queue is not None and self._sending is not None:
            self._queue.put(None)  # a sender waiting for more ends
            self._sending.join()  # the child's end closed: a write ends


def _write_all(fd: int, messages: queue.SimpleQueue[bytes | None]) -> None:
    """Write each message to the pipe ``fd``, length first, until None (the sender thread)."""
    with contextlib.suppress(OSError), open(fd, "wb", closefd=True) as pipe:
        while (data := messages.get()) is not None:
            pipe.write(len(data).to_bytes(8, "big"))  # the child may have ended
            pipe.write(data)
            pipe.flush()


def pack(added: list[Any], removed: list[str], *, raw: bool = False) -> bytes:
    """The values `Aside.send` sends, as bytes (`Aside.send_packed`).

    Raises:
        pickle.PicklingError: A value cannot be sent (nothing was taken from a child yet).
    """
    return pickle.dumps((_ALL, added, removed, raw), protocol=pickle.HIGHEST_PROTOCOL)


def pack_some(articles: list[Any]) -> bytes:
    """Some of the articles `Aside.stream` sends ahead, as bytes (each with its ``id``)."""
    return pickle.dumps((_SOME, articles), protocol=pickle.HIGHEST_PROTOCOL)


def pack_ids(added: list[str], removed: list[str]) -> bytes:
    """The end of the articles streamed (`pack_some`): the ids of those added, in the order
    the child is to take their values, and the removed ids (`Aside.send_packed`)."""
    return pickle.dumps((_IDS, added, removed), protocol=pickle.HIGHEST_PROTOCOL)


FAILED_KIND = "_broadsheet_failed_kind"
"""The attribute a child's error carries with the name of the kind that failed, when the
child builds several."""

_ALL, _SOME, _IDS = "all", "some", "ids"
"""What a message to a child holds: every value; some articles, more to come; their end."""


class Later:
    """In a child of `start_later`: its values, read from the parent when first used."""

    def __init__(self, values: int) -> None:
        self._fd = values
        self._got: tuple[list[Any], list[str], bool] | None = None
        self._lock = threading.Lock()  # a child updating several kinds reads from threads
        self._tried = False
        self.extract: Callable[[Any], Any] | None = None
        """What the work makes of each article streamed (`Aside.stream`), as it comes:
        `added` is then what it made (else the articles, and `raw` is True)."""

    def _get(self) -> tuple[list[Any], list[str], bool]:
        with self._lock:  # the pipe is read once: a second try would read a closed fd
            if self._got is None:
                if self._tried:  # by another thread, and it failed
                    raise EOFError("the values could not be read")
                self._tried = True
                self._got = self._read()
            return self._got

    def _read(self) -> tuple[list[Any], list[str], bool]:
        some: dict[str, Any] = {}  # the articles streamed, as `extract` made them
        with open(self._fd, "rb", closefd=True) as pipe:
            while (message := _read(pipe))[0] == _SOME:
                for article in message[1]:
                    some[article.id] = self.extract(article) if self.extract else article
        if message[0] == _ALL:
            got: tuple[list[Any], list[str], bool] = message[1:]
            return got
        missing = next((one for one in message[1] if one not in some), None)
        if missing is not None:
            raise EOFError(f"article {missing!r} was not sent")
        added = [some[article_id] for article_id in message[1]]
        return added, message[2], self.extract is None

    def added(self) -> Collection[Any]:
        """The values of the added articles, in order of id."""
        return _Deferred(self, 0)

    def removed(self) -> Collection[str]:
        """The removed articles' ids, in order."""
        return _Deferred(self, 1)

    def close(self) -> None:
        """Close the pipe unread (in a grandchild: the values are its parent's to read)."""
        with contextlib.suppress(OSError):
            os.close(self._fd)

    @property
    def raw(self) -> bool:
        """True when `added` are the articles themselves (read on first use too)."""
        return self._get()[2]


def _read(pipe: Any) -> tuple[Any, ...]:
    """One message from the parent (`_write_all`).

    Raises:
        EOFError: The pipe ended first (the update stopped).
    """
    size = int.from_bytes(pipe.read(8), "big")
    data = pipe.read(size)
    if size == 0 or len(data) != size:
        raise EOFError("the update stopped before it sent the values")
    message: tuple[Any, ...] = pickle.loads(data)
    return message


class _Deferred(Collection[Any]):
    """One of `Later`'s two lists, read on first use."""

    def __init__(self, later: Later, at: int) -> None:
        self._later, self._at = later, at

    def _list(self) -> list[Any]:
        got = self._later._get()
        return got[0] if self._at == 0 else got[1]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._list())

    def __len__(self) -> int:
        return len(self._list())

    def __contains__(self, item: object) -> bool:
        return item in self._list()


def aside_kinds(kinds: Sequence[Any]) -> list[int]:
    """Where the kinds are that an update's derive child forks a grandchild for: every kind
    but the last that is not `index.derived.light` (which the child updates itself), when
    there is one. A rebuild (`index.store.derive.derive_all`) builds a light kind in its
    main process; in an update's child it would share the GIL with that last kind, the
    update's longest chain at 100,000 articles: the copies' 0.07 CPU s (up31)."""
    from index.derived import light

    last = max((at for at, kind in enumerate(kinds) if not light(kind)), default=-1)
    return [at for at in range(len(kinds)) if at != last] if last >= 0 else []


def fork_aside(
    kinds: Sequence[Any],
    befores: Sequence[Path],
    targets: Sequence[Path],
    later: Later,
    forked: dict[int, Aside],
) -> None:
    """In an update's derive child (`start_later`'s, its kinds' modules imported, no other
    thread yet): fork a grandchild for each of `aside_kinds`, recorded in ``forked`` as
    soon as it exists. Each opens its kind's previous state at once, then updates it from
    the values this child sends it (`Aside.send`) once this child has them from ``later``;
    it dies with this child, and a failure of its own comes back through `Aside.wait`."""
    for at in aside_kinds(kinds):
        work = partial(_update_forwarded, kinds[at], befores[at], targets[at], later)
        recorded: list[Aside] = []
        try:
            start_later(kinds[at].name, work, record=recorded)
        finally:
            forked.update((at, child) for child in recorded)


def _update_forwarded(kind: Any, before: Path, target: Path, outer: Later, later: Later) -> None:
    """In a grandchild of `fork_aside`: update ``kind`` from the values its parent forwards
    (``later``); the pipe from the update's main process (``outer``) is its parent's."""
    outer.close()
    kind.update(before, later.added(), later.removed(), target, None)


def own_session() -> None:
    """Put this child in a session of its own, as the index workers are (``setsid``): Linux
    shares the CPU fairly between sessions first (autogroups), so a child left in its
    parent's session halves the parent's share with it, while each worker has a whole one.
    A rebuild's quotes child then ran at half a worker's speed beside them and the stories,
    and went on alone on one core after they ended (qc36). Its SIGINT is ignored and it dies
    with its parent as before; a terminal's signals to the build's group no longer reach it.
    """
    with contextlib.suppress(OSError):  # (a fork is never a group leader: it cannot fail)
        os.setsid()


def start(name: str, work: Callable[[], None], record: list[Aside] | None = None) -> Aside:
    """Run ``work`` in a forked child; only its failure comes back. The child is appended
    to ``record`` as soon as it exists (an interrupt after that leaves it recorded)."""
    return _fork(name, lambda _: work(), later=False, record=record)


def start_later(
    name: str, work: Callable[[Later], None], record: list[Aside] | None = None
) -> Aside:
    """Run ``work`` in a forked child now, its values to come (`Aside.send`): ``work`` gets
    a `Later` whose lists it should use only after opening what it can without them
    (``record``: as for `start`)."""
    return _fork(name, work, later=True, record=record)


def _fork(
    name: str, work: Callable[[Later], None], *, later: bool, record: list[Aside] | None
) -> Aside:
    parent = os.getpid()
    read, write = os.pipe()
    values_read, values_write = os.pipe() if later else (-1, -1)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 1
        try:
            for fd in (read, values_write, *_HELD):
                if fd >= 0:
                    os.close(fd)
            _HELD.clear()
            die_with_parent(parent)
            own_session()
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            work(Later(values_read))
            code = 0
        except BaseException as error:
            with contextlib.suppress(BaseException):
                said = {**describe(error), "kind": getattr(error, FAILED_KIND, None)}
                os.write(write, json.dumps(said, default=str).encode())
        finally:
            os._exit(code)
    ours, theirs = [read, values_write], [write, values_read]  # the pipes' ends here
    child = None
    try:  # an interrupt (Ctrl-C) before the child is recorded must not leave it behind
        _HELD.update(fd for fd in ours if fd >= 0)
        while theirs:
            if theirs[-1] >= 0:
                os.close(theirs[-1])
            theirs.pop()
        child = Aside(name, pid, read, values_write)
        if record is not None:
            record.append(child)
    except BaseException:
        if child is None:
            child = Aside(name, pid, read, values_write)
        child.kill()
        for fd in theirs:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        raise
    return child
