"""nu58 #2: in one burst, `c ? esc` ended on the list: `esc` acts at once and drops the keys
still waiting (by design, `tui.key_order`: esc is the way out), while the README promised
"Keys act in the order typed, however fast" with no exception. The README's sentence now
names every key that leaves, as the keymap binds them, and says what they do to the keys
waiting."""

from __future__ import annotations

from pathlib import Path

from tui.key_order import LEAVING
from tui.keymap import ALL

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SAID = {"escape": "esc"}
"""How the README writes a Textual key name."""


def type_ahead() -> str:
    """The README's paragraph on keys typed ahead (the one that says "however fast")."""
    [paragraph] = [p for p in README.split("\n\n") if "however fast" in p]
    return " ".join(paragraph.split())


def test_the_readme_says_the_keys_that_leave_act_at_once() -> None:
    text = type_ahead()
    leaving = {
        SAID.get(name, name) for key in ALL if key.action in LEAVING for name in key.keys.split(",")
    }
    assert leaving >= {"esc", "ctrl+q"}  # the oracle: the keymap's own bindings
    for name in sorted(leaving):
        assert f"`{name}`" in text, name
    start = text.index("however fast")
    exception = text[start:]
    assert "act at once" in exception and "drop those keys" in exception
