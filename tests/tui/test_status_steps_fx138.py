"""fx138 (nu56 #5): at 80 columns the status line was cut to nonsense ("399 articles, 1
re… │ 0 hits │ 2 marked, 2 not in… │ outlet: CNN │ index fresh") and said no sort, though
the user had just chosen one. Now, before any part is cut, the count says fewer words
("399 articles"), the marks too ("2 marked, 2 not listed", "2 marked"), and a sort the user
chose stays until those are said so."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.tui.conftest import reader, settle
from tests.tui.test_reader_status import status
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module
from tui.status_steps import fewer_words, sort_steps
from tui.widgets.status_line import LEAVE_OUT, SEPARATOR, fitted

COUNT = "399 articles, 1 record skipped (why: ctrl+p → Skipped files)"
MARKS = "2 marked, 2 not in this list"


def test_fewer_words_of_the_count_and_the_marks() -> None:
    assert fewer_words("399 articles, 1 record skipped", MARKS) == [
        (MARKS, "2 marked, 2 not listed"),
        ("399 articles, 1 record skipped", "399 articles, 1 skipped"),  # nu62 #8 (fx157)
        ("399 articles, 1 skipped", "399 articles"),
        ("2 marked, 2 not listed", "2 marked"),
    ]
    assert fewer_words("6 of 70 articles, 3 files skipped", "") == [
        ("6 of 70 articles, 3 files skipped", "6 of 70 articles, 3 skipped"),
        ("6 of 70 articles, 3 skipped", "6 of 70 articles"),
    ]
    assert fewer_words("1,479 articles", "2 marked") == []
    # nu58 #3: "index fresh" goes before the marks' note does; a stale line stays
    assert fewer_words("399 articles", MARKS, "index fresh") == [
        (MARKS, "2 marked, 2 not listed"),
        ("index fresh", LEAVE_OUT),
        ("2 marked, 2 not listed", "2 marked"),
    ]
    assert ("stale — press u", LEAVE_OUT) not in fewer_words("1 article", MARKS, "stale — press u")
    assert fewer_words("399 articles", "2 marked", "index fresh") == []
    # nu58 #3: the unread count outlasts the sort, chosen or not
    unread = ["3 unread"]
    last = [("sort: outlet", LEAVE_OUT), ("3 unread", LEAVE_OUT)]
    assert sort_steps("sort: outlet", True, unread) == ([], last)
    assert sort_steps("sort: relevance", False, unread) == (["sort: relevance"], last[1:])
    assert sort_steps("sort: relevance", False, []) == (["sort: relevance"], [])


words = st.text(alphabet="abcdefgh ,:", min_size=1, max_size=30).map(str.strip).filter(bool)


@given(st.lists(words, min_size=3, max_size=8, unique=True), st.integers(20, 160), st.data())
def test_the_tighter_steps_go_before_any_part_is_cut(
    parts: list[str], width: int, data: st.DataObject
) -> None:
    """The oracle: the line with every step taken; when it fits, nothing is cut, each part
    is there in some form, and a step is kept only while its whole words do not fit."""
    shortened = data.draw(st.lists(st.sampled_from(parts[:-1]), unique=True, max_size=3))
    steps = [(p, p[: max(1, len(p) // 2)].strip() or p[0]) for p in shortened]
    steps = [(p, w) for p, w in steps if w not in parts]
    line = fitted(parts, width, tighter=steps)
    fewest = [dict(steps).get(p, p) for p in parts]
    shown = line.split(SEPARATOR)
    if len(SEPARATOR.join(parts)) <= width:
        assert line == SEPARATOR.join(parts)
    elif len(SEPARATOR.join(fewest)) <= width:
        assert "…" not in line and len(shown) == len(parts), line
        for part, words in steps:
            if words in shown:  # said shorter: its whole words did not fit
                whole = [part if p == words else p for p in shown]
                assert len(SEPARATOR.join(whole)) > width, line
    assert parts[-1] in shown


def nu56_line(monkeypatch: pytest.MonkeyPatch, order: str) -> None:
    monkeypatch.setattr(reader_module.ReaderScreen, "articles_said", lambda self: COUNT)
    monkeypatch.setattr(reader_module.ReaderScreen, "list_status", lambda self: (["0 hits"], order))
    monkeypatch.setattr(reader_module, "marks_note", lambda *_: MARKS)


@pytest.mark.parametrize(
    ("size", "sort", "said", "fresh"),
    [
        ((80, 24), "relevance", ["399 articles", "0 hits", "2 marked, 2 not listed"], True),
        # nu58 #3: "index fresh" gives way before the marks' note
        (
            (80, 24),
            "source",
            ["399 articles", "0 hits", "sort: outlet", "2 marked, 2 not listed"],
            False,
        ),
        (
            (120, 40),
            "source",
            ["399 articles, 1 record skipped", "0 hits", "sort: outlet", MARKS],
            True,
        ),
    ],
)
async def test_the_status_line_says_whole_parts(
    app: BroadsheetApp,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    sort: str,
    said: list[str],
    fresh: bool,
) -> None:
    order = {"relevance": "sort: relevance", "source": "sort: outlet"}[sort]
    nu56_line(monkeypatch, order)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.sort, screen.source = sort, "CNN"
        screen._update_status()
        await settle(pilot)
        line = status(app)
        assert "…" not in line, line
        tail = [said[-1], "outlet: CNN", *(["index fresh"] if fresh else [])]
        assert line.split(SEPARATOR)[-len(tail) :] == tail, line
        for part in said:
            assert part in line.split(SEPARATOR), line
