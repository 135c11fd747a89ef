"""The reader's watch words: terms pinned from the command palette ("Highlight term…") that
stay lit, each in its own colour, in every article the pane shows. A base of the reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style
from textual.app import SystemCommand

from index.library import Highlighter, Library
from tui.dialogs.prompt import Prompt
from tui.screens.notebook_actions import NotebookActions
from tui.skips import SKIPPED_TITLE
from tui.widgets.reading_pane import ReadingPane

WATCH_COLOURS = ("success", "error", "secondary", "primary", "warning", "accent")


class WatchWords(NotebookActions):
    """The palette's entries of the reader, and the watched terms they pin."""

    if TYPE_CHECKING:  # the reader screen's
        watch_words: list[str]
        corpus: Path
        skipped: str
        skip_reasons: tuple[tuple[str, str], ...]

        def _update_status(self) -> None: ...

        def feed_commands(self) -> Iterator[SystemCommand]: ...

    @property
    def pane(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    def system_commands(self) -> Iterator[SystemCommand]:
        """The reader's entries in the command palette."""
        yield SystemCommand(
            "Highlight term…", "Pin a word that stays lit in every article", self._ask_watch_word
        )
        if self.watch_words:
            yield SystemCommand(
                "Clear highlighted terms", ", ".join(self.watch_words), self._clear_watch_words
            )
        yield SystemCommand(
            "Show removed boilerplate",
            "Toggle the text removed from articles",
            self.pane.action_toggle_removed,
        )
        if self.skipped:  # the status line's count, each file with why (nu50 #6)
            yield SystemCommand(
                SKIPPED_TITLE, f"The {self.skipped} the index left out, and why", self._skips
            )
        yield from self.notebook_commands()
        yield from self.feed_commands()

    def _skips(self) -> None:
        from tui.screens.skipped_files import SkippedFiles  # the help's page: on first use

        self.app.push_screen(SkippedFiles(self.corpus, self.skip_reasons, self.skipped))

    def _ask_watch_word(self) -> None:
        def add(word: str | None) -> None:
            if word and word not in self.watch_words:
                self.watch_words.append(word)
                self._rewatch()

        self.app.push_screen(Prompt("Highlight this term in every article:"), add)

    def _clear_watch_words(self) -> None:
        self.watch_words.clear()
        self._rewatch()

    def _watch_styles(self) -> list[tuple[Highlighter, Style]]:
        variables = self.app.theme_variables
        styles = []
        for number, word in enumerate(self.watch_words):
            colour = variables.get(WATCH_COLOURS[number % len(WATCH_COLOURS)], "magenta")
            lit = Style(color=colour, bold=True, underline=True)
            styles.append((Library.highlighter_for_words([word]), lit))
        return styles

    def _rewatch(self) -> None:
        article = self.pane.article
        lights = self.passage_lights(article) if article else []
        self.pane.watch_words = self._watch_styles() + lights
        self.pane.relayout()
        self._update_status()
