"""Snapshots of stories in the reader: the story list and the story screen, 80x24 and 160x48."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import search, settle
from tests.tui.test_snapshots import SnapCompare, before
from tui.app import BroadsheetApp

SIZES = [(80, 24), (160, 48)]


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    Library(tmp_path / "news", tmp_path / "index").rebuild()  # no "built the index" toast
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def story_list(pilot: Pilot[Any]) -> None:
    await pilot.press("S")


async def open_story(pilot: Pilot[Any]) -> None:
    await pilot.press("j", "enter")


async def related(pilot: Pilot[Any]) -> None:
    await search(pilot, "eight")
    await pilot.press("enter")  # to the list: its top hit is in the pane
    await settle(pilot)
    await pilot.press("r")


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_story_list(snap_compare: SnapCompare, news: BroadsheetApp, size: tuple[int, int]) -> None:
    assert snap_compare(news, terminal_size=size, run_before=before(story_list))


@pytest.mark.parametrize("size", [*SIZES, (120, 40)], ids=["80x24", "160x48", "120x40"])
def test_story_screen(
    snap_compare: SnapCompare, news: BroadsheetApp, size: tuple[int, int]
) -> None:
    assert snap_compare(news, terminal_size=size, run_before=before(story_list, open_story))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_story_list_of_the_seeds(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]
) -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"  # no story: the list says why
    app = BroadsheetApp(seeds, tmp_path / "index")
    assert snap_compare(app, terminal_size=size, run_before=before(story_list))


def test_related_dialog(snap_compare: SnapCompare, news: BroadsheetApp) -> None:
    assert snap_compare(news, terminal_size=(120, 40), run_before=before(related))


async def open_reprinted_story(pilot: Pilot[Any]) -> None:
    await pilot.press("enter")  # the newest of the stories of two: the harbour strike's
    await pilot.press("j")  # the reprint: its wire wording underlined, its own words not


def test_story_screen_shared_wording(snap_compare: SnapCompare, news: BroadsheetApp) -> None:
    assert snap_compare(
        news, terminal_size=(100, 32), run_before=before(story_list, open_reprinted_story)
    )
