"""A build's or update's progress above the status line: its stage, a bar, and how to cancel."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Resize
from textual.widgets import Label, ProgressBar

from index.models import Progress, progress_count

CANCEL_HINT = "esc cancels"
BACK_HINT = "esc: back, update runs on"
"""The hint while esc in the reader goes back (`tui.way_back`): it cancels once none is left."""


def stage_text(verb: str, step: Progress) -> str:
    """The stage in words: "updating: reading files 120/3,781", "building the index:
    reading records 5,000/19,043" (a corpus of one JSON Lines file), "building the index:
    quotes…" (no count yet: the bar moves without a percentage, so the words end in "…")."""
    return stage_forms(verb, step)[0]


def stage_forms(verb: str, step: Progress) -> list[str]:
    """`stage_text` and shorter forms of it, longest first, each keeping the count whole:
    "building the index: reading records 29/19,043", "building: reading records …",
    "building: records …", "records …", "29/19,043". At 80 columns the label was cut
    before its count ("building the index: reading records 29…", fx148): the words go
    first (fx150). No count: the one form, which the label may cut."""
    what, done, total = progress_count(step)
    indexing = step.phase == "indexing"
    phase = f"reading {what}" if indexing else step.phase
    count = f"{done:,}/{total:,}" if total else f"{done:,}" if done > 0 else ""
    if not count:
        return [f"{verb}: {phase}…"]
    short = verb.split()[0] if verb.split() else verb
    noun = what if indexing else step.phase
    forms = [
        f"{verb}: {phase} {count}",
        f"{short}: {phase} {count}",
        f"{short}: {noun} {count}",
        f"{noun} {count}",
        count,
    ]
    return list(dict.fromkeys(forms))


STAGE_MAX = 50
"""The stage label's widest (its CSS max-width)."""
BAR_CELLS = 32
"""The bar's own width (Textual's), kept while the stage's count fits beside it."""
BAR_LEAST = 4
"""The narrowest the bar gets to leave the stage's count whole."""
BAR_PAD = 2
PERCENT_CELLS = 5
"""The bar's padding and its percentage's width (shown when the bar has a total)."""


def stage_fit(forms: list[str], width: int, hint: int, counted: bool) -> tuple[str, int]:
    """The form of the stage to show and the bar's width, in a row ``width`` cells wide
    beside a hint ``hint`` cells wide: the longest form that fits beside a full bar; else
    the shortest (the count alone), the bar narrowed to leave room for it."""
    beside = width - hint - BAR_PAD - PERCENT_CELLS * counted
    room = min(beside - BAR_CELLS, STAGE_MAX)
    for form in forms:
        if cell_len(form) <= room:
            return form, BAR_CELLS
    last = forms[-1]
    return last, max(BAR_LEAST, min(BAR_CELLS, beside - cell_len(last)))


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
        max-width: 50;  /* STAGE_MAX */
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
        self._shown: tuple[list[str], int | None, int] = ([""], None, 0)

    def compose(self) -> ComposeResult:
        yield self.stage
        yield self.bar
        yield self.hint_label

    def on_mount(self) -> None:
        self._draw(mounting=True)

    def show(self, verb: str, step: Progress) -> None:
        """Show a step: its stage, and the bar at ``done`` of ``total`` (moving when none)."""
        _, done, total = progress_count(step)
        self._shown = (stage_forms(verb, step), total or None, done)
        self._draw()

    def hint(self, text: str) -> None:
        """Say what esc does to the update now (cancels it, or goes back and leaves it)."""
        self.hint_label.update(text)
        self._draw()  # the stage's room changes with it

    def said(self, text: str) -> None:
        """Replace the stage with a line ("cancelling…")."""
        self._shown = ([text], *self._shown[1:])
        self._draw()

    def on_resize(self, _event: Resize) -> None:
        self._draw()

    def _draw(self, *, mounting: bool = False) -> None:
        if not (mounting or self.is_mounted):
            return  # drawn on mount
        forms, total, done = self._shown
        text, cells = forms[0], BAR_CELLS
        # not laid out yet (its first frames): the app's width less the padding; the longest
        # form was shown cut, 'building the index: reading records 1/…' (fb43)
        width = self.content_region.width or max(0, self.app.size.width - 2)
        if width:  # the form that fits, its count whole (fx150)
            hint = 0 if self.has_class("-fixed") else cell_len(str(self.hint_label.render()))
            text, cells = stage_fit(forms, width, hint, total is not None)
        self.stage.update(text)
        for bar in self.bar.query("#bar"):
            bar.styles.width = cells
        self.bar.update(total=total, progress=done)
        for percentage in self.bar.query("#percentage"):
            percentage.display = total is not None  # not "--%" (nu18)
