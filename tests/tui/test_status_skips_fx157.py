"""nu62 #8 (fx157): at 80 columns the reader's status line said "410 articles │ 99 of 100
listed unread │ index fresh": the skip note went whole. It now says "410 articles, 1
skipped" first (the kinds left to ctrl+p → Skipped files), "index fresh" staying as nu18 #6
wants. Oracle: the sum of the counts of the note, over hypothesis draws of them, and the
order the parts give way in over widths."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.wording import counted
from tests.tui.test_status_unread_nu58 import line
from tui.status_steps import fewer_words
from tui.widgets.status_line import SEPARATOR


@given(
    articles=st.integers(1, 10**6),
    files=st.integers(0, 5000),
    records=st.integers(0, 5000),
)
def test_the_skip_note_in_fewer_words_keeps_its_total(
    articles: int, files: int, records: int
) -> None:
    kinds = [counted(n, kind) for n, kind in ((files, "file"), (records, "record")) if n]
    head = counted(articles, "article")
    count = head + (f", {' and '.join(kinds)} skipped" if kinds else "")
    steps = fewer_words(count, "")
    if not kinds:
        assert steps == []
        return
    assert steps == [(count, f"{head}, {files + records:,} skipped"), (steps[0][1], head)]


@given(width=st.integers(20, 160), marks=st.sampled_from(["3 marked", "12 marked"]))
def test_the_skips_are_said_in_some_words_before_they_go(width: int, marks: str) -> None:
    shown = line(width, "sort: relevance", False, marks).split(SEPARATOR)
    least = ["399 articles, 1 skipped", "24 hits", "21 unread", marks, "index fresh"]
    if len(SEPARATOR.join(least)) <= width:
        assert any(part.startswith("399 articles, 1 ") for part in shown), shown
