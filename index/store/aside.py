"""A derived kind built in a process of its own, beside the main process's own work.

On a build with worker processes, the kinds of derived data are built once the workers
have indexed the last article; one of them (quote grouping) is then built in a child
forked for it while the main process builds another (story clustering), so that two
cores work to the end. The child has every value already in memory (it is a fork), writes
only into its kind's folder of the new generation, reports nothing but its failure (on a
pipe, as plain data), never prints, and dies with its parent (``PR_SET_PDEATHSIG``), so a
killed build leaves nothing running and the previous generation whole.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
from collections.abc import Callable

from index.errors import BuildFailed
from index.store.segment_worker import describe, die_with_parent


class Aside:
    """A forked child building one kind; `wait` for it, or `kill` it."""

    def __init__(self, name: str, pid: int, errors: int) -> None:
        self.name = name
        self.pid = pid
        self._errors = errors
        self._status: int | None = None

    def wait(self) -> None:
        """Wait for the child to finish.

        Raises:
            OSError: Its write failed (a full disk...), as the same write here would.
            BuildFailed: It failed otherwise, or died.
        """
        errors, self._errors = self._errors, -1
        with open(errors, "rb", closefd=True) as pipe:  # end-of-file: the child exited
            said = pipe.read()
        _, self._status = os.waitpid(self.pid, 0)
        if said:
            detail = json.loads(said)
            if detail.get("errno") is not None:
                raise OSError(detail["errno"], detail["strerror"], detail["filename"])
            if detail["type"] == "BuildFailed":
                raise BuildFailed(detail["message"], detail=detail["traceback"])
            raise BuildFailed(
                f"building the {self.name} failed: {detail['type']}: {detail['message']}; "
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
        if self._errors >= 0:
            with contextlib.suppress(OSError):
                os.close(self._errors)
            self._errors = -1
        with contextlib.suppress(ChildProcessError):
            _, self._status = os.waitpid(self.pid, 0)


def start(name: str, work: Callable[[], None]) -> Aside:
    """Run ``work`` in a forked child; only its failure comes back."""
    parent = os.getpid()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read)
            die_with_parent(parent)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            work()
            code = 0
        except BaseException as error:
            with contextlib.suppress(BaseException):
                os.write(write, json.dumps(describe(error), default=str).encode())
        finally:
            os._exit(code)
    os.close(write)
    return Aside(name, pid, read)
