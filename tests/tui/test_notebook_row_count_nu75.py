"""nu75 (nu74's walkthrough): at 80 columns a notebook article row cut its highlight count,
"… · 2021-10-18…" (at 120, "3 high…"): fx163 kept the outlet and date whole, not the marks
after them. Now the marks are kept whole too (the title cut instead) whenever the title
keeps a few words (`TITLE_KEPT`); a row whose marks (many tags) leave the title no room
keeps the outlet and date whole, as before.

Oracle: the row drawn at any width against the label's plain text: the whole row, or the
title's beginning cut with "…" and every fact after it whole."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from index.notebook import ArticleRecord, Entry
from index.notebook.models import AnchorState, Highlight
from tests.tui.test_notebook_row_fx163 import drawn
from tui.screens.notebook_rows import TITLE_KEPT, _article_item

FACTS = "  WSJ · 2021-10-18"


def highlights(n: int) -> tuple[Highlight, ...]:
    return tuple(
        Highlight(k, "na-1", "passage", "", "", 0, 7, None, (), AnchorState.ANCHORED, "", "")
        for k in range(n)
    )


def test_the_walkthrough_s_row_at_80_columns_keeps_its_count() -> None:
    title = "Biden says US will keep pressing Taliban on safe passage after Kabul withdrawal"
    record = ArticleRecord("na-1", title, "WSJ", "2021-10-18T10:00:00")
    line = drawn(Entry(article=record, highlights=highlights(3)), 80)
    assert line.endswith(FACTS + " · 3 highlights"), line
    assert len(line) <= 80 and line.startswith("  Biden says US")


@example(title="a" * 60, width=80, tags=[], count=2, pinned=False)
@given(
    title=st.text("abcdefgh ", min_size=1, max_size=120).filter(str.strip),
    width=st.integers(40, 160),
    tags=st.lists(st.text("xyz", min_size=1, max_size=12), max_size=4, unique=True),
    count=st.integers(0, 3),
    pinned=st.booleans(),
)
def test_the_marks_stay_whole_while_the_title_keeps_room(
    title: str, width: int, tags: list[str], count: int, pinned: bool
) -> None:
    record = ArticleRecord("na-1", title.strip(), "WSJ", "2021-10-18T10:00:00")
    entry = Entry(
        article=record, pinned=pinned, tags=tuple(sorted(tags)), highlights=highlights(count)
    )
    line = drawn(entry, width)
    full = _article_item(entry).label.plain
    mark = full[:2]
    facts = full[len(mark) + len(title.strip()) :]
    assert facts.startswith(FACTS)
    assert len(line) <= width
    if len(full) <= width:
        assert line == full
    elif width - len(facts) > TITLE_KEPT[1]:  # the title keeps a few words: every mark whole
        head = line[: -len(facts)]
        assert line.endswith(facts) and head.endswith("…"), line
        assert full.startswith(head[:-1])
    else:  # the outlet and date at least (fx163's rule)
        assert FACTS in line, line
