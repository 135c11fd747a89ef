"""End to end, issue 15: the installed reader in tmux at 80x24 and 160x48, keys and copying.

Each test runs its own tmux server (``-L``), so that the clipboard option it sets
(``set-clipboard on``: OSC 52 from the app lands in tmux's paste buffer) touches no one
else's sessions.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BROADSHEET = Path(sys.prefix) / "bin" / "broadsheet"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None or not BROADSHEET.exists(),
    reason="needs tmux and the installed broadsheet command",
)
SIZES = [(80, 24), (160, 48)]


@dataclass
class Terminal:
    """A tmux server of its own with one window running the reader."""

    socket: str
    exit_marker: Path
    corpus: Path

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=20,
        ).stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", "reader", *(["-l"] if literal else []), *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "reader")

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def buffer(self, timeout: float = 10) -> str:
        """tmux's newest paste buffer (what the app copied with OSC 52)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.tmux("show-buffer")
            if text:
                return text
            time.sleep(0.2)
        return ""


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def terminal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Terminal]:
    width, height = request.param
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    term = Terminal(f"bs15-{uuid.uuid4().hex[:8]}", tmp_path / "exit-code", corpus)
    command = (
        f"env -u COLUMNS -u LINES {BROADSHEET} --corpus {corpus} --index-dir {tmp_path / 'index'}; "
        f"echo $? > {term.exit_marker}; sleep 60"
    )
    term.tmux("-f", "/dev/null", "new-session", "-d", "-s", "reader", "-x", str(width),
              "-y", str(height), command)  # fmt: skip
    term.tmux("set-option", "-s", "set-clipboard", "on")
    try:
        yield term
    finally:
        term.tmux("kill-server")


def test_keys_act_on_the_list_and_copy_through_osc52(terminal: Terminal) -> None:
    terminal.wait_for("4 articles")
    terminal.keys("/peacekeepers", literal=True)  # typed fast after "/": nothing lost
    terminal.wait_for("3 hits")
    time.sleep(0.3)  # a person's pace between keys that move the focus
    terminal.keys("Enter")  # to the list
    time.sleep(0.3)
    terminal.keys("n")  # acts on the previewed article, not typed into the search bar
    shown = terminal.wait_for("match 1 of")
    assert "peacekeepersn" not in shown
    terminal.keys("y")
    copied = terminal.buffer()
    assert copied in {path.name for path in SEEDS.iterdir()}
    terminal.wait_for("Copied the id")
    terminal.keys("Q")  # q is the quotes panel
    deadline = time.monotonic() + 15
    while not terminal.exit_marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert terminal.exit_marker.read_text().strip() == "0"
    assert "Traceback" not in terminal.screen()


def test_stale_index_is_said_in_full_and_u_updates(terminal: Terminal) -> None:
    terminal.wait_for("index fresh")
    (terminal.corpus / "late.txt").write_text("Late news arrives\n\nA late story about tides.\n")
    # what changed and the key, in full at 160 columns; at 80 "3 unread" stays (nu40 #10)
    # and the line drops its "file" and "to update" (sm33's shortening): "stale: 1 new — press u"
    shown = terminal.wait_for("stale: 1 new", timeout=40)
    assert "— press u" in shown and "Traceback" not in shown
    terminal.keys("u")
    terminal.wait_for("Index updated: 1 article added")  # the toast
    terminal.wait_for("5 articles")
    terminal.wait_for("index fresh")
