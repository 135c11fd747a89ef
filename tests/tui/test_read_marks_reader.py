"""Pilot tests: the reader keeps which articles were read between starts (fx67)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_reader_restore import toasts
from tui.app import BroadsheetApp
from tui.read_marks import load_read, read_path, save_read
from tui.screens.reader import ReaderScreen
from tui.screens.reader_read import READ_DWELL, READ_SAVE_DELAY
from tui.widgets.status_line import StatusLine


def status(screen: ReaderScreen) -> str:
    return str(screen.query_one(StatusLine).render())


def bold_title(screen: ReaderScreen, row: int) -> bool:
    """Whether the list shows row ``row``'s title bold (unread)."""
    line = screen.articles._line(screen.articles.hits[row], 0)
    title = line.spans[-1].style  # the title comes last
    return bool(getattr(title, "bold", False))


async def marks_loaded(pilot: Pilot[Any], app: BroadsheetApp) -> ReaderScreen:
    """The reader once its marks are read from the file and every worker is done."""
    await settle(pilot)
    screen = reader(app)
    await wait_until(pilot, lambda: screen.read_marks is not None)
    await settle(pilot)
    return screen


def read_on_disk(index_dir: Path) -> list[str]:
    return list(load_read(read_path(index_dir)))


async def test_articles_read_survive_a_restart(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    first = BroadsheetApp(corpus, index_dir, restore=True)
    async with first.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, first)
        screen.read_dwell = 0.2  # shown this long in the pane, an article is read
        hits = [hit.id for hit in screen.articles.hits]
        assert len(hits) == 4
        await wait_until(pilot, lambda: hits[0] in (screen.read_marks or ()))  # it stayed
        assert "3 unread" in status(screen)
        assert not bold_title(screen, 0) and bold_title(screen, 1)
        await pilot.press("down")  # the second row, shown in the pane: read after a moment
        await wait_until(pilot, lambda: "2 unread" in status(screen))
        await wait_until(pilot, lambda: read_on_disk(index_dir) == hits[:2], READ_SAVE_DELAY + 10)
    second = BroadsheetApp(corpus, index_dir, restore=True)
    async with second.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, second)
        assert set(screen.read_marks or ()) == set(hits[:2])  # the pane reopens the second
        assert "2 unread" in status(screen)
        assert [bold_title(screen, row) for row in range(4)] == [False, False, True, True]


async def test_keys_mark_the_list_read_and_toggle_one(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, app)
        await pilot.press("A")
        await settle(pilot)
        assert "0 unread" in status(screen)
        await pilot.press("U")  # the article under the cursor: unread again
        await settle(pilot)
        assert "1 unread" in status(screen) and bold_title(screen, 0)
        await pilot.press("U")
        await settle(pilot)
        assert "0 unread" in status(screen)
        await pilot.press("ctrl+q")
    assert len(read_on_disk(index_dir)) == 4  # written as the reader closed


async def test_without_restore_the_file_is_neither_read_nor_written(
    built: tuple[Path, Path],
) -> None:
    corpus, index_dir = built
    save_read(read_path(index_dir), ["someone-else"])
    before = read_path(index_dir).read_bytes()
    app = BroadsheetApp(corpus, index_dir, restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("down", "A", "U")
        await settle(pilot)
        assert screen.read_marks is None and "unread" not in status(screen)
        assert all(bold_title(screen, row) for row in range(4))
        await pilot.press("ctrl+q")
    assert read_path(index_dir).read_bytes() == before


async def test_a_damaged_file_starts_empty_with_one_warning(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    read_path(index_dir).write_text("{not json", encoding="utf-8")
    app = BroadsheetApp(corpus, index_dir, restore=True)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, app)
        await pilot.press("enter")  # the first row opened: read
        await settle(pilot)
        assert "3 unread" in status(screen)
        warned = [line for line in said if "read" in line]
        assert len(warned) == 1 and "\n" not in warned[0], said
        await wait_until(pilot, lambda: read_path(index_dir).read_text().startswith('{"'), 10)
    assert len(read_on_disk(index_dir)) == 1


async def test_the_keys_type_into_the_search_bar(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, app)
        await pilot.press("slash", "U", "A")
        await settle(pilot)
        assert screen.search_box.value == "UA"
        assert len(screen.read_marks or ()) <= 1  # the first row, shown; none marked by keys


async def test_crossing_rows_reads_nothing_opening_or_staying_does(
    built: tuple[Path, Path],
) -> None:
    """nu40 #11: the article shown at start and the rows crossed with j j were marked read."""
    corpus, index_dir = built
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, app)
        hits = [hit.id for hit in screen.articles.hits]
        await pilot.press("j", "j")
        await settle(pilot)
        assert screen.pane.article is not None and screen.pane.article.id == hits[2]
        assert list(screen.read_marks or ()) == [] and "4 unread" in status(screen)
        await pilot.pause(READ_DWELL + 0.5)  # the third stayed in the pane: read
        assert list(screen.read_marks or ()) == [hits[2]]
        await pilot.press("k")
        await settle(pilot)
        await pilot.press("enter")  # opened: read at once
        await settle(pilot)
        assert set(screen.read_marks or ()) == {hits[1], hits[2]}
        await pilot.press("shift+tab", "j", "j")  # to the list, and across the fourth
        await settle(pilot)
        assert hits[3] not in (screen.read_marks or ())
        await pilot.press("tab")  # the pane focused on the fourth: it is read there
        await settle(pilot)
        assert hits[3] in (screen.read_marks or ())


async def test_the_unread_count_stays_when_marks_crowd_the_line(
    built: tuple[Path, Path],
) -> None:
    """nu40 #10: at 120 columns "28 unread" left the line once 3 articles were marked,
    while the sort stayed; now the sort and the corpus name give way first."""
    corpus, index_dir = built
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, app)
        for hit in screen.articles.hits[:3]:
            screen.articles.toggle_mark(hit.id)
        for width in (120, 100, 80, 60):
            await pilot.resize_terminal(width, 30)
            await settle(pilot)
            line = status(screen)
            assert " unread" in line and "3 marked" in line, (width, line)


async def test_j_j_enter_reads_only_the_article_opened(built: tuple[Path, Path]) -> None:
    """rv41 #2: `j j enter` typed fast focuses the pane while it still shows the article
    shown at start, and `DescendantFocus` marks that one read: a row crossed, never read."""
    corpus, index_dir = built
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, app)
        hits = [hit.id for hit in screen.articles.hits]
        assert screen.pane.article is not None and screen.pane.article.id == hits[0]
        library = screen.library
        assert library is not None
        article = library.article

        def slow(article_id: str) -> Any:  # an article read from a slow disk
            time.sleep(0.3)
            return article(article_id)

        library.article = slow  # type: ignore[method-assign]
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: screen.pane.article.id == hits[2])  # type: ignore[union-attr]
        assert set(screen.read_marks or ()) == {hits[2]}


async def test_an_article_under_another_screen_waits_to_be_read(
    built: tuple[Path, Path],
) -> None:
    """rv41 #4: `j` then `?` marked the article crossed read while the help was read; its
    dwell waits under another screen and starts again when the reader is back."""
    corpus, index_dir = built
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await marks_loaded(pilot, app)
        screen.read_dwell = 0.3
        hits = [hit.id for hit in screen.articles.hits]
        await pilot.press("j")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert app.screen is not screen
        await pilot.pause(1.0)  # more than the dwell, under the help
        assert hits[1] not in (screen.read_marks or ())
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen)
        await wait_until(pilot, lambda: hits[1] in (screen.read_marks or ()))
