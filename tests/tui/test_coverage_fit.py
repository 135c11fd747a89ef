"""The coverage line fits the screen's width in whole parts (nu42 #9: at 80 columns it
ended "right 0 · 2", the word "unknown" cut).

The oracle: the one-line form (no width given) says the same parts in the same order; a
line is never wider than the columns unless it holds one part alone that is.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from index.models import Coverage
from tui.widgets.coverage_bar import BAR_WIDTH, JOIN, MIN_BAR, coverage_bar

COUNTS = st.integers(min_value=0, max_value=1200)
COVERS = st.builds(Coverage, COUNTS, COUNTS, COUNTS, COUNTS)
LABEL = "Coverage "


def parts(line: str) -> list[str]:
    """The parts of a line: its words less the label and the bar, split at " · "."""
    words = line.removeprefix(LABEL).lstrip("█·").strip()
    return [part for part in words.split(JOIN) if part]


@given(COVERS, st.integers(min_value=10, max_value=200))
@example(Coverage(left=0, center=0, right=1, unknown=2), 78)  # nu42's story at 80x24
@example(Coverage(left=0, center=0, right=2, unknown=1), 78)
def test_the_line_fits_in_whole_parts(cover: Coverage, columns: int) -> None:
    one = coverage_bar(cover).plain
    lines = coverage_bar(cover, columns=columns).plain.split("\n")
    assert [p for line in lines for p in parts(line)] == parts(one)
    head = lines[0].removeprefix(LABEL)
    bar = len(head) - len(head.lstrip("█·"))
    assert MIN_BAR <= bar <= BAR_WIDTH
    for number, line in enumerate(lines):
        alone = len(parts(line)) == 1 and (number > 0 or len(LABEL) + MIN_BAR + 1 > columns)
        assert len(line) <= columns or alone or (number == 0 and not parts(line)), lines
    if len(one) <= columns:
        assert lines == [one]  # room enough: the line as it was
    if cover.unknown and columns >= 78:
        assert any(f"{cover.unknown} unknown" in line for line in lines)
