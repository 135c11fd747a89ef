"""The reader's `r` as a user meets it: keystroke to the related articles dialog's list, in tmux.

The installed command runs in a 120x40 tmux pane (`bench.paint.Pane`, a tmux server of its
own) on an index built beforehand, with a data folder of its own (``XDG_DATA_HOME``: no
state of yours restored or touched). Once the list shows, each run moves the list's cursor
``--step`` rows down (the pane shows that article), waits ``--settle`` seconds, sends `r`
and reads the pane every 10 ms until the dialog lists (its keys line, drawn with its rows,
or its "Nothing related" line); `esc` closes it. The reader process's CPU seconds from
the key to the list are kept too: on a loaded machine they say more than the wall time.
The first run, which loads what `related` reads, is reported apart::

    python -m bench.related_reader CORPUS IDX [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.paint import POLL, TIMEOUT, Pane, first_title
from bench.process import broadsheet

LISTED = ("enter: read it", "Nothing related")
"""What the pane shows once the dialog lists (`tui.dialogs.related`)."""


def shown(pane: Pane) -> str:
    """The pane's text now."""
    return pane._do("capture-pane", "-p", "-t", "bench")


def wait_listed(pane: Pane, started: float) -> float:
    """Seconds from ``started`` until the dialog lists."""
    while time.perf_counter() - started < TIMEOUT:
        screen = shown(pane)
        if any(text in screen for text in LISTED):
            return time.perf_counter() - started
        time.sleep(POLL)
    raise RuntimeError(f"the dialog never listed; the pane shows:\n{shown(pane)[-1500:]}")


def wait_closed(pane: Pane) -> None:
    """Until the dialog is gone."""
    started = time.perf_counter()
    while time.perf_counter() - started < TIMEOUT:
        if not any(text in shown(pane) for text in LISTED):
            return
        time.sleep(POLL)
    raise RuntimeError("the dialog did not close")


def measure(corpus: Path, index: Path, runs: int, step: int, settle: float) -> dict[str, Any]:
    """Keystroke-to-list seconds for ``runs`` articles (plus the first, apart), and the
    reader process's CPU seconds over the same span (its threads; read when the list shows,
    so a frame drawn after it is not counted)."""
    import psutil

    title = first_title(index)
    if title is None:
        raise SystemExit("the first listed article has no title to wait for")
    pane = Pane()
    try:
        with tempfile.TemporaryDirectory(prefix="related-reader-") as data:
            command = [
                "env",
                f"XDG_DATA_HOME={data}",
                f"XDG_CONFIG_HOME={data}",
                *broadsheet("--corpus", str(corpus), "--index-dir", str(index)),
            ]
            pane.wait_for(title, pane.spawn(command))
            reader = psutil.Process(int(pane._do("display", "-p", "-t", "bench", "#{pane_pid}")))
            time.sleep(settle)
            pane._do("send-keys", "-t", "bench", "Escape")  # the list, not the search bar
            time.sleep(settle)
            seconds = []
            cpu = []
            for _ in range(runs + 1):
                for _ in range(step):
                    pane._do("send-keys", "-t", "bench", "Down")
                time.sleep(settle)
                before = sum(reader.cpu_times()[:2])
                started = time.perf_counter()
                pane._do("send-keys", "-t", "bench", "r")
                seconds.append(wait_listed(pane, started))
                cpu.append(sum(reader.cpu_times()[:2]) - before)
                pane._do("send-keys", "-t", "bench", "Escape")
                wait_closed(pane)
            last = shown(pane)
    finally:
        pane.close()
    timed = seconds[1:]
    return {
        "first_s": round(seconds[0], 3),
        "first_cpu_s": round(cpu[0], 3),
        "cpu_p50_s": round(statistics.median(cpu[1:]), 3),
        "cpu_runs_s": [round(c, 3) for c in cpu],
        "p50_s": round(statistics.median(timed), 3),
        "min_s": round(min(timed), 3),
        "max_s": round(max(timed), 3),
        "runs_s": [round(s, 3) for s in seconds],
        "last_screen_tail": last[-400:],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.related_reader")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index", type=Path)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--step", type=int, default=3, help="rows moved down between runs")
    parser.add_argument("--settle", type=float, default=0.6, help="seconds before each `r`")
    args = parser.parse_args(argv)
    out: dict[str, Any] = {"load_before": os.getloadavg()}
    out["related"] = measure(args.corpus, args.index, args.runs, args.step, args.settle)
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
