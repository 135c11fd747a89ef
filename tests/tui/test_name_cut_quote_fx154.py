"""fx154: the compare header's "only A/B" line at 80x24 dropped its last item, the sentence of
its own ("only B: Portsmouth, four percent, two years; …"), rather than cut it: that B says
anything of its own was lost. `tui.name_cut` now cuts that sentence after a whole word inside
its quotes ("…; 1 sentence of its own: “Dock…”") when its first word fits; names are still
never cut (fx152).

The oracle, over generated names, sentences and widths: a reference cut written here
(the names whole; the most words of the sentence that fit before "…”"; no word fits: the
fx152 cut, " …" after the last separator that leaves room); a line that fits is drawn whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from tui.name_cut import NameLine, name_cut

_NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij .-", min_size=1, max_size=20).map(
    lambda s: " ".join(s.split()).strip(" .-") or "X"
)
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzDWé',.", min_size=1, max_size=12)


def reference(label: str, names: list[str], own: str, words: list[str], width: int) -> str:
    """The line as the header should draw it at ``width`` cells."""
    head = label + ", ".join(names) + ("; " if names else "") + own + " “"
    whole = head + " ".join(words) + "”"
    if cell_len(whole) <= width:
        return whole
    for k in range(len(words), 0, -1):
        cut = head + " ".join(words[:k]) + "…”"
        if cell_len(cut) <= width:
            return cut
    # no word fits: fx152's cut, " …" after the last ", " or "; " that leaves room for it
    # (the names whole; "3 sentences of its own, …" keeps its count)
    ends = [i + 1 for i in range(len(label), len(whole)) if whole[i : i + 2] in (", ", "; ")]
    fitting = [end for end in ends if cell_len(whole[:end]) + 2 <= width]
    if fitting:
        return whole[: max(fitting)] + " …"
    return ""  # nothing whole fits: cut as Rich cuts (not checked here)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_NAME, max_size=6),
    st.lists(_WORD, min_size=1, max_size=14),
    st.sampled_from(["1 sentence of its own:", "3 sentences of its own, first"]),
    st.integers(12, 140),
)
def test_the_sentence_of_its_own_is_cut_at_a_word(
    names: list[str], words: list[str], own: str, width: int
) -> None:
    label = "only B: "
    line = Text(label, style="dim")
    line.append("; ".join(filter(None, [", ".join(names), f"{own} “{' '.join(words)}”"])))
    drawn = name_cut(line, width).plain
    expected = reference(label, names, own, words, width)
    assert cell_len(drawn) <= width, (drawn, width)
    if expected:
        assert drawn == expected, (drawn, expected)


def test_the_80x24_weak_match_line() -> None:
    """The line the 80x24 comparison of the weak-match test shows (its header is 78 wide)."""
    console = Console(width=78, color_system=None, record=True)
    own = "1 sentence of its own: “Dock workers at the port of Portsmouth ended a three-week…”"
    console.print(NameLine(Text(f"only B: Portsmouth, four percent, two years; {own}")))
    assert console.export_text().rstrip() == (
        "only B: Portsmouth, four percent, two years; 1 sentence of its own: “Dock…”"
    )
