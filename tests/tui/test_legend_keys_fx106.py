"""The heat map's legend keeps the keys a user needs when it is short (rv48 #5: at 80x24,
a base with a "partly" sentence lost "carried by:" and "tab, 1-8: base"; the 1-8 keys were
then said only in the help). Narrow, the shades are said in short words after the label."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import settle
from tests.tui.test_multicompare import PARTLY, open_many, reader_over, text_of


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_legend_of_a_partly_base_keeps_its_label_and_keys(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = reader_over(tmp_path, PARTLY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["first.txt", "second.txt", "third.txt"])
        legend = text_of(screen, "#many-legend").rstrip()
        assert " partly " in legend, legend
        assert legend.startswith("carried by:"), legend
        assert "tab" in legend and "1-8" in legend and legend.endswith("table"), legend
        assert "…" not in legend
