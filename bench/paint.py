"""The reader as a user starts it: the installed command in a real terminal (tmux).

First paint is the wall time from spawning ``broadsheet --corpus C --index-dir D`` in a
120x40 tmux pane until the pane shows the list (the title of the first article the
reader lists). The pane is read every 10 ms, so figures are to about 10 ms; the same
harness timing a command that prints at once gives its floor, reported beside. Then the
reader's resident memory is read once it has settled, with the index open.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from bench.process import broadsheet, summary, user_env

POLL = 0.01
TIMEOUT = 60.0
READY = "bench-harness-ready"


def first_title(index_dir: Path) -> str | None:
    """The first words of the title the reader lists first (the same search it runs)."""
    from index.search.engine import open_index

    index = open_index(index_dir)
    try:
        hits = index.search("", limit=1, count=False).hits
    finally:
        close = getattr(index, "close", None)
        if close is not None:
            close()
    if not hits or len(hits[0].title.strip()) < 4:
        return None
    return hits[0].title.strip()[:20].strip()


class Pane:
    """One tmux pane on a server of our own (other sessions on the machine are not touched)."""

    def __init__(self) -> None:
        self.tmux = ["tmux", "-L", f"broadsheet-bench-{os.getpid()}", "-f", "/dev/null"]
        self._do("new-session", "-d", "-s", "bench", "-x", "120", "-y", "40", "sleep 3600")

    def _do(self, *args: str) -> str:
        done = subprocess.run(
            [*self.tmux, *args], capture_output=True, text=True, check=True, env=user_env()
        )
        return done.stdout

    def spawn(self, command: list[str]) -> float:
        """Replace what runs in the pane by ``command``; returns the time just before."""
        started = time.perf_counter()
        self._do("respawn-pane", "-k", "-t", "bench", shlex.join(command))
        return started

    def wait_for(self, text: str, started: float) -> float:
        """Seconds from ``started`` until the pane shows ``text``."""
        while time.perf_counter() - started < TIMEOUT:
            if text in self._do("capture-pane", "-p", "-t", "bench"):
                return time.perf_counter() - started
            time.sleep(POLL)
        screen = self._do("capture-pane", "-p", "-t", "bench")
        raise RuntimeError(f"the pane never showed {text!r}; it shows:\n{screen[-1500:]}")

    def settled_rss_mb(self) -> float:
        """Resident memory of the pane's process once two readings 0.3 s apart agree."""
        import psutil

        process = psutil.Process(int(self._do("display", "-p", "-t", "bench", "#{pane_pid}")))
        last = process.memory_info().rss
        for _ in range(20):
            time.sleep(0.3)
            now = process.memory_info().rss
            if abs(now - last) < 0.01 * last:
                break
            last = now
        return now / 2**20

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True, check=False)


def first_paint(corpus: Path, index_dir: Path, runs: int) -> dict[str, Any]:
    """First paint (s) over ``runs`` starts, the harness floor, and resident memory (MB)."""
    if shutil.which("tmux") is None:
        return {"skipped": "tmux is not installed"}
    title = first_title(index_dir)
    if title is None:
        return {"skipped": "the first listed article has no title to wait for"}
    pane = Pane()
    try:
        floor = []
        for _ in range(3):
            started = pane.spawn(["sh", "-c", f"echo {READY}; exec sleep 3600"])
            floor.append(pane.wait_for(READY, started))
        command = ["exec", *broadsheet("--corpus", str(corpus), "--index-dir", str(index_dir))]
        seconds = []
        rss = []
        for _ in range(runs + 1):  # the first start warms the page cache: not counted
            started = pane.spawn(command)
            seconds.append(pane.wait_for(title, started))
            rss.append(pane.settled_rss_mb())
        return {
            "seconds": summary(seconds[1:]),
            "runs_s": seconds,
            "floor": summary(floor),
            "rss_mb": summary(rss[1:]),
            "waited_for": f"the first listed title ({len(title)} characters)",
        }
    finally:
        pane.close()
