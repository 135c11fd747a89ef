"""End to end: the installed `broadsheet` in a real terminal (tmux), as a person uses it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

BROADSHEET = Path(sys.prefix) / "bin" / "broadsheet"
pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None or not BROADSHEET.exists(),
    reason="needs tmux and the installed broadsheet command",
)


def tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", *args], capture_output=True, text=True, check=False, timeout=20
    ).stdout


def open_reader(args: str, marker: Path, env: str = "") -> str:
    """Start ``broadsheet ARGS`` in a new 120x40 tmux session; its exit code goes to ``marker``.

    Returns:
        The session's name.
    """
    name = f"bs-{uuid.uuid4().hex[:8]}"
    command = (
        # COLUMNS/LINES from the test runner's environment would override the pane's size
        f"env -u COLUMNS -u LINES {env} {BROADSHEET} {args}; echo $? > {marker}; sleep 60"
    )
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", command)
    tmux("resize-window", "-t", name, "-x", "120", "-y", "40")
    return name


def exit_code(marker: Path, timeout: float = 15) -> str:
    """The exit code the reader left in ``marker`` (waits for it to quit)."""
    deadline = time.monotonic() + timeout
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    return marker.read_text().strip() if marker.exists() else "(still running)"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    name = open_reader(f"--index-dir {tmp_path / 'index'}", tmp_path / "exit-code")
    try:
        yield name
    finally:
        tmux("kill-session", "-t", name)


def screen(name: str) -> str:
    return tmux("capture-pane", "-p", "-t", name)


def wait_for(name: str, text: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = screen(name)
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen(name)}")


def test_search_open_read_and_quit(session: str, tmp_path: Path) -> None:
    wait_for(session, "4 articles")  # first run: builds the seeds' index, then lists them
    tmux("send-keys", "-t", session, "-l", "/peacekeepers")  # typed fast, nothing lost
    wait_for(session, "3 hits")
    for key in ("Enter", "Enter", "n"):  # to the list, open the top hit, next match
        time.sleep(0.3)  # a person's pace between keys that move the focus
        tmux("send-keys", "-t", session, key)
    shown = wait_for(session, "match 1 of")
    assert "peacekeep" in shown.lower()
    assert "dpa/NAN" in shown  # the top hit for "peacekeepers" on the seeds
    tmux("send-keys", "-t", session, "q")
    assert exit_code(tmp_path / "exit-code") == "0"
    assert "Traceback" not in screen(session)
