"""The related dialog (`r`) on a low screen spends no line on blank padding (nu83 #7: at
80x24, 4 of its box's 18 lines were the box's padding and the keys' margin, and the list
had 11). Oracle: geometry: on a screen under 30 lines, every line inside the box's border
is the heading, the keys or the list; on a taller one the padding stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from tests.tui.test_dialog_lists_fit_nu83 import in_view, news_app, related_open


@pytest.mark.parametrize("size", [(80, 24), (60, 18), (100, 29), (120, 40)])
@pytest.mark.parametrize("count", [2, 10])
async def test_the_box_has_no_blank_line_on_a_low_screen(
    tmp_path: Path, size: tuple[int, int], count: int
) -> None:
    app = news_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        options = await related_open(app, pilot, count)
        box = app.screen.query_one("#related-box")
        labels = [label for label in box.query(Label) if label.display]
        used = sum(label.region.height for label in labels) + options.region.height
        inside = box.region.height - 2  # less the border
        in_view(options, box)
        if size[1] < 30:
            assert used == inside, (used, inside)
            assert options.region.y == labels[-1].region.bottom  # no blank line between
        else:  # room enough: a line of padding above and below, one between keys and list
            assert used == inside - 3, (used, inside)
