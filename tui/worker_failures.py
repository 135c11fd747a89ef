"""A worker's failure shown as one line on screen, wherever the worker runs.

Textual posts `Worker.StateChanged` to the worker's own node and does not bubble it, so
the app's handler sees only the app's workers: a screen's worker that raised (an export to
a folder that does not exist) failed without a word. Each screen that runs workers mixes
in `ReportsWorkerFailures`.

A screen that waits for a worker's answer ("searching…", a spinner) says the failure where
its expected errors show, and waits no more: its ``worker_failed(worker, error)`` returns
True when it said so (fx89: a search that raised a bug left "searching…" for good). The
rest is a toast. Every worker is started with ``exit_on_error=False`` (Textual's default
ends the app); Textual logs the traceback to its own log (``textual console``): the app
has no log file, and the screen never shows a traceback.
"""

from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from index.library import printable
from tui.key_waits import result_came, screen_not_coming, ticket_of


def reason_of(error: BaseException) -> str:
    """An exception's first line (its type's name when it has no text)."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def is_said(error: BaseException) -> bool:
    """Whether ``error`` is one a user can act on as it reads: the project's own (its
    classes, in ``index``, say what went wrong and what to do) or the system's (a disk,
    a permission: OSError). Any other is a bug, said with its kind."""
    return isinstance(error, OSError) or type(error).__module__.split(".")[0] == "index"


def kind_said(error: BaseException) -> str:
    """``error``'s first line; for one nobody expected (`is_said`), that it is a bug and
    its kind (fx166: a bug in opening the index read like an index error)."""
    reason = reason_of(error)
    if is_said(error):
        return printable(reason)
    kind = type(error).__name__
    return printable(f"{reason} (a bug)" if reason == kind else f"{reason} (a bug: {kind})")


def bug_said(what: str, error: BaseException) -> str:
    """One line for an error a worker did not catch: ``what`` failed and why (`kind_said`:
    fx160, a damaged notebook is no bug)."""
    return printable(f"{what} failed: ") + kind_said(error)


def report_failure(event: Worker.StateChanged) -> None:
    """When ``event`` says a worker failed: its node says so in place, or a one-line
    toast names the worker and why."""
    worker = event.worker
    error = worker.error
    if event.state != WorkerState.ERROR or error is None:
        return
    app = worker.node.app
    ticket = ticket_of(worker)
    if ticket is not None:  # keys held for a screen or a result it was to bring wait no
        screen_not_coming(app, ticket)  # more; keys held for another worker's (a search
        result_came(app, ticket)  # still running, fx116) wait on
    said_in_place = getattr(worker.node, "worker_failed", None)
    if said_in_place is not None and said_in_place(worker, error):
        return
    app.notify(
        bug_said(worker.name or "background task", error),  # its kind too (fx160)
        severity="error",
        markup=False,
        timeout=8,
    )


@runtime_checkable
class SaysLine(Protocol):
    """A widget that can show one line in place of what it shows (`ComparePane.say`)."""

    def say(self, line: Text) -> None: ...


class ReportsWorkerFailures:
    """Mixin for a screen: its workers' failures are notified (see the module's note)."""

    SAYS_FAILURES: ClassVar[dict[str, tuple[str, str]]] = {}
    """A worker group whose answer the screen waits for ("Comparing…"): a selector of
    where it waits (``#id`` of a Static; or a widget that says a line, `SaysLine`: the
    comparison's panes, fx166), and what the worker does, to say it failed there."""

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        """Say in place that a worker the screen waits for failed; True when said."""
        said = self.SAYS_FAILURES.get(worker.group)
        if said is None or worker.is_cancelled or not isinstance(self, Widget):
            return False  # cancelled: a newer one answers
        place, what = said
        line = Text(f"⚠ {bug_said(what, error)}")
        for shown in self.query(place):
            if isinstance(shown, Static):
                shown.update(line)
            elif isinstance(shown, SaysLine):
                shown.say(line)
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(event)
