"""A one-line prompt: ask for a line of text (a word to watch, a tag, a note)."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Label

from tui import keymap
from tui.dialogs.dialog import Dialog


class Prompt(Dialog[str | None]):
    """Ask for one line of text (None when cancelled, or when left empty unless allowed).

    ``refuse`` says why an answer cannot be taken (None: it can): the prompt then stays,
    the text typed kept, with the reason under it (nu30 #10: the export's dialog closed on
    a file name it refused, and `e` again offered "notebook.md" rather than the path typed).
    """

    BINDINGS = keymap.bindings(keymap.PROMPT)

    def __init__(
        self,
        question: str | Text,
        *,
        value: str = "",
        suggester: Suggester | None = None,
        allow_empty: bool = False,
        refuse: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.suggester = suggester
        self.allow_empty = allow_empty
        """Submitting an empty line answers "" (to clear a note) rather than None."""
        self.refuse = refuse

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(self.question)
            yield Input(self.value, id="prompt-input", suggester=self.suggester)
            yield Label("", id="prompt-refused", classes="-empty")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        reason = self.refuse(answer) if self.refuse is not None and answer else None
        if reason is not None:
            refused = self.query_one("#prompt-refused", Label)
            refused.update(reason)
            refused.remove_class("-empty")
            return
        self.dismiss(answer if answer or self.allow_empty else None)

    def unsaved(self) -> str:
        typed = self.query_one(Input).value.strip()
        return "What you typed" if typed and typed != self.value.strip() else ""

    def action_cancel(self) -> None:
        self.dismiss(None)
