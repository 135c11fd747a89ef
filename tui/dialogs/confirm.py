"""A yes-or-no question before something is removed (the notebook's `d`)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label

from tui import keymap
from tui.dialogs.dialog import Dialog


class Confirm(Dialog[bool]):
    """Ask ``question``: y or enter answers True, n or esc False."""

    BINDINGS = keymap.bindings(keymap.CONFIRM)

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label(self.question, markup=False)
            yield Label("y or enter: yes · n or esc: no", classes="confirm-keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
