"""The outlet filter: pick one outlet to show (or all of them)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from index.library import printable
from tui import keymap


class SourcePicker(ModalScreen[str | None]):
    """Pick one outlet to filter the list by ("" for all)."""

    BINDINGS = keymap.bindings(keymap.SOURCE_PICKER)

    def __init__(self, sources: list[tuple[str, int]], current: str | None) -> None:
        super().__init__()
        self.sources = sources
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text("All outlets"), id="")]
        options += [
            Option(Text.assemble(printable(name), (f"  {count:,}", "dim")), id=name)
            for name, count in self.sources
        ]
        with Vertical(id="source-box"):
            yield Label("Show only one outlet")
            yield OptionList(*options, id="source-options")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id or "")

    def action_cancel(self) -> None:
        self.dismiss(None)
