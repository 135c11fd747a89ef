"""Snapshots of the screens people see (baselines in __snapshots__; --snapshot-update)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.conftest import write_corpus
from tests.tui.conftest import search, settle
from tests.wirestory import STORY
from tui.app import BroadsheetApp

SnapCompare = Callable[..., bool]


def before(*steps: Callable[[Pilot[Any]], Awaitable[None]]) -> Callable[[Pilot[Any]], Any]:
    async def run(pilot: Pilot[Any]) -> None:
        # a blinking cursor is on or off depending on timing: snapshots want it steady
        for bar in pilot.app.query(Input):
            bar.cursor_blink = False
        await settle(pilot)
        for step in steps:
            await step(pilot)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


async def query(pilot: Pilot[Any]) -> None:
    await search(pilot, "peacekeepers")
    await pilot.press("enter")  # to the list: the search bar's cursor is not drawn


async def open_first_and_next_match(pilot: Pilot[Any]) -> None:
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("n")


async def help_screen(pilot: Pilot[Any]) -> None:
    await pilot.press("question_mark")


async def compare_two(pilot: Pilot[Any]) -> None:
    await pilot.press("m", "j", "m", "c")


def test_startup_on_the_seeds(snap_compare: SnapCompare, tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    app = BroadsheetApp(seeds, tmp_path / "index")
    assert snap_compare(app, terminal_size=(120, 40), run_before=before())


def test_results_for_a_query(snap_compare: SnapCompare, app: BroadsheetApp) -> None:
    assert snap_compare(app, terminal_size=(120, 40), run_before=before(query))


def test_reading_pane_with_highlights(snap_compare: SnapCompare, app: BroadsheetApp) -> None:
    assert snap_compare(
        app, terminal_size=(120, 40), run_before=before(query, open_first_and_next_match)
    )


def test_help_screen(snap_compare: SnapCompare, app: BroadsheetApp) -> None:
    assert snap_compare(app, terminal_size=(120, 40), run_before=before(help_screen))


def test_narrow_layout(snap_compare: SnapCompare, app: BroadsheetApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=before(query))


def test_comparison_view(snap_compare: SnapCompare, app: BroadsheetApp) -> None:
    assert snap_compare(app, terminal_size=(140, 40), run_before=before(compare_two))


async def compare_three(pilot: Pilot[Any]) -> None:
    # the 8th of April's two come A-Z: Bay Herald's "Bridge closure…" is passed over
    await pilot.press("space", "j", "space", "j", "j", "space", "c")
    await settle(pilot)
    await pilot.press("j")


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 48), (200, 50)])
def test_comparison_of_three(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]
) -> None:
    corpus = write_corpus(tmp_path / "story", STORY)
    app = BroadsheetApp(corpus, tmp_path / "index")
    assert snap_compare(app, terminal_size=size, run_before=before(compare_three))


async def alignment_table(pilot: Pilot[Any]) -> None:
    await compare_three(pilot)
    await pilot.press("v")


def test_alignment_table_of_three(snap_compare: SnapCompare, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "story", STORY)
    app = BroadsheetApp(corpus, tmp_path / "index")
    assert snap_compare(app, terminal_size=(160, 48), run_before=before(alignment_table))
