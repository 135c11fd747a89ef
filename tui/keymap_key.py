"""One key binding of the reader (`Key`), and the Textual bindings a block of them makes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True, slots=True)
class Key:
    """One key binding: what the footer shows, what help says, the id a keymap remaps.

    Attributes:
        id: Stable id, unique in the app (the keymap file's key).
        keys: Textual key names, comma-separated ("j,down").
        action: The action it runs.
        label: The footer's word for it.
        help: The help screen's line for it ("" to leave it out of help).
        group: The help screen's heading it goes under.
        show: Shown in the footer.
        tooltip: The footer's tooltip.
        palette: The command palette's title for it, its key shown beside
            (`tui.palette_keys`); "" leaves it out. Every key that opens a screen or a
            dialog has one (`tests/tui/test_palette_keys_fx96.py` finds them by pressing).
    """

    id: str
    keys: str
    action: str
    label: str
    help: str = ""
    group: str = ""
    show: bool = True
    tooltip: str = ""
    palette: str = ""

    def binding(self) -> Binding:
        """The Textual binding."""
        return Binding(
            self.keys, self.action, self.label, show=self.show, id=self.id, tooltip=self.tooltip
        )


def bindings(keys: Iterable[Key]) -> list[BindingType]:
    """Textual bindings for a block of keys (a widget's or screen's ``BINDINGS``)."""
    return [key.binding() for key in keys]
