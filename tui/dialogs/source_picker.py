"""The outlet filter: pick one outlet to show (or all of them), typing to narrow the list."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from index.library import printable
from tui import keymap
from tui.dialogs.dialog import Dialog
from tui.dialogs.fit import FitsList
from tui.widgets.story_list import step_cursor


class SourcePicker(FitsList[str | None], Dialog[str | None]):
    """Pick one outlet to filter the list by ("" for all).

    The filter line has the focus: what is typed keeps the outlets whose name holds every
    typed word (a corpus can have 140 of them); up and down move, enter picks.
    """

    FIT_BOX, FIT_LIST, FIT_MOST = "#source-box", "#source-options", 20

    BINDINGS = keymap.bindings(keymap.SOURCE_PICKER)
    AUTO_FOCUS = "#source-filter"

    def __init__(
        self,
        sources: list[tuple[str, int]],
        current: str | None,
        *,
        query: str = "",
        unknown: int = 0,
    ) -> None:
        super().__init__()
        self.sources = sources
        """Each outlet with its count: of the hits of ``query``, or of the corpus's articles."""
        self.current = current
        self.hits_of = query
        self.unknown = unknown
        """How many hits of ``query`` (articles, with none) name no outlet: said in the
        title (no row picks them)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="source-box"):
            yield Label(picker_title(self.hits_of, self.unknown))
            yield Input(placeholder="part of an outlet's name", id="source-filter")
            yield OptionList(*self.options(""), id="source-options")

    def on_mount(self) -> None:
        """Open on the outlet in force (nu61 #1), so `f enter` keeps the filter; on "All
        outlets" when none is (or it is no longer listed)."""
        options = self.query_one(OptionList)
        wanted = self.current or ""
        rows = [i for i, option in enumerate(options.options) if option.id == wanted]
        options.highlighted = rows[0] if rows else 0

    def options(self, typed: str) -> list[Option]:
        """The rows for what is typed: every outlet whose name holds each typed word."""
        words = typed.casefold().split()
        rows = [] if words else [Option(Text("All outlets"), id="")]
        rows += [
            Option(Text.assemble(printable(name), (f"  {count:,}", "dim")), id=name)
            for name, count in self.sources
            if all(word in name.casefold() for word in words)
        ]
        if not rows:
            rows = [Option(Text(f"No outlet's name holds {typed.strip()!r}"), disabled=True)]
        return rows

    @on(Input.Changed, "#source-filter")
    def _narrow(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self.options(event.value))
        first = next((i for i, o in enumerate(options.options) if not o.disabled), None)
        options.highlighted = first

    @on(Input.Submitted, "#source-filter")
    def _pick_highlighted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            if not option.disabled:
                self.dismiss(option.id or "")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id or "")

    def on_key(self, event: events.Key) -> None:
        """Up and down move the list while the filter line has the focus (the list's own
        keys when it has it)."""
        if event.key in ("up", "down") and isinstance(self.focused, Input):
            step_cursor(self.query_one(OptionList), 1 if event.key == "down" else -1)
            event.stop()

    def action_cancel(self) -> None:
        self.dismiss(None)


def picker_title(query: str, unknown: int = 0) -> Text:
    """The picker's title, saying what its counts count (nu40 #15), and how many hits of
    ``query`` (articles of the corpus, with none) name no outlet, so the counts are not
    taken for all of them (nu52 #3, fx128)."""
    if not query:
        title = Text("Show only one outlet: articles in the corpus (type to narrow the list)")
        what = "article"
    else:
        title = Text.assemble("Show only one outlet: hits for “", printable(query), "”")
        title.append(" (type to narrow)")
        what = "hit"
    if unknown:  # with no query too (fx128): no row picks them, the filter names an outlet
        said = f"1 {what} names" if unknown == 1 else f"{unknown:,} {what}s name"
        title.append(f"; {said} no outlet", "dim")
    return title
