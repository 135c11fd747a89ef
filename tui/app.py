"""The broadsheet app: its screens, keys (and the user's keymap), theme, and worker failures."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from textual import events, on
from textual.app import SystemCommand
from textual.screen import Screen
from textual.worker import Worker

from index.library import WHOOSH, EngineChoice
from tui import keymap, keymap_file
from tui.first_page import PageAhead
from tui.key_order import KeysInOrder
from tui.messages import IndexOpened
from tui.palette_keys import key_commands
from tui.screens.reader import ReaderScreen
from tui.screenshots import saved_said, screenshot_dir
from tui.worker_failures import report_failure

GC_OLD_THRESHOLD = 200
"""Young collections between full ones while the reader runs (Python's default is 10)."""


class BroadsheetApp(KeysInOrder[None]):
    """The broadsheet reader: the reader screen over one corpus, and what it opens (each
    key acting in the order it was typed: `tui.key_order`)."""

    CSS_PATH = "app.tcss"
    TITLE = "broadsheet"
    BINDINGS = keymap.bindings(keymap.APP)
    # `Q` types a letter in the search bar (any input): Textual leaves out a binding whose key
    # the focused widget takes as text. ctrl+q quits from there too (fx144: the app refused
    # quit in an input, so ctrl+q did nothing there).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    """Below 100 columns the reader stacks the list over the pane (and so does comparison)."""

    def __init__(
        self,
        corpus: Path,
        index_dir: Path,
        *,
        config_dir: Path | None = None,
        engine: EngineChoice = WHOOSH,
        restore: bool = False,
        page_ahead: PageAhead | None = None,
        collect_later: bool = False,
    ) -> None:
        """The reader over ``corpus``, its index in ``index_dir``.

        Args:
            corpus: The corpus folder or file.
            index_dir: Its index folder (built on first start).
            config_dir: Where the user's ``keymap.toml`` is looked for (default: the user
                config folder).
            engine: The engine holding the index (default: Whoosh, in ``index_dir``).
            restore: Restore the last query, sort, outlet and article, and save them
                (`tui.reader_state`; the command does, unless ``--no-restore``).
            page_ahead: The opening search's kept page, being read already (the command
                starts reading it before it imports the app; else the screen reads it).
            collect_later: Python's cyclic collector was turned off for the start: turn it
                on after the first frame, what the start made frozen (it lives on).
        """
        super().__init__()
        self.corpus = corpus
        self.index_dir = index_dir
        self.engine = engine
        self.restore = restore
        self.page_ahead = page_ahead
        self._collect_later = collect_later
        self.remapped, self.keymap_problem = keymap_file.user_keymap(config_dir)
        """The user's keymap (binding id -> keys), and why it was ignored, if it was."""
        self._gc_thresholds = gc.get_threshold()
        self.reader: ReaderScreen
        """The reader's screen (the first: its index work stops before the app exits)."""

    def get_default_screen(self) -> Screen[None]:
        self.reader = ReaderScreen(self.corpus, self.index_dir, self.engine)
        return self.reader

    async def action_quit(self) -> None:
        # a build or update running stops first; the reader exits once it has ended
        # (`IndexWorkEnded`), never blank while it runs on (nu29 #1)
        if not self.reader.stop_index_work():
            await super().action_quit()

    def on_mount(self) -> None:
        # A long article is laid out as a million small objects; Python's full collections
        # then walk them all, holding the GIL for 100 ms+. Collecting the oldest generation
        # 20 times less often keeps keystrokes prompt (young garbage is still collected).
        self._gc_thresholds = gc.get_threshold()
        young, middle, old = self._gc_thresholds
        gc.set_threshold(young, middle, max(old, GC_OLD_THRESHOLD))
        self.set_keymap(self.remapped)
        if self.keymap_problem:
            self.notify(self.keymap_problem, severity="warning", timeout=10, markup=False)
        if self._collect_later:
            self.call_after_refresh(self._collect_again)

    def _collect_again(self) -> None:
        # the objects alive now are the start's: frozen, the collector never walks them
        gc.freeze()
        gc.enable()

    def on_unmount(self) -> None:
        gc.set_threshold(*self._gc_thresholds)
        gc.unfreeze()

    def on_index_opened(self, message: IndexOpened) -> None:
        # the index's listing and id tables are long-lived: keep full collections from
        # walking them on every pass (they are still freed when no longer referenced)
        gc.freeze()

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        # Textual's default is ~/Downloads, which may not exist: the toast says where it went
        return super().deliver_screenshot(filename, path or str(screenshot_dir()), time_format)

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        if event.name == "screenshot" and event.path is not None:  # Textual's says it in
            event.prevent_default()  # one line the toast breaks mid-word (nu56 #8)
            self.notify(saved_said(event.path), title="Screenshot", markup=False)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen  # loaded on first use: not before first paint

        keys = keymap.help_keys(type(self.screen).__name__)
        searching = isinstance(self.screen, ReaderScreen)  # the query table: where one is typed
        self.push_screen(HelpScreen(keys, self.remapped, queries=searching))

    def action_command_palette(self) -> None:
        from tui.dialogs.dialog import PALETTE_ID, Palette  # ctrl+q quits from it (fx145)

        if isinstance(self.screen, ReaderScreen):
            self.screen.reread_saved_searches()  # a search saved from the CLI meanwhile
        if self.use_command_palette and not isinstance(self.screen, Palette):  # as Textual does
            self.push_screen(Palette(id=PALETTE_ID))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from key_commands(self, screen, self.remapped)  # keys that open a screen (nu44)
        if isinstance(screen, ReaderScreen):
            yield from screen.system_commands()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker failure: a line on screen, never a crash (screens report their own)."""
        report_failure(event)
