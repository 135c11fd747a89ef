"""The help screen: the keys of the screen it was opened from, and the query language.

Both tables are generated: the keys from `tui.keymap` (as the user's keymap file remaps
them), the queries from `index.search.syntax` (the README's table comes from there too).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from index.search.syntax import QUERY_FORMS
from tui import keymap
from tui.dialogs.dialog import Dialog
from tui.keymap import KEYMAP_FILE, Key

REMAP = Text(
    f"Remap a key by its id (dim, after its line) in {KEYMAP_FILE}, a line a key:\n"
    '  list-down = "j,down,x"   (every id: broadsheet keys)',
    style="dim",
)
"""The lines under the title: how to remap a key (nu27 #8: the ids were in the source alone)."""


class HelpScreen(Dialog[None]):
    """Every key, in one screen, grouped as people look for them; then the queries."""

    BINDINGS = keymap.bindings(keymap.HELP_SCREEN)

    def __init__(
        self, keys: Sequence[Key], remapped: Mapping[str, str], *, queries: bool = True
    ) -> None:
        """Help for ``keys`` (see `tui.keymap.help_keys`), as ``remapped`` binds them;
        the query language's table with ``queries`` (the screen has a search bar: nu32 #15,
        the notebook's help showed it, and its filter is plain words)."""
        super().__init__()
        self.keys = keys
        self.remapped = remapped
        self.queries = queries

    def rows(self, group: str) -> list[tuple[str, str, str]]:
        """(keys, what they do, their ids) for one heading; keys doing the same are one row."""
        merged: dict[str, list[str]] = {}
        ids: dict[str, list[str]] = {}
        for key in self.keys:
            if key.group != group:
                continue
            names = merged.setdefault(key.help, [])
            ids.setdefault(key.help, []).append(key.id)
            for name in self.remapped.get(key.id, key.keys).split(","):
                shown = self.app.get_key_display(Binding(name, key.action))
                if shown not in names:
                    names.append(shown)
        return [(" / ".join(names), what, ", ".join(ids[what])) for what, names in merged.items()]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Label(Text("broadsheet: keys", style="bold"), id="help-title")
            yield Static(REMAP, classes="help-remap")
            for group in keymap.GROUPS:
                rows = self.rows(group)
                if not rows:
                    continue
                yield Static(Text(group, style="bold underline"), classes="help-heading")
                yield Static(
                    _grid((Text("  " + keys), _what(what, ids)) for keys, what, ids in rows)
                )
            if self.queries:
                yield Static(Text("Queries", style="bold underline"), classes="help-heading")
                yield Static(
                    _grid(
                        (Text("  " + form.typed), Text(form.finds_plain)) for form in QUERY_FORMS
                    ),
                    classes="help-queries",
                )
            yield Static(Text("esc closes this help", style="dim"))

    @property
    def body(self) -> VerticalScroll:
        """The scrolled body of the help."""
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        """Scroll ``lines`` lines (j/k, the arrows)."""
        self.body.scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        """Scroll a page (PgDn/PgUp, space/b, ctrl+d/ctrl+u)."""
        self.body.scroll_relative(y=pages * max(1, self.body.size.height - 1), animate=False)

    def action_top(self) -> None:
        self.body.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.body.scroll_end(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)


def _what(what: str, ids: str) -> Text:
    """A row's line of help, and its keys' ids (dim): what a keymap file names."""
    return Text.assemble(what, ("  " + ids, "dim"))


def _grid(rows: Iterable[tuple[Text, Text]]) -> Table:
    # a grid, so a description that wraps stays in its column at 80 columns
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=False, min_width=16, max_width=40, style="bold")
    table.add_column(ratio=1)
    for row in rows:
        table.add_row(*row)
    return table
