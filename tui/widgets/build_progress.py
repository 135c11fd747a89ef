"""A build's or update's progress above the status line: its stage, a bar, and how to cancel."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from index.models import Progress, progress_count

CANCEL_HINT = "esc cancels"
BACK_HINT = "esc: back, update runs on"
"""The hint while esc in the reader goes back (`tui.way_back`): it cancels once none is left."""


def stage_text(verb: str, step: Progress) -> str:
    """The stage in words: "updating: reading files 120/3,781", "building the index:
    reading records 5,000/19,043" (a corpus of one JSON Lines file), "building the index:
    quotes…" (no count yet: the bar moves without a percentage, so the words end in "…")."""
    what, done, total = progress_count(step)
    phase = f"reading {what}" if step.phase == "indexing" else step.phase
    count = f" {done:,}/{total:,}" if total else f" {done:,}" * (done > 0)
    return f"{verb}: {phase}{count or '…'}"


class BuildProgress(Horizontal):
    """The stage of an index build or update and a bar (an indeterminate one for stages
    without a count); mounted while it runs, removed when it ends."""

    DEFAULT_CSS = """
    BuildProgress {
        height: 1;
        padding: 0 1;
        background: $boost;
    }
    BuildProgress #build-stage {
        width: 1fr;
        max-width: 50;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    BuildProgress #build-bar {
        width: auto;
        padding: 0 1;
    }
    BuildProgress #build-hint {
        color: $text-muted;
    }
    BuildProgress.-fixed #build-hint {
        display: none;
    }
    """

    def __init__(
        self, *, cancellable: bool, hint: str = CANCEL_HINT, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.hint_label = Label(hint, id="build-hint", markup=False)
        self.set_class(not cancellable, "-fixed")
        self.stage = Label("", id="build-stage", markup=False)
        self.bar = ProgressBar(total=None, show_eta=False, id="build-bar")
        self._shown: tuple[str, int | None, int] = ("", None, 0)

    def compose(self) -> ComposeResult:
        yield self.stage
        yield self.bar
        yield self.hint_label

    def on_mount(self) -> None:
        self._draw(mounting=True)

    def show(self, verb: str, step: Progress) -> None:
        """Show a step: its stage, and the bar at ``done`` of ``total`` (moving when none)."""
        _, done, total = progress_count(step)
        self._shown = (stage_text(verb, step), total or None, done)
        self._draw()

    def hint(self, text: str) -> None:
        """Say what esc does to the update now (cancels it, or goes back and leaves it)."""
        self.hint_label.update(text)

    def said(self, text: str) -> None:
        """Replace the stage with a line ("cancelling…")."""
        self._shown = (text, *self._shown[1:])
        self._draw()

    def _draw(self, *, mounting: bool = False) -> None:
        if not (mounting or self.is_mounted):
            return  # drawn on mount
        text, total, done = self._shown
        self.stage.update(text)
        self.bar.update(total=total, progress=done)
        for percentage in self.bar.query("#percentage"):
            percentage.display = total is not None  # not "--%" (nu18)
