"""The command palette's entries for the keys that open a screen or a dialog, each with
its key shown (nu44: ctrl+p had no Compare, Notebook, Stories or Export). Made from the
keys' `Key.palette` titles, for the screen the palette opened over, so a key remapped in
``keymap.toml`` is shown as remapped, and the entry runs what the key runs. An entry is
offered while the search bar has the focus too, where its key would be typed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen

from tui import keymap

PALETTE = {key.id: key for key in keymap.ALL if key.palette}
"""The keys with an entry in the palette, by binding id."""

APP_KEYS = {key.id for key in keymap.APP}
"""The keys the app binds (run on the app; the rest on the screen)."""


def key_commands(
    app: App[Any], screen: Screen[object], remapped: Mapping[str, str]
) -> Iterator[SystemCommand]:
    """The palette's entries for the keys of ``screen`` (the blocks its help lists) that
    have a `Key.palette` title: the title and the key ("Notebook (b)": the first of its
    keys, as ``remapped`` by the user's keymap, by binding id), its help line under it."""
    blocks = keymap.SCREEN_KEYS.get(type(screen).__name__, (keymap.APP,))
    for key in (key for block in blocks for key in block if key.id in PALETTE):
        first = remapped.get(key.id, key.keys).split(",")[0].strip()
        shown = app.get_key_display(Binding(first, key.action))
        node = app if key.id in APP_KEYS else screen
        yield SystemCommand(
            f"{escape(key.palette)} ({escape(shown)})",
            escape(key.help[:1].upper() + key.help[1:]),
            partial(app.run_action, key.action, node),
        )
