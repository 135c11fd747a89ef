"""Pilot tests, issue 15: the reader remembers its query, sort, outlet, list and article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from typer.testing import CliRunner

from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.cli import app as cli_app
from tui.reader_state import ReaderState, StateDamaged, load_state, save_state, state_path
from tui.screens.reader_session import SAVE_DELAY


def toasts(app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every notification the app shows."""
    shown: list[str] = []
    notify = app.notify

    def record(message: str, *args: Any, **kwargs: Any) -> None:
        shown.append(message)
        notify(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", record)
    return shown


def saved(index_dir: Path) -> dict[str, object]:
    return dict(json.loads(state_path(index_dir).read_text(encoding="utf-8")))


async def test_query_sort_and_article_come_back(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    first = BroadsheetApp(corpus, index_dir, restore=True)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeepers")
        await pilot.press("enter", "s")  # to the list; sort by the next order (newest)
        await settle(pilot)
        await pilot.press("down")  # the second row, previewed
        await settle(pilot)
        screen = reader(first)
        assert screen.pane.article is not None and screen.articles.current is not None
        article = screen.pane.article.id
        assert article == screen.articles.current.id == screen.articles.hits[1].id
        sort = screen.sort
        assert sort != "relevance"
        # saved once the screen has been quiet for a moment, in a worker
        await wait_until(pilot, lambda: state_path(index_dir).exists(), SAVE_DELAY + 10)
        await wait_until(pilot, lambda: saved(index_dir).get("article") == article)
    assert saved(index_dir) == {
        "version": 1,
        "query": "peacekeepers",
        "sort": sort,
        "source": None,
        "list": "articles",
        "article": article,
        "story_order": "",
        "history": ["peacekeepers"],
        "story": None,  # no stories listed (fx151)
        "story_open": False,  # no story's screen open (fx154)
    }
    second = BroadsheetApp(corpus, index_dir, restore=True)
    said = toasts(second, monkeypatch)
    async with second.run_test(size=(80, 24)) as pilot:  # the list shows under two rows
        await settle(pilot)
        screen = reader(second)
        assert screen.search_box.value == "peacekeepers"
        assert screen.sort == sort
        assert screen.articles.current is not None and screen.articles.current.id == article
        assert screen.pane.article is not None and screen.pane.article.id == article
        listed = screen.articles
        assert listed.cursor == 1

        def row_in_view() -> bool:  # the list is scrolled to the article's row
            top = listed.cursor * listed.row_height
            shown = listed.scroll_offset.y
            return shown <= top and top + listed.row_height <= shown + listed.size.height

        await wait_until(pilot, row_in_view)
        assert said == []  # nothing was dropped: nothing to say


async def test_outlet_story_list_and_its_order_come_back_on_quit(
    built: tuple[Path, Path],
) -> None:
    corpus, index_dir = built
    first = BroadsheetApp(corpus, index_dir, restore=True)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("down", "enter")  # the first outlet after "All outlets"
        await settle(pilot)
        outlet = reader(first).source
        assert outlet is not None
        await pilot.press("S", "s")  # stories, newest first
        await settle(pilot)
        assert reader(first).showing_stories
        assert reader(first).story_order == "newest first"
        await pilot.press("ctrl+q")  # quit at once: written as the reader closes
    state = saved(index_dir)
    assert state["source"] == outlet and state["list"] == "stories"
    assert state["story_order"] == "newest first"
    second = BroadsheetApp(corpus, index_dir, restore=True)
    async with second.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(second)
        assert screen.source == outlet and screen.showing_stories
        assert screen.story_order == "newest first"
        assert screen.list_status()[1] == "newest first"
        assert all(hit.source == outlet for hit in screen.articles.hits)


async def test_a_vanished_article_and_outlet_are_dropped_silently(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    save_state(
        state_path(index_dir),
        ReaderState(query="drought", source="No Such Outlet", article="gone.txt"),
    )
    app = BroadsheetApp(corpus, index_dir, restore=True)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.search_box.value == "drought"
        assert screen.source is None
        assert [hit.id for hit in screen.articles.hits] == ["harvest.txt"]
        assert screen.pane.article is not None and screen.pane.article.id == "harvest.txt"
        assert said == []


async def test_a_query_that_no_longer_parses_is_dropped_with_a_line(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    save_state(state_path(index_dir), ReaderState(query='"unclosed', sort="oldest"))
    app = BroadsheetApp(corpus, index_dir, restore=True)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.search_box.value == ""
        assert screen.sort == "oldest"  # the rest of the state is kept
        assert len(screen.articles.hits) == 4
        assert said == ["The last query no longer parses, dropped: unclosed quote at column 1"]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"version": 1, "query": 7}', b""],
)
async def test_a_damaged_file_is_ignored_with_a_notice(
    built: tuple[Path, Path], content: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    state_path(index_dir).write_bytes(content)
    with pytest.raises(StateDamaged):
        load_state(state_path(index_dir))
    app = BroadsheetApp(corpus, index_dir, restore=True)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(reader(app).articles.hits) == 4
        assert len(said) == 1 and said[0].startswith("Starting afresh: ")
        assert "\n" not in said[0] and "Traceback" not in said[0]
        await search(pilot, "drought")
        await wait_until(pilot, lambda: load_state_or_none(index_dir) is not None, 10)
    state = load_state(state_path(index_dir))
    assert state is not None and state.query == "drought"  # the damaged file was replaced


def load_state_or_none(index_dir: Path) -> ReaderState | None:
    try:
        return load_state(state_path(index_dir))
    except StateDamaged:
        return None


async def test_without_restore_nothing_is_read_or_written(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    save_state(state_path(index_dir), ReaderState(query="drought"))
    before = state_path(index_dir).read_bytes()
    app = BroadsheetApp(corpus, index_dir, restore=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reader(app).search_box.value == ""
        await search(pilot, "ceasefire")
        await pilot.press("ctrl+q")
    assert state_path(index_dir).read_bytes() == before


def test_the_file_is_written_atomically(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "reader.json"
    state = ReaderState("a \u201cquoted\u201d query", "source", "Daily Ledger", True, "x.txt")
    save_state(path, state)
    save_state(path, state)
    assert load_state(path) == state
    assert [p.name for p in path.parent.iterdir()] == ["reader.json"]  # no temp file left
    assert load_state(tmp_path / "none.json") is None
    unknown = {**state.to_json(), "sort": "sideways", "list": "grid"}
    assert ReaderState.from_json(unknown) == ReaderState(
        state.query, "relevance", "Daily Ledger", False, "x.txt"
    )


@pytest.mark.parametrize(
    ("args", "env", "restore"),
    [
        ([], {}, True),
        (["--no-restore"], {}, False),
        ([], {"BROADSHEET_NO_RESTORE": "1"}, False),
    ],
)
def test_the_command_restores_unless_told_not_to(
    built: tuple[Path, Path], args: list[str], env: dict[str, str], restore: bool
) -> None:
    corpus, index_dir = built
    with patch.object(BroadsheetApp, "run", autospec=True) as run:
        result = CliRunner().invoke(
            cli_app, ["--corpus", str(corpus), "--index-dir", str(index_dir), *args], env=env
        )
    assert result.exit_code == 0, result.output
    run.assert_called_once()
    started = run.call_args.args[0]
    assert isinstance(started, BroadsheetApp) and started.restore is restore


def test_help_names_the_flag() -> None:
    result = CliRunner().invoke(cli_app, ["--help"])
    assert "--no-restore" in result.output and "BROADSHEET_NO_RESTORE" in result.output


def test_an_unknown_story_order_falls_back_to_the_librarys() -> None:
    """A file from before the story order was kept, or with an order no longer known."""
    old = {"version": 1, "query": "", "sort": "newest", "list": "stories"}
    assert ReaderState.from_json(old).story_order == ""
    assert ReaderState.from_json({**old, "story_order": "sideways"}).story_order == ""
    assert ReaderState.from_json({**old, "story_order": "oldest first"}).story_order == (
        "oldest first"
    )
