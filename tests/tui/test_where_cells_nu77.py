"""The reading pane's id-and-address line is measured in cells, not characters (nu77 #4): a
wide id (CJK, emoji: two cells a character) overflowed the pane, its address cut by the
edge with no "…".

Oracle: `rich.cells.cell_len` of each line against the width, and the line's text a start
of what it shows (the whole of it when it fits)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.widgets.article_layout import _where_lines, cropped

WIDE = "北京报道新闻東京ニュース서울🙂📰🌏"
NARROW = "abcxyz-0123_."
ids = st.text(alphabet=st.sampled_from(WIDE + NARROW), min_size=1, max_size=80)
addresses = st.builds(
    lambda host, path: f"https://{host}/{path}",
    st.sampled_from(["www.example.com", "例え.jp", "news.ex"]),
    st.text(alphabet=st.sampled_from(WIDE + NARROW + "/"), max_size=60),
)


@settings(max_examples=400, deadline=None)
@given(ids, addresses, st.integers(min_value=10, max_value=160))
def test_each_line_fits_the_pane_in_cells(id_: str, address: str, width: int) -> None:
    lines = _where_lines([id_, address], width, True)
    assert all(cell_len(line) <= width for line in lines), (lines, width)
    wholes = [" · ".join([id_, address])] if len(lines) == 1 else [id_, address]
    for line, whole in zip(lines, wholes, strict=True):
        assert line == whole or (line.endswith("…") and whole.startswith(line[:-1])), line


def test_a_wide_id_gives_the_address_its_own_line() -> None:
    wide = "北京" * 20  # 40 characters, 80 cells
    lines = _where_lines([wide, "https://www.example.com/a/b"], 80, True)
    assert lines[-1] == "https://www.example.com/a/b", lines
    assert cell_len(lines[0]) <= 80


@settings(max_examples=300, deadline=None)
@given(ids, st.integers(min_value=1, max_value=60))
def test_a_cut_fits_its_cells_and_keeps_the_start(text: str, width: int) -> None:
    """`cropped` cuts the pane's border title too (scrolled past a quote: its title beside
    the outlet and day), measured as the line is, in cells."""
    cut = cropped(text, width)
    assert cell_len(cut) <= width, (cut, width)
    assert cut == text or (cut.endswith("…") and text.startswith(cut[:-1])), cut
