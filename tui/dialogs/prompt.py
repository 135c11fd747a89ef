"""A one-line prompt: ask for a line of text (a word to watch, a tag, a note)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label

from tui import keymap


class Prompt(ModalScreen[str | None]):
    """Ask for one line of text (None when cancelled, or when left empty unless allowed)."""

    BINDINGS = keymap.bindings(keymap.PROMPT)

    def __init__(
        self,
        question: str,
        *,
        value: str = "",
        suggester: Suggester | None = None,
        allow_empty: bool = False,
    ) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.suggester = suggester
        self.allow_empty = allow_empty
        """Submitting an empty line answers "" (to clear a note) rather than None."""

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(self.question)
            yield Input(self.value, id="prompt-input", suggester=self.suggester)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        self.dismiss(answer if answer or self.allow_empty else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
