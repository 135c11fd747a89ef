"""The tabs' spare cells go where they show a title (fx166; fx162 saw seven tabs at 120x40
share about 30 spare cells evenly, 4 a tab, and none reach the 9 a title needs): the lit
tab's title first, then the tabs after it.

Oracle: the even share (as `bare_rooms` was) wherever it gives each tab a title's room or
no base is named; else the base, then the tabs after it, get `TITLE_ROOM` each at least."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from index.store.build import rebuild
from tests.tui.conftest import settle, wait_until
from tests.tui.test_compare_tabs_shared_day_fx162 import SEVEN, tab_line
from tui.app import BroadsheetApp
from tui.compare_tabs import MIN_TITLE, SEPARATOR, TITLE_ROOM, bare_rooms
from tui.screens.multicompare import MultiCompareScreen


def even(needs: list[int], total: int, most: int) -> list[int]:
    share, extra = divmod(total - sum(needs), len(needs))
    return [min(most, need + share + (k < extra)) for k, need in enumerate(needs)]


@settings(max_examples=300, deadline=None)
@given(
    bare=st.lists(st.text("abcXYZ ", min_size=1, max_size=30), min_size=1, max_size=8),
    total=st.integers(0, 400),
    base=st.one_of(st.none(), st.integers(0, 7)),
)
def test_spare_cells_go_where_they_show_a_title(
    bare: list[str], total: int, base: int | None
) -> None:
    base = None if base is None else base % len(bare)
    needs = [cell_len(tab) for tab in bare]
    rooms = bare_rooms(bare, total, 60, base)
    if rooms is None:
        assert sum(needs) > total or max(needs) > 60
        return
    assert sum(rooms) <= total
    assert all(need <= room <= 60 for need, room in zip(needs, rooms, strict=True))
    spare = total - sum(needs)
    if base is None or spare // len(needs) >= len(SEPARATOR) + MIN_TITLE:
        assert rooms == even(needs, total, 60)
        return
    order = [(base + k) % len(needs) for k in range(len(needs))]
    takers = [k for k in order if needs[k] + TITLE_ROOM <= 60][: spare // TITLE_ROOM]
    if not takers:
        assert rooms == even(needs, total, 60)
        return
    given_more = [k for k in range(len(needs)) if rooms[k] > needs[k]]
    assert sorted(given_more) == sorted(takers)
    assert all(rooms[k] >= needs[k] + TITLE_ROOM for k in takers)


TITLES = [
    "Gunman kills ten at Boulder supermarket",
    "Colorado shooting leaves ten dead",
    "Boulder grocery attack: police name suspect",
    "Ten killed in Colorado store shooting",
    "US: deadly shooting at Boulder King Soopers",
    "Boulder mourns after supermarket massacre",
    "Colorado gunman opens fire in grocery store",
]


async def test_the_lit_tab_shows_its_title_at_120_columns(tmp_path: Path) -> None:
    import json

    corpus = tmp_path / "news"
    corpus.mkdir()
    rows = [
        {
            "id": f"b{k}",
            "title": title,
            "source": outlet,
            "date": f"2021-03-23T0{k + 1}:00:00Z",
            "body": f"A gunman opened fire at a supermarket in Boulder. {outlet} reported it.",
        }
        for k, (outlet, title) in enumerate(zip(SEVEN, TITLES, strict=True))
    ]
    (corpus / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    rebuild(corpus, tmp_path / "index")
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*(["space", "j"] * len(SEVEN)), "c")
        await wait_until(pilot, lambda: isinstance(app.screen, MultiCompareScreen))
        screen = app.screen
        assert isinstance(screen, MultiCompareScreen)
        await wait_until(pilot, lambda: screen.comparison is not None)
        for base in range(3):  # the lit tab's title, wherever it is
            await wait_until(pilot, lambda: " 7 " in tab_line(app))
            await settle(pilot)
            line = tab_line(app)
            assert len(line.rstrip()) <= 120, line
            tabs = re.split(r" {2,}", line.strip())
            assert [t.split(" ", 1)[0] for t in tabs] == [str(k) for k in range(1, 8)], line
            titled = [k for k, tab in enumerate(tabs) if SEPARATOR in tab]
            assert titled and titled[0] == base, (base, line)
            doc = screen.comparison.documents[base]  # type: ignore[union-attr]
            shown = tabs[base].split(SEPARATOR, 1)[1].rstrip("…")
            assert doc.title.startswith(shown) and len(shown) >= 12, line
            assert all(outlet in line for outlet in SEVEN), line  # no name cut for it
            await pilot.press("tab")
