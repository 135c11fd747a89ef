"""Pilot tests for issue 15's layout: resizes, 80x24, the compare legend, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual import events
from textual.widgets import Static

from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.widgets.status_line import fitted, short_freshness


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


async def test_panes_follow_each_resize_at_once(app: BroadsheetApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeepers")
        await pilot.press("enter", "enter")
        await settle(pilot)
        pane = reader(app).pane
        for size in ((80, 24), (160, 48), (100, 30), (99, 30)):  # across the breakpoint too
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert pane.layout_.width == pane.size.width - 2, size
            widest = max(line.cell_len for line in pane.layout_.lines)
            assert widest <= pane.size.width - 2


def test_status_leaves_out_the_optional_facts_first() -> None:
    parts = ["seeds", "4 articles", "3 hits", "sort: relevance", "stale: 1 new file — press u"]
    optional = ["seeds", "4 articles", "sort: relevance"]
    assert fitted(parts, 200, optional) == " │ ".join(parts)
    assert fitted(parts, 60, optional) == "3 hits │ sort: relevance │ stale: 1 new file — press u"
    assert fitted(parts, 40, optional) == "3 hits │ stale: 1 new file — press u"


async def test_stale_index_fits_at_80x24(app: BroadsheetApp, built: tuple[Path, Path]) -> None:
    corpus, _ = built
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeepers")
        (corpus / "late.txt").write_text("Late news arrives\n\nA late story about tides.\n")
        reader(app).check_freshness()
        await settle(pilot)
        line = status(app)
        assert "hits" in line and line.endswith("stale: 1 new file — press u to update")


def test_status_says_its_shorter_words_when_leaving_out_is_not_enough() -> None:
    stale = "stale: 12 new files, 3 changed — press u to update"
    parts = ["seeds", "3 hits", "outlet: The Wall Street Journal", stale]
    shorter = {stale: short_freshness(stale)}
    assert fitted(parts, 70, ["seeds"], shorter) == (
        "3 hits │ outlet: The Wall Street Journal │ stale — press u to update"
    )
    assert fitted(parts, 200, ["seeds"], shorter) == " │ ".join(parts)
    assert short_freshness("index fresh") == "index fresh"


async def test_a_long_stale_line_keeps_its_key_at_80x24(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    """nu15 read the stale line cut to "…press u to" at 80x24."""
    corpus, _ = built
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeepers")
        for n in range(12):
            (corpus / f"late{n}.txt").write_text(f"Late news {n}\n\nA late story about tides.\n")
        reader(app).watch_words.append("peacekeeping operations")
        reader(app).check_freshness()
        await settle(pilot)
        line = status(app)
        # the watch words (lit in the pane) make room, else the stale line's short words
        # (sm33: or fewer words, the key whole, so the sort stays)
        assert line.endswith(("press u to update", "press u")) and "stale" in line, line
        assert len(line) <= reader(app).query_one("#status", Static).content_size.width


async def test_compare_legend_uses_the_panes_styles(app: BroadsheetApp) -> None:
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m", "c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        styles = screen.pane(0).styles_for_layout()
        legend = screen.query_one("#compare-legend", Static).content
        assert isinstance(legend, Text)
        drawn = {legend.plain[span.start : span.end]: span.style for span in legend.spans}
        assert drawn == {
            "shared": styles.shared,
            "similar": styles.similar,
            "unique": styles.unique,
            "passage": styles.passage,
            "changed": styles.changed,
        }


async def test_screenshot_goes_to_the_data_folder_without_downloads(
    app: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"  # no Downloads folder in it
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    notes: list[str] = []
    notify = app.notify
    monkeypatch.setattr(app, "notify", lambda m, **kw: notes.append(m) or notify(m, **kw))
    folder = tmp_path / "data" / "broadsheet" / "screenshots"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: any(folder.glob("*.svg")))
        # the toast breaks the path after a "/" (fx138)
        joined = [note.replace("\n", "") for note in notes]
        await wait_until(pilot, lambda: any(str(folder) in note for note in joined))
        assert not (home / "Downloads").exists()


async def test_mouse_click_opens_and_wheel_scrolls(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 10)) as pilot:  # short: the article needs scrolling
        await settle(pilot)
        articles, pane = reader(app).articles, reader(app).pane
        second = articles.hits[1].id
        await pilot.click(articles, offset=(5, 1 + articles.row_height))  # the second row
        await settle(pilot)
        assert articles.cursor == 1 and pane.article is not None and pane.article.id == second
        await pilot.double_click(articles, offset=(5, 1 + articles.row_height))
        await settle(pilot)
        assert app.focused is pane
        assert pane.scroll_offset.y == 0 and pane.max_scroll_y > 0
        pane.post_message(  # a turn of the wheel over the pane
            events.MouseScrollDown(pane, 5, 2, 0, 1, 0, False, False, False)
        )
        await wait_until(pilot, lambda: pane.scroll_offset.y > 0)


@pytest.mark.parametrize("width", [50, 80, 120])
async def test_the_footer_ends_on_the_palette_key(
    corpus_dir: Path, tmp_path: Path, width: int
) -> None:
    """At 50 columns the keys overflow under the palette key docked right; its margin let
    the last one's letter show through ("^p Commandse")."""
    app = BroadsheetApp(corpus_dir, tmp_path / "index")
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        footer = app.screen._compositor.render_strips()[-1].text
        assert footer.endswith("^p Commands "), footer
