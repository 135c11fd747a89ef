"""nu64 #5: the heat map of seven outlets' articles of one day read, at 120x40, "1 A… · 13
Feb   2 AJ · 13 Feb   3 B… · 13 Feb": names cut to one letter to make room for a day
every tab shares, where 80x24 read "1 ABC 2 AJ 3 BBC". Oracle: no tab says a day all
articles share, and each tab's outlet is whole or said by its short name, never cut."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.store.build import rebuild
from tests.story_corpus import one_story
from tests.tui.conftest import settle, wait_until
from tests.tui.test_snapshots import before
from tui.app import BroadsheetApp
from tui.compare_tabs import short_outlet
from tui.screens.multicompare import MultiCompareScreen

SEVEN = ["ABC News", "Al Jazeera", "BBC News", "CNN", "Deutsche Welle", "HuffPost", "RTE"]


def seven_app(tmp_path: Path, hours: list[float]) -> BroadsheetApp:
    corpus = one_story(tmp_path / "news" / "news.jsonl", SEVEN, hours).parent
    rebuild(corpus, tmp_path / "index")
    return BroadsheetApp(corpus, tmp_path / "index")


async def heat_map_of_seven(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press(*(["space", "j"] * len(SEVEN)), "c")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, MultiCompareScreen))
    screen = pilot.app.screen
    await wait_until(pilot, lambda: screen.comparison is not None)  # type: ignore[attr-defined]
    await settle(pilot)


def tab_line(app: BroadsheetApp) -> str:
    return next(s.text for s in app.screen._compositor.render_strips() if " 1 " in s.text)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
@pytest.mark.parametrize("apart", [False, True])
async def test_no_name_cut_for_a_day(tmp_path: Path, size: tuple[int, int], apart: bool) -> None:
    hours = [1.0 + k + (30 if apart and k % 2 else 0) for k in range(len(SEVEN))]
    app = seven_app(tmp_path, hours)
    async with app.run_test(size=size) as pilot:
        await heat_map_of_seven(pilot)
        await wait_until(pilot, lambda: " 7 " in tab_line(app))
        line = tab_line(app)
        assert len(line.rstrip()) <= size[0], line
        days = re.findall(r"\b\d{1,2} [A-Z][a-z]{2}\b", line)
        if not apart:
            assert not days, line  # a day they all share tells none apart
        tabs = re.split(r" {2,}", line.strip())
        heads = [tab.split(" · ")[0].split(" ", 1) for tab in tabs]
        assert [int(n) for n, _ in heads] == list(range(1, 8)), line
        allowed = {name for outlet in SEVEN for name in (outlet, short_outlet(outlet))}
        assert all(head.strip() in allowed for _, head in heads), line  # none cut
        assert len({head.strip() for _, head in heads}) == len(SEVEN), line
        if size[0] >= 120:  # room for every name whole
            assert all(outlet in line for outlet in SEVEN), line


def test_seven_outlets_one_day_snapshot(snap_compare: Callable[..., bool], tmp_path: Path) -> None:
    hours = [1.0 + k for k in range(len(SEVEN))]
    app = seven_app(tmp_path, hours)
    assert snap_compare(app, terminal_size=(120, 40), run_before=before(heat_map_of_seven))
