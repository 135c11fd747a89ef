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


def list_moves(
    screen: str, row: str, end: str, pages: tuple[str, str] = ("pagedown", "pageup")
) -> tuple[Key, ...]:
    """The moves of a screen over one list (ids ``SCREEN-down``...): j/k and the arrows to
    the next ``row``, g/G and home/end to the first or last ``end``, a page at a time (by
    the keys ``pages``: down, up)."""
    return (
        Key(f"{screen}-down", "j,down", "cursor(1)", "Down", f"next {row}", MOVING, show=False),
        Key(f"{screen}-up", "k,up", "cursor(-1)", "Up", f"previous {end}", MOVING, show=False),
        Key(f"{screen}-top", "g,home", "jump('first')", "Top", f"first {end}", MOVING,
            show=False),
        Key(f"{screen}-bottom", "G,end", "jump('last')", "Bottom", f"last {end}", MOVING,
            show=False),
        Key(f"{screen}-page-down", pages[0], "jump('page_down')", "Page down", "page down",
            MOVING, show=False),
        Key(f"{screen}-page-up", pages[1], "jump('page_up')", "Page up", "page up", MOVING,
            show=False),
    )  # fmt: skip
