"""The footer of keys, made anew only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
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


def paired(bindings: Sequence[BindingType], pairs: dict[str, str]) -> list[BindingType]:
    """``bindings`` with the keys named in ``pairs`` (binding id -> a word) shown as one
    item of the footer per word, in the order of ``pairs`` where the first of them stood:
    "[] Unique" for "] Next unique  [ Prev unique" (the comparison screens' footers were
    cut at 80 columns)."""
    groups = {word: Binding.Group(word, compact=True) for word in pairs.values()}
    grouped = {
        b.id: replace(b, group=groups[pairs[b.id]])
        for b in bindings
        if isinstance(b, Binding) and b.id in pairs
    }
    out: list[BindingType] = []
    for binding in bindings:
        if not (isinstance(binding, Binding) and binding.id in grouped):
            out.append(binding)
        elif binding.id not in {b.id for b in out if isinstance(b, Binding)}:
            word = pairs[binding.id]
            out.extend(grouped[key] for key, said in pairs.items() if said == word)
    return out
