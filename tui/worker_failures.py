"""A worker's failure shown as one line on screen, wherever the worker runs.

Textual posts `Worker.StateChanged` to the worker's own node and does not bubble it, so
the app's handler sees only the app's workers: a screen's worker that raised (an export to
a folder that does not exist) failed without a word. Each screen that runs workers mixes
in `ReportsWorkerFailures`.
"""

from __future__ import annotations

from textual.worker import Worker, WorkerState

from index.library import printable
from tui.key_order import result_came, screen_not_coming


def report_failure(event: Worker.StateChanged) -> None:
    """Notify one line when ``event`` says a worker failed: its name, then why."""
    error = event.worker.error
    if event.state != WorkerState.ERROR or error is None:
        return
    screen_not_coming(event.worker.node.app)  # a screen it was to open: keys wait no more
    result_came(event.worker.node.app)  # nor for a result it was to bring
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    event.worker.node.app.notify(
        printable(f"{event.worker.name or 'background task'} failed: {reason}"),
        severity="error",
        markup=False,
        timeout=8,
    )


class ReportsWorkerFailures:
    """Mixin for a screen: its workers' failures are notified (see the module's note)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(event)
