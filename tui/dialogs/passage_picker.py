"""Pick the passage to highlight: the article's paragraphs, the one being read preselected."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui import keymap
from tui.widgets.story_list import step_cursor

_PARAGRAPH = re.compile(r"[^\n]+")
PREVIEW = 600
"""Characters of a long paragraph shown in the picker (the whole one is highlighted)."""


def paragraphs(body: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each paragraph of ``body``: its lines that are not blank, trimmed."""
    for match in _PARAGRAPH.finditer(body):
        text = match.group()
        if not text.strip():
            continue
        start = match.start() + len(text) - len(text.lstrip())
        end = match.end() - (len(text) - len(text.rstrip()))
        yield start, end


class PassagePicker(ModalScreen[tuple[int, int] | None]):
    """Choose a paragraph of the article; answers its (start, end) in the body, or None."""

    BINDINGS = keymap.bindings(keymap.PASSAGE_PICKER)

    def __init__(self, body: str, near: int = 0) -> None:
        """The paragraphs of ``body``, the one holding position ``near`` preselected."""
        super().__init__()
        self.body = body
        self.places = list(paragraphs(body))
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
