"""Pick the passage to highlight: the article's short paragraphs and the sentences of its long
ones, the one being read preselected."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui import keymap
from tui.dialogs.dialog import Dialog
from tui.widgets.story_list import step_cursor

PREVIEW = 600
"""Characters of a long passage shown in the picker (the whole one is highlighted)."""


class PassagePicker(Dialog[tuple[int, int] | None]):
    """Choose a passage of the article (a short paragraph or a sentence); answers its
    (start, end) in the body, or None."""

    BINDINGS = keymap.bindings(keymap.PASSAGE_PICKER)

    def __init__(self, body: str, near: int = 0) -> None:
        """The passages of ``body``, the one holding position ``near`` preselected."""
        # here, not at the top: `index.notebook` brings SQLite and the sentence splitter, and
        # the reader imports this module before its first screen (test_first_paint_imports)
        from index.notebook import passages

        super().__init__()
        self.body = body
        self.places = list(passages(body))
        self.chosen = next(
            (i for i, (_, end) in enumerate(self.places) if near < end), len(self.places) - 1
        )

    def compose(self) -> ComposeResult:
        options = []
        for start, end in self.places:
            text = self.body[start:end]
            if len(text) > PREVIEW:
                text = text[:PREVIEW] + "…"
            options.append(Option(Text(text), id=f"{start}:{end}"))
        with Vertical(id="passage-box"):
            yield Label("Highlight which passage? (enter picks, esc cancels)")
            yield OptionList(*options, id="passage-options")

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        if self.places:
            picker.highlighted = max(0, self.chosen)
            picker.scroll_to_highlight(top=True)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        start, _, end = (event.option.id or "0:0").partition(":")
        self.dismiss((int(start), int(end)))

    def action_cursor(self, step: int) -> None:
        step_cursor(self.query_one(OptionList), step)

    def action_cancel(self) -> None:
        self.dismiss(None)
