"""The comparison's legend at any width (`tui.widgets.many_legend.legend`): it fits when
anything can, it says the base keys (tab, 1-8) whenever they fit with the short words, and
short words never come without their label while that fits (rv48 #5: at 80x24 a base with a
"partly" sentence lost "carried by:" and the base keys)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.style import Style

from tui.widgets.heat_map import LEVEL_WORDS
from tui.widgets.many_legend import SHORT_WORDS, legend

TABLE_WORDS = {"verbatim": "word for word", "paraphrase": "other words", "unique": "alone"}
VIEWS = {
    "heat": ("carried by: ", "table", LEVEL_WORDS),
    "heat, no partly": (
        "carried by: ",
        "table",
        {k: v for k, v in LEVEL_WORDS.items() if k != "partly"},
    ),
    "table": ("cells: ", "heat map", TABLE_WORDS),
}


def cells(label: str, words: list[str], keys: str) -> int:
    """The width of a legend written out: each word in a swatch of one space each side,
    a space after it."""
    return len(label) + sum(len(word) + 3 for word in words) + len(keys)


@given(st.sampled_from(sorted(VIEWS)), st.integers(0, 200))
def test_the_legend_fits_and_keeps_the_base_keys_and_label(view: str, width: int) -> None:
    label, other, words = VIEWS[view]
    said = legend(label, words, {name: Style() for name in words}, other, width)
    text = said.plain
    short = [SHORT_WORDS[name] for name in words]
    least = cells("", short, f" v {other}")
    if width >= least:
        assert said.cell_len <= width, (width, text)
    if width >= cells(label, short, f" tab/1-8 base · v {other}"):
        assert "tab" in text and "1-8" in text, (width, text)
    if width >= cells(label, short, f" v {other}") and not all(w in text for w in words.values()):
        assert text.startswith(label), (width, text)  # short words: after their label
    if "1-8" in text:  # the base keys never without the label (rv48 #5: its label went first)
        assert text.startswith(label), (width, text)
    if width >= cells(label, list(words.values()), f"  tab, 1-8: base  v: {other}"):
        assert text.startswith(label) and all(w in text for w in words.values()), text
    assert text.rstrip().endswith(f"v {other}") or text.rstrip().endswith(f"v: {other}")
