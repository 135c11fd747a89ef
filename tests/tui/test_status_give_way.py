"""The status line's lower-value words give way first (nu24 #4): at 120 columns a stale
index said "stale — press u to update" (its counts cut) while "(why: broadsheet index
status)" stayed. The skip note's pointer goes before the stale line's counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.tui.conftest import reader, settle
from tests.tui.test_reader_status import status, with_two_skipped
from tui.widgets.status_line import SEPARATOR, fitted

SKIPS = "4 articles, 2 files skipped (why: ctrl+p → Skipped files)"
STALE = "stale: 1 changed file — press u to update"
SHORTER = {SKIPS: "4 articles, 2 files skipped", STALE: "stale — press u to update"}


@given(width=st.integers(20, 200), corpus=st.text("abcdefgh", min_size=1, max_size=30))
def test_the_first_shorter_words_are_said_alone_while_they_make_it_fit(
    width: int, corpus: str
) -> None:
    parts = [corpus, SKIPS, "sort: newest", STALE]
    line = fitted(parts, width, [], SHORTER)
    first_alone = SEPARATOR.join([corpus, SHORTER[SKIPS], "sort: newest", STALE])
    whole = SEPARATOR.join(parts)
    if len(whole) <= width:
        assert line == whole
    elif len(first_alone) <= width:
        assert line == first_alone  # the counts stay: only "(why: …)" went
    else:
        assert STALE not in line and "(why:" not in line


@pytest.mark.parametrize("columns", [100, 120])
async def test_a_stale_line_keeps_its_counts_while_the_skip_note_can_go_shorter(
    corpus_dir: Path, tmp_path: Path, columns: int
) -> None:
    app = with_two_skipped(corpus_dir, tmp_path)
    async with app.run_test(size=(columns, 40)) as pilot:
        await settle(pilot)
        changed = next(p for p in sorted(corpus_dir.glob("*.txt")) if p.stat().st_size > 20)
        changed.write_text(changed.read_text("utf-8") + "\nOne more line of text.\n", "utf-8")
        reader(app).check_freshness()
        await settle(pilot)
        line = status(app)
        assert "stale: 1 changed file — press u to update" in line, line
        assert "2 files skipped" in line, line  # "(why: …)" goes when room is short
