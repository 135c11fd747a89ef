"""The status line: corpus, counts, order, outlet, watch words, matches, the index's state."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from index.library import printable


class StatusLine(Static):
    """One line of facts under the panes, cut with an ellipsis when it does not fit."""

    def show(self, parts: Sequence[str]) -> None:
        """Show ``parts`` (strings from outside are escaped), separated by bars."""
        self.update(Text(printable(" │ ".join(parts)), no_wrap=True, overflow="ellipsis"))
