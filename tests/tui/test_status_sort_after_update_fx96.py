"""After `u` the status line still says how the list is sorted (nu44: the update found an
exact copy, the count grew "(1 exact copy)", the sort left the line, and the corpus name,
which goes first, came back in its room)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.tui.conftest import settle
from tests.tui.test_reader_status import status, with_two_skipped
from tui.widgets.status_line import SEPARATOR, fitted, without_copies

PART = st.text("abcdefgh ", min_size=1, max_size=24)


@given(st.lists(PART, min_size=2, max_size=7, unique=True), st.integers(10, 120), st.data())
def test_an_optional_part_never_takes_a_dropped_parts_room(
    parts: list[str], width: int, data: st.DataObject
) -> None:
    """The oracle: the optional parts go before the droppable ones, so while any droppable
    part is left out, every optional part is too."""
    optional = data.draw(st.lists(st.sampled_from(parts[:-1]), unique=True))
    droppable = data.draw(
        st.lists(st.sampled_from([p for p in parts[:-1] if p not in optional] or [""]))
    )
    droppable = [p for p in dict.fromkeys(droppable) if p]
    shown = fitted(parts, width, optional, droppable=droppable).split(SEPARATOR)
    if any(part not in shown for part in droppable):
        assert not set(optional) & set(shown), (shown, optional, droppable)


def test_the_count_says_its_copies_shorter() -> None:
    said = "1,057 articles (12 exact copies), 3 files skipped"
    assert without_copies(said) == "1,057 articles, 3 files skipped"
    assert without_copies("4 articles (1 exact copy)") == "4 articles"
    assert without_copies("4 articles") == "4 articles"


@pytest.mark.parametrize("width", [76, 80])
async def test_after_u_finds_a_copy_the_sort_stays(
    corpus_dir: Path, tmp_path: Path, width: int
) -> None:
    app = with_two_skipped(corpus_dir, tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        assert "sort: newest first" in status(app)
        shutil.copy(corpus_dir / "harvest.txt", corpus_dir / "harvest (1).txt")
        await pilot.press("u")
        await settle(pilot)
        line = status(app)
        assert "index fresh" in line, line
        assert "sort: newest first" in line, line
        assert "4 articles" in line and "2 files skipped" in line, line
