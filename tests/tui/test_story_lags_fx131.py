"""nu54 #7: at 80x24 the story head's lags were cut ("then: BBC News +5.4h, RTE +6.2h,
CNN…"): ABC's and HuffPost's only by scrolling. Every outlet's lag now shows, at any width:
on the first line, else on a line of their own, else over lines (`tui.story_lags`).
Oracles: each outlet's lag is said once, in order, by a name of the outlet; no line is
wider than the head; full names whenever they fit."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import Static

from index.library import Library
from tests.story_corpus import one_story
from tests.tui.conftest import wait_until
from tests.tui.test_snapshots import SnapCompare, before
from tests.tui.test_stories_snapshots import story_list
from tests.tui.test_story_first_tied import the_story
from tui.app import BroadsheetApp
from tui.compare_tabs import known_short, short_outlet
from tui.story_lags import ON_LINE, OWN_LINE, lag_lines

NAMES = ["BBC News", "RTE", "CNN", "ABC News", "HuffPost", "The Epoch Times", "Al Jazeera"]
OUTLET = st.one_of(
    st.sampled_from(NAMES),
    st.text(alphabet="abcdefgh ", min_size=1, max_size=30).map(str.title).filter(str.strip),
)
LAG = st.sampled_from(["+5.4h", "+6.2h", "next day", "+2 days", "+13.2h", "+4.1d"])


def names_of(outlet: str) -> set[str]:
    return {outlet, known_short(outlet) or outlet, short_outlet(outlet)}


@given(
    st.lists(st.tuples(OUTLET, LAG), max_size=8, unique_by=lambda pair: pair[0]),
    st.integers(min_value=24, max_value=160),
    st.data(),
)
def test_every_lag_shows_within_the_width(
    lags: list[tuple[str, str]], width: int, data: st.DataObject
) -> None:
    used = data.draw(st.integers(min_value=0, max_value=width))
    on_line, own = lag_lines(used, lags, width)
    if not lags:
        assert (on_line, own) == ("", [])
        return
    assert not (on_line and own)
    full = ", ".join(f"{o} {lag}" for o, lag in lags)
    if used + len(ON_LINE) + len(full) <= width:
        assert on_line == full  # full names whenever they fit
    if on_line:
        assert used + len(ON_LINE) + len(on_line) <= width
    for line in own:  # a line past the width holds one outlet alone (its short name may
        # be refused where another outlet's is like it: ci141 drew 'Aaaaaaaaaa A' beside 'Aa')
        assert len(OWN_LINE) + len(line) <= width or ", " not in line.rstrip(","), line
    said = " ".join([on_line, *own])
    at = 0
    for outlet, lag in lags:  # each in order, by one of its names, with its lag
        pattern = "|".join(re.escape(f"{name} {lag}") for name in names_of(outlet))
        found = re.compile(pattern).search(said, at)
        assert found is not None, (outlet, lag, said)
        at = found.end()


@pytest.mark.parametrize(("width", "height"), [(80, 24), (120, 40)])
async def test_the_story_screen_shows_every_outlets_lag(
    tmp_path: Path, width: int, height: int
) -> None:
    outlets = ["Al Jazeera", "BBC News", "RTE", "CNN", "ABC News", "HuffPost"]
    hours = [1, 6.4, 7.2, 9.5, 11.0, 13.25]
    one_story(tmp_path / "news" / "news.jsonl", outlets, hours)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(width, height)) as pilot:
        screen = await the_story(app, pilot)
        head = screen.query_one("#story-head", Static)
        await wait_until(pilot, lambda: "First" in str(head.render()))
        await pilot.pause()
        shown = str(head.render())
        lines = shown.splitlines()
        assert len(lines) == head.size.height, (lines, head.size)  # none hidden
        assert all(len(line) <= head.content_size.width for line in lines), lines
        assert "…" not in lines[-1], lines
        lags = ["+5.4h", "+6.2h", "+8.5h", "+10h", "+12.2h"]
        for outlet, lag in zip(outlets[1:], lags, strict=True):
            assert any(f"{name} {lag}" in shown for name in names_of(outlet)), (outlet, shown)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_of_six_outlets_lags(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]
) -> None:
    """At 80x24 the lags take a line of their own ("Then: …"), at 120x40 they fit after
    who was first."""
    outlets = ["Al Jazeera", "BBC News", "RTE", "CNN", "ABC News", "HuffPost"]
    one_story(tmp_path / "news" / "news.jsonl", outlets, [1, 6.4, 7.2, 9.5, 11.0, 13.25])
    Library(tmp_path / "news", tmp_path / "index").rebuild()  # no "built the index" toast
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    assert snap_compare(app, terminal_size=size, run_before=before(story_list, first_story))


async def first_story(pilot: Pilot[Any]) -> None:
    await pilot.press("enter")
