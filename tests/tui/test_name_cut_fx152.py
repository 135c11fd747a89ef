"""The compare header's "only A/B" lines are cut after a whole name, not inside one (fx152,
nu61 #8: "…, Beirut, Mili…" at 80 columns).

The oracle, over generated lists and widths: the line drawn fits the width; when cut, what is
left before " …" is the label and the first k items whole (k ≥ 1 when the first fits), so
no name is cut; a line that fits is drawn whole.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from tui.name_cut import NameLine, name_cut

_NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij .-", min_size=1, max_size=30).map(
    lambda s: s.strip(" ,;") or "X"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=12), st.integers(12, 130))
def test_cut_after_a_whole_name(names: list[str], width: int) -> None:
    names = [n.replace(", ", " ").replace("; ", " ") for n in names]
    label = "only B: "
    line = Text.assemble((label, "dim"), ", ".join(names))
    drawn = name_cut(line, width).plain
    if len(line.plain) <= width:
        assert drawn == line.plain
        return
    assert len(drawn) <= width, (drawn, width)
    if len(names) == 1 or len(label) + len(names[0]) + len(", …") > width:
        return  # no item and its comma fit beside " …": cut as Rich cuts
    kept = drawn[len(label) : -len(" …")].rstrip(",").split(", ")
    assert kept == names[: len(kept)], (kept, names)


def test_the_nu61_line_at_80_columns() -> None:
    console = Console(width=80, color_system=None, record=True)
    names = "Hezbollah, Syria, Lebanon, Hassan Nasrallah, Beirut, Military Intelligence"
    console.print(NameLine(Text(f"only B: {names}; 30 sentences of its own")))
    assert console.export_text().rstrip() == (
        "only B: Hezbollah, Syria, Lebanon, Hassan Nasrallah, Beirut, …"
    )
