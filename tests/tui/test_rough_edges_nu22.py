"""The rough edges a new user met in the reader (nu22), each failing before its fix."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_snapshots import before
from tui.app import BroadsheetApp
from tui.screens.multicompare import MultiCompareScreen
from tui.widgets.alignment_table import AlignmentTable
from tui.widgets.status_line import short_freshness


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


def test_the_short_stale_line_keeps_what_the_index_lacks() -> None:
    full = "stale: 1 changed file, 1 deleted; lacks quotes, stories — press u to update"
    assert short_freshness(full) == "stale, lacks quotes, stories — press u to update"
    assert short_freshness("stale: 1 new file — press u to update") == "stale — press u to update"


async def test_a_stale_index_that_lacks_stories_says_both(corpus_dir: Path, tmp_path: Path) -> None:
    """After `rebuild --no-stories --no-quotes` and a file changed, the line said only
    "stale: 1 changed file — press u to update"; `u` adds the stories and quotes too."""
    index = tmp_path / "index"
    rebuild(corpus_dir, index, derived=[d for d in default_derived() if d.name == "copies"])
    changed = sorted(p for p in corpus_dir.rglob("*") if p.is_file())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late line.\n", encoding="utf-8")
    app = BroadsheetApp(corpus_dir, index)
    async with app.run_test(size=(160, 24)) as pilot:
        await settle(pilot)
        line = status(app)
        assert line.endswith("stale: 1 changed file; lacks quotes, stories — press u to update")
        await pilot.press("u")
        await settle(pilot)
        assert status(app).endswith("│ index fresh"), status(app)


WIRE = (
    "Emergency authorities ordered the evacuation of neighbourhoods downstream of the "
    "overflowing reservoir on Sunday evening."
)
OUTLETS = ("Coast Wire", "Bay Herald Tribune Weekly", "Evening Ledger", "Valley Gazette")
FIVE = {
    f"five{k}.md": (
        f"---\ntitle: Reservoir evacuation report {k}\nsource: {outlet}\n"
        f"date: 2024-04-0{k + 1}\n---\n{WIRE}\n\n"
        f"Correspondent number {k} counted approximately {k + 3} thousand households affected.\n"
    )
    for k, outlet in enumerate(OUTLETS)
} | {
    "five9.md": "---\ntitle: Reservoir notes\nsource: Harbour City Evening Dispatch\n"
    f"date: 2024-04-09\n---\n{WIRE}\n"
}


def five_app(tmp_path: Path) -> BroadsheetApp:
    corpus = write_corpus(tmp_path / "five", FIVE)
    rebuild(corpus, tmp_path / "index")
    return BroadsheetApp(corpus, tmp_path / "index")


async def table_of_five(pilot: Pilot[Any]) -> None:
    await pilot.press(*(["space", "j"] * len(FIVE)), "c")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, MultiCompareScreen))
    screen = pilot.app.screen
    await wait_until(pilot, lambda: screen.comparison is not None)  # type: ignore[attr-defined]
    await settle(pilot)
    await pilot.press("v")
    await wait_until(pilot, lambda: len(screen.query_one(AlignmentTable).layout_.lines) > 2)
    await settle(pilot)


@pytest.mark.parametrize("width", [60, 80, 120])
async def test_the_table_of_five_fits_its_width(tmp_path: Path, width: int) -> None:
    """nu22 #6: at 60 columns the `v` table split five articles into columns of 10, cut
    every other word in two ("Californ" / "ia") and each outlet's name without a mark; the
    legend's keys were cut at "tab, 1-8:". Narrow, each row's cells now stand one under
    another; wide, the columns keep whole words and cut names with an ellipsis."""
    app = five_app(tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await table_of_five(pilot)
        screen = app.screen
        assert isinstance(screen, MultiCompareScreen)
        table = screen.query_one(AlignmentTable)
        room = table.scrollable_content_region.width
        lines = [line.plain for line in table.layout_.lines]
        assert all(len(line) <= room for line in lines), (room, {len(x) for x in lines})
        body = " ".join(lines)
        for word in set(WIRE.replace(".", " ").split()):  # no word cut in two
            assert re.search(rf"(^|[\s│]){word}([\s│.,]|$)", body), word
        stacked = "│" not in lines[0]
        assert stacked is (width == 60)  # 5 columns of 14 fit in 80
        if stacked:  # every name whole on its own line
            for outlet in OUTLETS:
                assert any(re.fullmatch(rf"\d {outlet}", line.strip()) for line in lines)
        else:  # a column each: a long name cut with an ellipsis
            assert "Bay Herald Tribune Weekly" not in lines[0] and "…" in lines[0]
        legend = str(screen.query_one("#many-legend", Static).render()).rstrip()
        assert legend.endswith("heat map") and len(legend) <= width, legend


@pytest.mark.parametrize("size", [(60, 30), (120, 30)])
def test_table_of_five_snapshot(
    snap_compare: Callable[..., bool], tmp_path: Path, size: tuple[int, int]
) -> None:
    assert snap_compare(five_app(tmp_path), terminal_size=size, run_before=before(table_of_five))
