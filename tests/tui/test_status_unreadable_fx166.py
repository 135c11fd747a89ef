"""The status line of an index that cannot be read says why once, not "index index
pointer … is damaged" (fx166: `freshness` put "index " before a state that is a reason)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from index.models import IndexStatus
from index.store.generations import CURRENT
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.widgets.status_line import STATES, freshness

REASONS = st.text(min_size=1, max_size=60).filter(lambda r: r not in (*STATES, "stale"))


@given(REASONS)
def test_a_reason_is_said_as_it_is(reason: str) -> None:
    assert freshness(IndexStatus("c", "i", reason)) == reason


@given(st.sampled_from(STATES))
def test_a_state_is_said_of_the_index(state: str) -> None:
    assert freshness(IndexStatus("c", "i", state)) == f"index {state}"


async def test_a_damaged_pointer_reads_once_as_the_index(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    _, index_dir = built
    pointer = index_dir / CURRENT
    good = pointer.read_text(encoding="utf-8")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        pointer.write_text("garbage\n", encoding="utf-8")
        reader(app).check_freshness()
        await settle(pilot)
        line = str(reader(app).query_one("#status", Static).render())
        assert "index pointer" in line and "is damaged" in line, line
        assert "index index" not in line, line
        pointer.write_text(good, encoding="utf-8")
