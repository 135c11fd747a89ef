"""Read-only work a thread worker hands to a daemon thread, so that quitting never waits for it.

Textual runs a thread worker in asyncio's default executor, and the app's `asyncio.run`
joins that executor's threads before the process ends: ctrl+q during a comparison waited
for the comparison to finish (nu59 #5: 2.1-2.7 s to exit against 1.1-1.2 s, load ~7).
Cancelling a worker (the app does, for every worker, as it exits) cannot stop a call under
way. So the work of a worker that writes nothing (`apart`) runs in a daemon thread of its
own, and the worker's thread only waits for it: once the worker is cancelled it waits no
more, the executor is joined at once, and the daemon thread ends with the process.

Only for work that reads (the index, the articles) and computes: a daemon thread is cut
short wherever it is, so nothing it does may be left half-written. Index builds and updates,
notebook writes, the reader's state keep their own workers (`tui.index_work` stops those).
"""

from __future__ import annotations

import contextvars
import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from textual.worker import get_current_worker

Params = ParamSpec("Params")
Result = TypeVar("Result")

POLL = 0.05
"""Seconds between looks at whether the worker was cancelled (the app quitting)."""


class Abandoned(Exception):
    """The worker was cancelled while its work ran on apart: its result is no one's."""


def run_apart(work: Callable[[], Result]) -> Result:
    """``work()`` in a daemon thread; its result, or its exception, here. Raises
    `Abandoned` as soon as the current worker is cancelled (the work runs on unheard)."""
    worker = get_current_worker()
    done = threading.Event()
    outcome: list[Result] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # told to the worker, which reports it
            failure.append(error)
        finally:
            done.set()

    context = contextvars.copy_context()  # `get_current_worker` works in there too
    name = f"apart: {worker.name}"
    threading.Thread(target=context.run, args=(run,), name=name, daemon=True).start()
    while not done.wait(POLL):
        if worker.is_cancelled:
            raise Abandoned
    if failure:
        raise failure[0]
    return outcome[0]


def apart(method: Callable[Params, Result]) -> Callable[Params, Result]:
    """Run ``method`` (a thread worker's body, under a thread ``@work``) apart: the
    app's exit does not wait for it (`run_apart`). Only for work that writes nothing."""

    @functools.wraps(method)
    def wrapper(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        return run_apart(functools.partial(method, *args, **kwargs))

    return wrapper
