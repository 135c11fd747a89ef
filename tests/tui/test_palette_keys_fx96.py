"""Every key that opens a screen or a dialog has an entry in the command palette, its key
shown, and the entry opens it too (nu44: ctrl+p had no Compare, Notebook, Stories or
Export). The keys are found by running each key of a screen (the blocks its help lists,
`keymap.SCREEN_KEYS`) and seeing whether a screen opened: no hand-written list."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.app import SystemCommand
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.screen import Screen

from tests.analysis.test_stories import BOULDER, BOULDER_LATE, OTHERS
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui import keymap
from tui.app import BroadsheetApp
from tui.palette_keys import PALETTE
from tui.screens.multicompare import MultiCompareScreen
from tui.screens.notebook import NotebookScreen
from tui.screens.story import StoryScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.story_list import StoryList

NOT_PROBED = {
    "command-palette": "the palette itself",
    "quit": "ends the app",
    "screenshot": "writes a file under the user's data folder",
}
"""Keys not run here, and why; none opens a screen besides the palette."""

Prepare = Callable[[], Awaitable[Screen[Any]]]


def owner(screen: Screen[Any], binding_id: str) -> DOMNode | None:
    """The node whose binding ``binding_id`` acts now on ``screen`` (None: none does)."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            return active.node
    return None


def entry(app: BroadsheetApp, screen: Screen[Any], binding_id: str) -> SystemCommand | None:
    """The palette's entry for a key, on ``screen`` (None: it has none)."""
    key = PALETTE.get(binding_id)
    if key is None:
        return None
    commands = app.get_system_commands(screen)
    return next((c for c in commands if c.title.startswith(key.palette)), None)


async def back_to(pilot: Pilot[Any], depth: int) -> None:
    """Close what opened above the first ``depth`` screens."""
    while len(pilot.app.screen_stack) > depth:
        pilot.app.pop_screen()
        await settle(pilot)


async def probe(pilot: Pilot[Any], prepare: Prepare) -> set[str]:
    """Run each key of the screen ``prepare`` makes ready (made ready again before each):
    the ids of the keys that opened a screen. Each of them must have a palette entry that
    names its key and opens a screen too."""
    app = pilot.app
    assert isinstance(app, BroadsheetApp)
    screen = await prepare()
    blocks = keymap.SCREEN_KEYS[type(screen).__name__]
    opened = set()
    for key in (key for block in blocks for key in block if key.id not in NOT_PROBED):
        screen = await prepare()
        node = owner(screen, key.id)
        if node is None:
            continue  # not a key here now (a widget's that is not focused)
        depth = len(app.screen_stack)
        await app.run_action(key.action, node)
        await settle(pilot)
        if len(app.screen_stack) <= depth:
            continue
        opened.add(key.id)
        await back_to(pilot, depth)
        screen = await prepare()
        command = entry(app, screen, key.id)
        assert command is not None, f"{key.id} ({key.keys}) opens a screen: no palette entry"
        first = replace(key.binding(), key=key.keys.split(",")[0])  # as help lists them
        assert command.title.endswith(f"({app.get_key_display(first)})"), command.title
        await command.callback()  # type: ignore[misc]
        await settle(pilot)
        assert len(app.screen_stack) > depth, f"the palette's {command.title} opened nothing"
        await back_to(pilot, depth)
    return opened


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    outlets = [replace(a, source=f"Paper {n}") for n, a in enumerate((*BOULDER, BOULDER_LATE))]
    write_corpus(tmp_path / "news" / "news.jsonl", [*outlets, *OTHERS])
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def test_every_key_that_opens_a_screen_is_in_the_palette(app: BroadsheetApp) -> None:
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        main = reader(app)

        async def in_reader() -> Screen[Any]:
            await back_to(pilot, 1)
            if main.showing_stories:
                main.action_toggle_stories()
                await settle(pilot)
            main.query_one(ArticleList).focus()
            await settle(pilot)
            return main

        opened = await probe(pilot, in_reader)
        for wanted in ("compare", "quotes", "notebook-open", "related", "help", "filter-source"):
            assert wanted in opened, opened

        await in_reader()
        main.search_box.focus()  # the keys are typed there: the palette has them all the same
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(main)}
        for wanted in ("Compare the marked articles (c)", "Notebook (b)", "Quotes (q)"):
            assert wanted in titles, titles
        assert "Stories: switch the list (S)" in titles
        await in_reader()
        if not main.kept:  # the reader's `p` ran above: pinned already, or unpinned again
            await pilot.press("p")  # a pinned article: the notebook lists a row
            await settle(pilot)
        assert main.kept

        async def in_notebook() -> Screen[Any]:
            if not isinstance(app.screen, NotebookScreen):
                await in_reader()
                main.action_notebook()
                await settle(pilot)
            assert isinstance(app.screen, NotebookScreen)
            app.screen.query_one("#notebook-items").focus()  # `/` left the filter focused
            await settle(pilot)
            return app.screen

        assert {"notebook-export", "notebook-remove"} <= await probe(pilot, in_notebook)

        async def in_heat_map() -> Screen[Any]:
            if not isinstance(app.screen, MultiCompareScreen):
                await in_reader()
                listed = main.query_one(ArticleList)
                listed.marked.clear()
                await pilot.press("g", "m", "j", "m", "j", "m", "c")
                await settle(pilot)
            screen = app.screen
            assert isinstance(screen, MultiCompareScreen)
            await wait_until(pilot, lambda: screen.comparison is not None)
            return screen

        assert "many-highlight" in await probe(pilot, in_heat_map)  # `H` asks when >1 to keep

        async def in_story() -> Screen[Any]:
            if not isinstance(app.screen, StoryScreen):
                await in_reader()
                main.action_toggle_stories()
                await settle(pilot)
                found = main.query_one(StoryList)
                sizes = [story.size for story in found.stories]
                found.highlighted = sizes.index(max(sizes))  # the largest story
                await pilot.press("enter")
                await settle(pilot)
            screen = app.screen
            assert isinstance(screen, StoryScreen)
            await wait_until(pilot, lambda: screen.timeline is not None)
            return screen

        assert {"story-compare", "story-quotes"} <= await probe(pilot, in_story)


def test_each_palette_title_is_its_own() -> None:
    titles = [key.palette for key in PALETTE.values()]
    assert len(set(titles)) == len(titles)
    assert all(key.help for key in PALETTE.values())  # the line under the title
