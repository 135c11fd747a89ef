"""End to end, nu29 #1: ctrl+q during the reader's first build, in a real terminal (tmux).

The reader runs with a ``sitecustomize`` that makes its build's two worker processes answer nothing
for a minute (as workers busy on a big corpus do for seconds at a time). Before the fix,
ctrl+q cleared the screen and the process lived on, the build running, until it ended.
"""

from __future__ import annotations

import os
from pathlib import Path

from index.store.generations import current_generation
from tests.faults.helpers import leftovers, wait_for
from tests.tui.conftest import STORIES
from tests.tui.test_e2e_tmux import exit_code, open_reader, pytestmark, tmux
from tests.tui.test_e2e_tmux import wait_for as wait_for_text

__all__ = ["pytestmark"]

SILENT_WORKERS = """
import time
from index.store import build, pool

build.MULTIPROCESS_MIN_DOCS, build.DEFAULT_PROCS = 0, 2
real_wait, until = pool.wait, time.monotonic() + 60

def wait(connections, timeout=None):
    if timeout and time.monotonic() < until:  # a blocking wait: nothing arrives
        time.sleep(min(timeout, until - time.monotonic()))
        return []
    return real_wait(connections, timeout)

pool.wait = wait
"""
"""A ``sitecustomize`` for the reader's process (and its workers, which never wait so)."""


def test_ctrl_q_during_the_first_build_stops_it(tmp_path: Path) -> None:
    checkout = os.environ.get("PYTHONPATH", "")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in STORIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    index_dir, marker = tmp_path / "index", tmp_path / "exit-code"
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SILENT_WORKERS, encoding="utf-8")
    name = open_reader(
        f"--corpus {corpus} --index-dir {index_dir} --no-restore",
        marker,
        # imported at the start of every Python (after it, the checkout under test: a
        # worktree's own code, not the installed one's)
        env="PYTHONPATH=" + os.pathsep.join(filter(None, [str(tmp_path / "site"), checkout])),
    )
    try:
        wait_for_text(name, "Search:")  # the reader is up, its build under way:
        wait_for("the build's new generation", lambda: leftovers(index_dir) != [])
        tmux("send-keys", "-t", name, "C-q")
        # the build stops (within its next progress tick), then the reader exits and says
        # so: not a blank screen while the build runs on for the workers' minute
        assert exit_code(marker, timeout=30) == "0"
        shown = wait_for_text(name, "stopped the index build; no index was built")
        assert "Traceback" not in shown
    finally:
        tmux("kill-session", "-t", name)
    assert current_generation(index_dir) is None
    assert leftovers(index_dir) == []
