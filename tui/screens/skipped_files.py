"""The files the index's builds skipped, each with why: the reader's command palette entry
"Skipped files" opens it (nu50 #6: at 120 columns the status line's "4 files skipped" lost
its "(why: broadsheet index status)", and which files and why could not be read in the
reader). The list `broadsheet index status` prints, in a page with the help's keys."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from tui.screens.help import HelpScreen
from tui.skips import SKIPPED_TITLE, short_path, skip_line

NO_PATHS = "Only their count is known (this index keeps no paths): see `broadsheet index status`."
"""Said when the index knows how many files were skipped but not which (an OpenSearch index)."""


class SkippedFiles(HelpScreen):
    """``reasons`` (``(path, why)`` of each file skipped, as `IndexStatus.skip_reasons`) of
    the ``corpus`` folder, one a line under ``count`` ("4 files"); esc or q closes it, j/k
    and the page keys scroll it (the help screen's keys)."""

    def __init__(self, corpus: Path, reasons: Sequence[tuple[str, str]], count: str) -> None:
        super().__init__((), {}, queries=False)
        self.corpus = corpus
        self.reasons = tuple(reasons)
        self.count = count

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            heading = f"{SKIPPED_TITLE}: {self.count} the index left out of {self.corpus.name}"
            yield Label(Text(heading, style="bold"), id="help-title", markup=False)
            lines = [skip_line(short_path(path, self.corpus), why) for path, why in self.reasons]
            yield Static(Text("\n".join(lines) or NO_PATHS), id="skipped-lines")
            yield Static(Text("\nesc closes this list · in a shell: broadsheet index status"))
