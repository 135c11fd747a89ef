"""The `broadsheet` command: one module per command group, each adding its commands to `app`.

A new group is a new module here and one import line below.
"""

from __future__ import annotations

import sys

from tui.cli.common import Exit, Terminated, app, bundled_seeds, err

# Each module adds its commands to `app` when it is imported; `broadsheet --help` lists
# them in this order.
# isort: off
import tui.cli.reader
import tui.cli.search
import tui.cli.show
import tui.cli.export
import tui.cli.compare
import tui.cli.quotes
import tui.cli.notebook
import tui.cli.saved
import tui.cli.following
import tui.cli.stories
import tui.cli.fetch
import tui.cli.feeds
import tui.cli.index  # noqa: F401
# isort: on

__all__ = ["Exit", "app", "bundled_seeds", "main"]


def main() -> None:
    """Entry point of the `broadsheet` console script."""
    try:
        app()
    except Terminated:
        err.print("broadsheet: terminated")
        sys.exit(int(Exit.TERMINATED))
    except KeyboardInterrupt:
        err.print("broadsheet: interrupted")
        sys.exit(int(Exit.INTERRUPTED))
