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

    DEFAULT_CSS = """
    KeyFooter > .-cut { display: none; }
    """

    _shown: Hashable = None
    """The keys as last composed (None: not yet)."""
    _ends: tuple[int, ...] = ()
    """Where each key ends (its right edge) with every key shown, as first laid out."""

    async def recompose(self) -> None:
        await super().recompose()
        self._ends = ()
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Leave out whole the keys past the footer's width, all after the first that does
        not fit (nu58 #7: "^y Use suggestio▏" at 80 columns, then "^q▏" without its word):
        the command palette's key, docked right, takes its room first."""
        docked = [c for c in self.children if c.has_class("-command-palette")]
        keys = [c for c in self.children if c not in docked]
        if not self._ends:
            if any(key.has_class("-cut") or not key.region.width for key in keys):
                return  # not laid out yet: measured on the next call
            self._ends = tuple(key.region.right - self.region.x for key in keys)
        room = self.size.width - sum(key.outer_size.width for key in docked)
        fits = True
        for key, end in zip(keys, self._ends, strict=False):
            fits = fits and end <= room
            key.set_class(not fits, "-cut")

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
