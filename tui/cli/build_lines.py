"""A build's progress as plain lines on stderr when no terminal shows a bar (nu53 #3: a piped
`index rebuild` of the Reuters corpus said nothing for 2 minutes).

Quiet for the first `QUIET_SECONDS` (a quick build, a script's, says nothing more than
before); then a line when the build starts a new stage (`stage`: the stories' steps are one),
and one every `EVERY_SECONDS` within a stage, each with the time taken so far.

`BROADSHEET_BUILD_LINES=off` keeps a piped build silent, as it was before nu53 #3: for a
script that reads stderr as the one-line reason of a failure, and for the test suite, where
a build over 5 s on a loaded machine would add lines now and then (rv57)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from index.models import Progress, progress_count

OFF_VARIABLE = "BROADSHEET_BUILD_LINES"
"""Set to ``off`` (``0``, ``no``, ``false``), a piped build writes no progress lines."""
QUIET_SECONDS = 5.0
"""How long a build runs before its first progress line."""
EVERY_SECONDS = 10.0
"""The most time between two lines within one stage."""


COUNTED = ("indexing", "saving")
"""The stages whose `Progress` counts files (a derived kind's counts its own steps)."""


def stage(step: Progress) -> str:
    """The stage a step is of: its phase, the stories' steps ("stories: grouping") one."""
    what = progress_count(step)[0]
    return "reading records" if what == "records" else step.phase.split(":", 1)[0]


def progress_line(step: Progress, seconds: float) -> str:
    """One line of a build's progress ("broadsheet: indexing: 4,000 of 19,043 records,
    12 s so far")."""
    what, done, total = progress_count(step)
    counted = what == "records" or step.phase in COUNTED
    count = f": {done:,} of {total:,} {what}" if total and counted else ""
    return f"broadsheet: {stage(step)}{count}, {seconds:.0f} s so far"


def lines_off() -> bool:
    """Whether `OFF_VARIABLE` turns the lines off."""
    return os.environ.get(OFF_VARIABLE, "").strip().lower() in {"off", "0", "no", "false"}


class PlainProgress:
    """The `ProgressCallback` writing `progress_line`s (``clock`` and ``write`` given in
    tests)."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        write: Callable[[str], object] | None = None,
    ) -> None:
        self.clock = clock
        self.write = write or _to_stderr
        self.start = clock()
        self.phase: str | None = None
        self.said_at: float | None = None

    def __call__(self, step: Progress) -> None:
        now = self.clock()
        phase = stage(step)
        if now - self.start < QUIET_SECONDS:
            return
        new_stage = phase != self.phase
        if new_stage or self.said_at is None or now - self.said_at >= EVERY_SECONDS:
            self.phase, self.said_at = phase, now
            self.write(progress_line(step, now - self.start) + "\n")


def _to_stderr(line: str) -> None:
    sys.stderr.write(line)
    sys.stderr.flush()
