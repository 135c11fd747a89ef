"""The footer of keys, made anew only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's `Footer`, which removes and mounts all its keys again whenever a screen
    says its bindings may have changed: on every focus change, and whenever the reader
    asks. Most of those times the keys are the same; then this footer keeps its keys
    (at start, and on each focus move of typing a query, a few milliseconds each time)."""

    _shown: Hashable = None
    """The keys as last composed (None: not yet)."""

    def _keys_now(self) -> Hashable:
        """What the footer would show now: each key shown, its label and whether it acts."""
        return (
            self.compact,
            self.show_command_palette,
            tuple(
                (binding, enabled, tooltip)  # a Binding is a frozen dataclass
                for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
                if binding.show or key == self.app.COMMAND_PALETTE_BINDING
            ),
        )

    def compose(self) -> ComposeResult:
        self._shown = self._keys_now() if self._bindings_ready else None
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        if (
            self._shown is not None
            and self.is_attached
            and screen is self.screen
            and self._keys_now() == self._shown
        ):
            return  # the same keys: nothing to make anew
        super().bindings_changed(screen)
