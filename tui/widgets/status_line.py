"""The status line: corpus, counts, order, outlet, watch words, matches, the index's state."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from index.library import printable
from index.models import IndexStatus


class StatusLine(Static):
    """One line of facts under the panes, cut with an ellipsis when it does not fit."""

    def show(self, parts: Sequence[str]) -> None:
        """Show ``parts`` (strings from outside are escaped), separated by bars."""
        self.update(Text(printable(" │ ".join(parts)), no_wrap=True, overflow="ellipsis"))


def freshness(status: IndexStatus) -> str:
    """The index against the corpus, for the status line: "index fresh", or what changed
    ("stale: 3 new, 1 changed, 2 deleted files — press u to update")."""
    if status.state != "stale":
        return f"index {status.state}"
    changes = [
        f"{number:,} {what}"
        for number, what in (
            (status.new_files, "new"),
            (status.changed_files, "changed"),
            (status.deleted_files, "deleted"),
        )
        if number
    ]
    files = sum(n or 0 for n in (status.new_files, status.changed_files, status.deleted_files))
    said = f": {', '.join(changes)} file{'s' * (files != 1)}" if changes else ""
    return f"stale{said} — press u to update"
