"""The help screen's headings for keys, and the moves every list screen shares (split from
`tui.keymap`)."""

from __future__ import annotations

from tui.keymap_key import Key

SEARCHING, MOVING, READING, COMPARING, INDEX = (
    "Searching",
    "Moving",
    "Reading",
    "Comparing",
    "The index",
)
NOTING = "The notebook"
STORIES = "Stories"


def list_moves(screen: str, row: str, end: str) -> tuple[Key, ...]:
    """The moves of a screen over one list (ids ``SCREEN-down``...): j/k and the arrows to
    the next ``row``, g/G and home/end to the first or last ``end``, a page at a time."""
    return (
        Key(f"{screen}-down", "j,down", "cursor(1)", "Down", f"next {row}", MOVING, show=False),
        Key(f"{screen}-up", "k,up", "cursor(-1)", "Up", f"previous {end}", MOVING, show=False),
        Key(f"{screen}-top", "g,home", "jump('first')", "Top", f"first {end}", MOVING,
            show=False),
        Key(f"{screen}-bottom", "G,end", "jump('last')", "Bottom", f"last {end}", MOVING,
            show=False),
        Key(f"{screen}-page-down", "pagedown", "jump('page_down')", "Page down", "page down",
            MOVING, show=False),
        Key(f"{screen}-page-up", "pageup", "jump('page_up')", "Page up", "page up", MOVING,
            show=False),
    )  # fmt: skip
