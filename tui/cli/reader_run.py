"""Run the reader on a corpus and its index until the user quits, without Typer: the
reader's command (`tui.cli.reader`) and the fast path (`tui.cli.fast`) both call
`open_reader`, and a build stopped by the quit is said on stderr.

Split from `tui.cli.base` by job (its size).
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from tui.cli.base import Exit, Target, consoles, fail_quietly, freeze_at_exit, reported

if TYPE_CHECKING:
    from tui.index_work import IndexWork


def open_reader(settings: Target, *, restore: bool = True) -> None:
    """Run the reader on this corpus and index until the user quits.

    ``restore``: restore and save the last query, sort, outlet and article
    (`tui.reader_state`; off with ``--no-restore``).
    """
    freeze_at_exit()
    with reported(settings):
        from tui.cli.light import import_app
        from tui.first_page import PageAhead
        from tui.index_work import AS_IT_WAS

        # what the start makes (modules, classes, the first screen) lives as long as the
        # reader: Python's cyclic collector would walk it again and again (~10% of the
        # start's CPU); the app turns it back on after its first frame (`BroadsheetApp`)
        collecting = gc.isenabled()
        gc.disable()
        try:
            ahead = PageAhead(settings.index_dir, restore)  # read while the app imports
            app = import_app()(
                settings.corpus,
                settings.index_dir,
                engine=settings.engine,
                restore=restore,
                page_ahead=ahead,
                collect_later=collecting,
            )
            try:
                app.run()
            except KeyboardInterrupt:
                work = _index_work_ended(getattr(app, "reader", None))
                if work is not None and work.stopped and work.left != AS_IT_WAS:
                    consoles().err.print(f"broadsheet: interrupted; {work.left}")
                    fail_quietly(Exit.INTERRUPTED)
                raise  # "interrupted; the index is as it was before": true now
            work = getattr(getattr(app, "reader", None), "index_work", None)
            if work is not None and work.stopped:  # quit during a build: it was stopped
                # "the index is as it was", or "no index was built" on a first start
                consoles().err.print(f"broadsheet: stopped {work.stopped}; {work.left}")
        finally:
            if collecting:
                gc.enable()


def _index_work_ended(screen: Any) -> IndexWork | None:
    """Ctrl-C as the reader exits: its build or update stops (`tui.index_work`), and this
    waits until it has (a Ctrl-C more does not cut the wait short: the stop is under way).
    Returns the screen's `IndexWork` (None if it has none)."""
    work = getattr(screen, "index_work", None)
    if work is None or not work.stop():
        return work
    consoles().err.print(f"broadsheet: stopping {work.what}…")
    while True:
        try:
            work.wait()
            return work
        except KeyboardInterrupt:
            continue
