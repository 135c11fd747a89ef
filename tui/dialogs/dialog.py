"""What every modal dialog of the reader shares: ctrl+q quits from it.

A modal screen stops Textual's key lookup at itself: the app's bindings (ctrl+q: quit) did
nothing there (esc first, fx145). A `Dialog` binds quit itself (so does Textual's command
palette, as `Palette`). When quitting would lose what was typed in it (`unsaved`), the
first ctrl+q says so and a second quits, as the reader says it of a build that is
stopping (`LibraryScreen.stop_index_work`).
"""

from __future__ import annotations

import time
from typing import TypeVar

from textual.command import CommandPalette
from textual.screen import ModalScreen

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
    """A modal dialog ctrl+q quits from."""

    BINDINGS = keymap.bindings(keymap.DIALOG)
    _warned_at = -QUIT_AGAIN
    """When the first ctrl+q said what quitting would lose (`time.monotonic`)."""

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
    """Textual's command palette, and ctrl+q that quits from it (a modal, as a dialog)."""

    BINDINGS = keymap.bindings(keymap.DIALOG)

    async def action_quit(self) -> None:
        await self.app.run_action("quit")
