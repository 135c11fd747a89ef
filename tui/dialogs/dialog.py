"""What every modal dialog of the reader shares: its own keys in a footer, and ctrl+q.

A modal screen stops Textual's key lookup at itself: the app's bindings (ctrl+q: quit) did
nothing there (esc first, fx145), and the footer below, the reader's, showed the reader's
keys over the dialog (related articles, `r`: nu33 put the dialog's keys under its heading,
but the footer went on naming keys that did nothing there). A `Dialog` binds quit itself
and shows a footer of its own keys (so does Textual's command palette, as `Palette`).
When quitting would lose what was typed in it (`unsaved`), the first ctrl+q says so and a
second quits, as the reader says it of a build that is stopping
(`LibraryScreen.stop_index_work`).
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

from textual.command import CommandPalette
from textual.screen import ModalScreen
from textual.widgets import Footer

from tui import keymap

Answer = TypeVar("Answer")

PALETTE_ID = "--command-palette"
"""The id Textual gives its command palette (`App.action_command_palette`)."""

QUIT_AGAIN = 5.0
"""Seconds in which a second ctrl+q quits, once the first said what would be lost."""


def unsaved_said(what: str) -> str:
    """The toast of the first ctrl+q over ``what`` would be lost."""
    return f"{what} is not saved: enter keeps it, esc drops it; ctrl+q again quits without it"


class Dialog(ModalScreen[Answer]):
    """A modal dialog with its keys in its own footer, and ctrl+q that quits from it."""

    _warned_at = -QUIT_AGAIN
    """When the first ctrl+q said what quitting would lose (`time.monotonic`)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        if "BINDINGS" in cls.__dict__ or Dialog in cls.__bases__:  # ctrl+q after its own keys
            cls.BINDINGS = [*cls.__dict__.get("BINDINGS", []), *keymap.bindings(keymap.DIALOG)]
        super().__init_subclass__(**kwargs)

    def on_mount(self) -> None:
        self.mount(Footer(compact=True))  # over the reader's (docked at the bottom)

    def unsaved(self) -> str:
        """What quitting now would lose, as a toast names it ("" for nothing)."""
        return ""

    async def action_quit(self) -> None:
        lost = self.unsaved()
        if lost and time.monotonic() - self._warned_at > QUIT_AGAIN:
            self._warned_at = time.monotonic()
            self.notify(unsaved_said(lost), severity="warning", timeout=QUIT_AGAIN, markup=False)
            return
        await self.app.run_action("quit")


class Palette(CommandPalette):
    """Textual's command palette, with its footer and ctrl+q, as a dialog."""

    BINDINGS = keymap.bindings(keymap.DIALOG)

    def on_mount(self) -> None:
        self.mount(Footer(compact=True))

    async def action_quit(self) -> None:
        await self.app.run_action("quit")
