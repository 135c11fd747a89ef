"""nu29 #10: the alignment table wraps its cells at word boundaries (it cut
``said,-acknowledgin`` / ``g key``), checked against what any wrap must keep."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from tui.widgets.word_wrap import word_wrap

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé東,.;", min_size=1, max_size=24)
JOINER = st.sampled_from([" ", "  ", "-", "—", "/", " - ", "\n"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORD, min_size=1, max_size=12))
    out = words[0]
    for word in words[1:]:
        out += draw(JOINER) + word
    return out


def test_the_walkthroughs_sentence_breaks_after_the_dash() -> None:
    text = Text("the White House has said,-acknowledging key details")
    lines = [line.plain for line in word_wrap(text, 18)]
    assert lines == ["the White House", "has said,-", "acknowledging key", "details"]


@given(sentences(), st.integers(min_value=2, max_value=30))  # 東 takes 2 cells
def test_lines_fit_keep_every_character_and_cut_words_only_when_too_long(
    sentence: str, width: int
) -> None:
    text = Text(sentence, style=Style(bold=True))
    text.stylize("italic", 0, len(sentence) // 2)
    lines = word_wrap(text, width)
    assert all(cell_len(line.plain) <= width for line in lines)
    # nothing but spaces at the breaks is dropped, in order
    assert re.sub(r"\s", "", "".join(line.plain for line in lines)) == re.sub(r"\s", "", sentence)
    # a break inside a word (not after a space, a dash or a slash, nor before a dash or a
    # slash) comes only in a word too wide for a line
    at = 0
    for line in lines:
        start = sentence.index(line.plain, at) if line.plain else at
        inside = 0 < start < len(sentence) and not re.match(r"[\s\-—/]", sentence[start - 1])
        if inside and not re.match(r"[\-—/]", sentence[start]):
            word = re.search(r"[^\s\-—/]*$", sentence[:start]).group()  # type: ignore[union-attr]
            word += re.match(r"[^\s\-—/]*", sentence[start:]).group()  # type: ignore[union-attr]
            assert cell_len(word) > width, (word, lines)
        at = start + len(line.plain)
    # the styles stay on their characters
    assert all(line.style == text.style for line in lines)
    lit = sum(
        1
        for line in lines
        for span in line.spans
        for char in line.plain[span.start : span.end]
        if span.style == "italic" and not char.isspace()
    )
    assert lit == len(re.sub(r"\s", "", sentence[: len(sentence) // 2]))


def test_the_alignment_tables_cells_break_after_the_dash_not_mid_word() -> None:
    """At 3 columns of 18 cells, the walkthrough's sentence (nu29 #10, story s5e7e6bebf70e)."""
    from rich.console import Console

    from index.analysis.multicompare import Document, compare_many
    from tui.widgets.alignment_table import KINDS, layout_alignment

    said = "The White House has said,-acknowledging key details it previously denied."
    docs = [
        Document(f"d{n}", f"Title {n}", f"Outlet {n}", None, f"{said} Other words {n} here.")
        for n in range(3)
    ]
    styles = {kind: Style() for kind in KINDS}
    table = layout_alignment(compare_many(docs), 0, styles, 56, Console(width=56))
    text = "\n".join(line.plain for line in table.lines)
    assert "acknowledging" in text  # whole, on one line
    assert "acknowledgin\n" not in text and "acknowledgin " not in text
