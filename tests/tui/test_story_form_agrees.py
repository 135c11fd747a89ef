"""The reader's story screen and `broadsheet story` say a story alike (nu24 #6: the screen said
"2017-02-07 → 10:20" and grouped DW, ABC, BBC...; the CLI "2017-02-07" and DW, BBC, CNN...):
the same span of days, and the outlets in the same order. The oracle: the CLI's own output."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from tests.story_corpus import story_told
from tests.tui.test_story_first_tied import the_story
from tui.app import BroadsheetApp

OUTLETS = ("Zulu Wire", "Mike Daily", "Alpha Post", "Kilo Times", "Bravo News")


@pytest.mark.parametrize(
    "hours",
    [(0, 0, 0, 10 + 1 / 3, 24), (0, 0, 0, 0, 0), (7, 7, 2, 30, 49)],
    ids=["ties-and-times", "one-bare-day", "three-days"],
)
async def test_story_screen_and_cli_agree(tmp_path: Path, hours: tuple[float, ...]) -> None:
    told = story_told(tmp_path, OUTLETS, hours)
    head, table = told.split("\n\n", 1)
    span = head.splitlines()[1].split(", ")[-1].split(";")[0]  # "5 articles, 5 outlets, <span>; id"
    cli_order = sorted(OUTLETS, key=lambda name: table.index(name))
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await the_story(app, pilot)
        said = str(screen.query_one("#story-head", Static).render())
        rows = screen.query_one("#story-articles", OptionList)
        groups = [str(rows.get_option_at_index(k).prompt) for k in range(rows.option_count)
                  if rows.get_option_at_index(k).disabled]  # fmt: skip
    assert span in said.splitlines()[1] and "→" not in said, (span, said)
    assert [next(o for o in OUTLETS if g.startswith(o)) for g in groups] == cli_order, groups
