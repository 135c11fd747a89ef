"""The `?` help of every screen it opens on, against the keys the screen binds, both ways
(fx35b did the notebook screen, nu32 #15; sm32 the reader, the story screen, the two
comparisons and the quotes panel).

The oracle is Textual's own table of the keys active on a screen (`Screen.active_bindings`),
taken with each of its widgets focused in turn (a list's keys act only while it has the
focus): every key bound there is on a row of the help, and every key the help lists for the
screen is bound there, by its id or to Textual's own action that does the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.binding import Binding
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static

from tests.analysis.test_stories import BOULDER_LATE, CORPUS
from tests.story_corpus import write_corpus
from tests.tui.conftest import settle, wait_until
from tui import keymap
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.multicompare import MultiCompareScreen
from tui.screens.notebook import NotebookScreen
from tui.screens.quotes import QuotesScreen
from tui.screens.reader import ReaderScreen
from tui.screens.story import StoryScreen
from tui.widgets.compare_pane import ComparePane
from tui.widgets.story_list import StoryList

TEXTUAL_OWN = {"scroll_left", "scroll_right", "page_left", "page_right", "screen.copy_text"}
"""Textual's bindings left out of every screen's help: sideways scrolling (the rows wrap
or end in "…") and copying a mouse selection (every Textual app's ctrl+c)."""

EDITING = {
    key
    for binding in Input.BINDINGS
    if isinstance(binding, Binding)
    for key in binding.key.split(",")
}
"""A text field's own editing keys (arrows, backspace, ctrl+w...): every field has them, and
the help does not list them (they act while typing into the search bar or the filter)."""

SAME = {
    "cursor(1)": {"cursor_down"},
    "cursor(-1)": {"cursor_up"},
    "top": {"first"},
    "bottom": {"last"},
    "page(1)": {"page_down"},
    "page(-1)": {"page_up"},
    "read": {"select"},
    "jump('first')": {"first"},
    "jump('last')": {"last"},
    "jump('page_down')": {"page_down"},
    "jump('page_up')": {"page_up"},
    "open": {"select"},
}
"""Our actions, and the actions of Textual's own list keys that do the same where a list
has the focus (its ↓ moves the cursor as our j does)."""

CONDITIONAL = {"accept-suggestion", "quotes-suggestion", "story-earlier"}
"""Keys the help lists that act only at times, and are bound only then (`check_action`):
ctrl+y takes the search bar's suggestion while it shows one (the quotes panel's "Did you
mean" too); the story screen's E reads the
article its head's "Earlier, not in this story" line names, while it names one."""

FIELDS = {"app.focus_next", "app.focus_previous"}
"""Textual's tab between fields: no key of a screen with one field (it does nothing)."""

Bound = dict[str, list[Binding]]


def _help_cells(help_screen: HelpScreen) -> set[str]:
    """Every key shown in the help's key column ("  j / ↓    next row  notebook-down")."""
    lines = []
    for widget in help_screen.query(Static):
        lines += [widget.render_line(y).text for y in range(widget.size.height)]
    return {
        name
        for line in lines
        if line.startswith("  ") and line[2:3].strip()
        for name in line[2:].split("  ")[0].split(" / ")
    }


async def _bound(pilot: Pilot[Any], screen: Screen[Any], seen: Bound) -> None:
    """Add to ``seen`` every key active on ``screen`` with each of its widgets focused in
    turn: key -> the bindings it runs (the innermost, as Textual runs it)."""
    first, chain = screen.focused, list(screen.focus_chain)
    for widget in [*chain, None]:
        if widget is not None:
            widget.focus()
            await pilot.pause()
        for key, bound in screen.active_bindings.items():
            typing = isinstance(bound.node, Input) and key in EDITING and bound.binding.id is None
            alone = bound.binding.action in FIELDS and len(chain) < 2
            if bound.binding.system or bound.binding.action in TEXTUAL_OWN or typing or alone:
                continue
            if bound.binding not in seen.setdefault(key, []):
                seen[key].append(bound.binding)
    if first is not None:
        first.focus()
        await pilot.pause()


async def _problems(pilot: Pilot[Any], screen: Screen[Any], seen: Bound) -> list[str]:
    app = pilot.app
    assert isinstance(app, BroadsheetApp) and app.screen is screen
    name = type(screen).__name__
    app.action_help()
    await settle(pilot)
    assert isinstance(app.screen, HelpScreen)
    cells = _help_cells(app.screen)
    problems = [
        f"{name}: {key} ({binding.action}) is bound but not in the help"
        for key, bindings in seen.items()
        for binding in bindings
        if app.get_key_display(binding) not in cells
    ]
    for key in (k for k in keymap.help_keys(name) if k.id not in CONDITIONAL):
        for typed in app.remapped.get(key.id, key.keys).split(","):
            bindings = seen.get(typed, [])
            if not any(
                b.id == key.id or b.action == key.action or b.action in SAME.get(key.action, ())
                for b in bindings
            ):
                doing = ", ".join(b.action for b in bindings) or "nothing"
                problems.append(f"{name}: the help lists {typed} ({key.id}); it does {doing}")
    await pilot.press("escape")
    await settle(pilot)
    assert app.screen is screen
    return problems


async def _checked(pilot: Pilot[Any], screen: Screen[Any]) -> list[str]:
    seen: Bound = {}
    await _bound(pilot, screen, seen)
    return await _problems(pilot, screen, seen)


async def _open(pilot: Pilot[Any], key: str, kind: type[Screen[Any]]) -> Screen[Any]:
    await pilot.press(key)
    await settle(pilot)
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, kind))
    await settle(pilot)
    return pilot.app.screen


async def test_every_screen_s_help_lists_what_it_binds_and_binds_what_it_lists(
    tmp_path: Path,
) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl", [*CORPUS, BOULDER_LATE])  # Boulder: 3 outlets
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index", config_dir=tmp_path / "config")
    problems: list[str] = []
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("enter")  # an article open: the reading pane's keys act
        await settle(pilot)
        seen: Bound = {}
        await _bound(pilot, reader, seen)
        reader.action_toggle_stories()  # the story list and its keys
        await settle(pilot)
        await _bound(pilot, reader, seen)
        problems += await _problems(pilot, reader, seen)
        problems += await _checked(pilot, await _open(pilot, "q", QuotesScreen))
        await pilot.press("escape")
        await settle(pilot)
        problems += await _checked(pilot, await _open(pilot, "b", NotebookScreen))
        await pilot.press("escape")
        await settle(pilot)
        found = reader.query_one(StoryList)
        found.focus()
        found.highlighted = max(range(len(found.stories)), key=lambda n: found.stories[n].size)
        story = await _open(pilot, "enter", StoryScreen)
        assert isinstance(story, StoryScreen)
        await wait_until(pilot, lambda: story.timeline is not None)
        assert story.timeline is not None and len(story.timeline.articles) >= 3
        problems += await _checked(pilot, story)
        compare = await _open(pilot, "c", CompareScreen)
        assert isinstance(compare, CompareScreen) and isinstance(compare.focused, ComparePane)
        down = compare.active_bindings["down"].binding  # the side has the focus: it took ↓
        assert down.id == "compare-down"  # and scrolled a line; help says the next sentence
        problems += await _checked(pilot, compare)
        await pilot.press("escape")
        await settle(pilot)
        problems += await _checked(pilot, await _open(pilot, "C", MultiCompareScreen))
    assert not problems, "\n".join(problems)
