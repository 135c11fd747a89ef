"""Placeholder reader app until the real one lands."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class BroadsheetApp(App[None]):
    """The broadsheet reader."""

    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, corpus: Path, index_dir: Path) -> None:
        super().__init__()
        self.corpus = corpus
        self.index_dir = index_dir

    def compose(self) -> ComposeResult:
        yield Static(f"broadsheet: {self.corpus}")
        yield Footer()
