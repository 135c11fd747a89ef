"""Small dialogs: the help screen, the outlet filter, a one-line prompt."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from index.sanitize import printable

HELP: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Searching",
        (
            ("/", "focus the search bar; type to search as you go"),
            ("enter", "from the search bar: go to the list"),
            ("esc", "clear the query, or leave the search bar"),
            ("ctrl+y", "accept the spelling suggestion when nothing matched"),
            ("s", "cycle the order: relevance, newest, oldest, source"),
            ("f", "show only one outlet (or all)"),
        ),
    ),
    (
        "Moving",
        (
            ("j / k, ↓ / ↑", "next / previous article, or scroll the text"),
            ("g / G", "top / bottom"),
            ("space / b", "page down / up"),
            ("enter / l", "open the article under the cursor"),
            ("tab / shift+tab", "next / previous pane"),
        ),
    ),
    (
        "Reading",
        (
            ("n / N", 'next / previous match of the query ("match 3 of 12")'),
            ("t", "show or hide the text removed as boilerplate"),
            ("ctrl+p", 'command palette: "Highlight term…" pins a watch word'),
        ),
    ),
    (
        "Comparing",
        (
            ("m", "mark the article for comparison (● in the list)"),
            (
                "c",
                "compare the two marked, the current with the marked, or with its "
                "most similar article",
            ),
        ),
    ),
    (
        "The index",
        (
            ("r", "update the index from the corpus in the background"),
            ("? / f1", "this help"),
            ("q", "quit (esc closes dialogs first)"),
        ),
    ),
)
QUERY_HELP = (
    'Queries: words (all must match), "a phrase", OR, NOT, (groups), peace* (prefix), '
    "zelensky~ (fuzzy), title:crimea, source:reuters, date:2014, "
    "date:[2014-03-01 to 2014-03-31]. Words match all their forms: peacekeeper finds "
    "peacekeepers and peacekeeping."
)


class HelpScreen(ModalScreen[None]):
    """Every key, in one screen."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help-close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Label(Text("broadsheet: keys", style="bold"), id="help-title")
            for heading, keys in HELP:
                yield Static(Text(heading, style="bold underline"), classes="help-heading")
                # a grid, so a description that wraps stays in its column at 80 columns
                table = Table.grid(padding=(0, 2))
                table.add_column(no_wrap=True, min_width=16, style="bold")
                table.add_column(ratio=1)
                for key, what in keys:
                    table.add_row(Text("  " + key), Text(what))
                yield Static(table)
            yield Static(Text(QUERY_HELP), classes="help-queries")
            yield Static(Text("esc closes this help", style="dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)


class SourcePicker(ModalScreen[str | None]):
    """Pick one outlet to filter the list by ("" for all)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="source-cancel")]

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


class Prompt(ModalScreen[str | None]):
    """Ask for one line of text."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt-cancel")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(self.question)
            yield Input(id="prompt-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
