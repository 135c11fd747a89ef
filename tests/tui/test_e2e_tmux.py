"""End to end: the installed `broadsheet` in a real terminal (tmux), as a person uses it."""

from __future__ import annotations

import os
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


SOCKET = f"broadsheet-tests-{os.getpid()}"
"""A tmux server of this test process's own: a `tmux kill-server` of someone's terminal does
not end the sessions under test, and a session that is gone is not confused with another
(tmux resolves a missing target to the most recent session of the server it asks)."""


def tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False, timeout=20
    ).stdout


def open_reader(args: str, marker: Path, env: str = "") -> str:
    """Start ``broadsheet ARGS`` in a new 120x40 tmux session; its exit code goes to ``marker``.

    Returns:
        The session's name.
    """
    name = f"bs-{uuid.uuid4().hex[:8]}"
    command = (
        # COLUMNS/LINES from the test runner's environment would override the pane's size;
        # a keymap.toml of the person running the tests must not change the keys
        f"env -u COLUMNS -u LINES XDG_CONFIG_HOME={marker.parent / 'config'} {env} "
        f"{BROADSHEET} {args}; echo $? > {marker}; sleep 60"
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


def open_session(tmp_path: Path, *options: str) -> Iterator[str]:
    """The reader in a 120x40 tmux session (its exit code written to tmp_path/exit-code)."""
    name = f"bs-{uuid.uuid4().hex[:8]}"
    marker = tmp_path / "exit-code"
    command = (
        # COLUMNS/LINES from the test runner's environment would override the pane's size;
        # a keymap.toml of the person running the tests must not change the keys
        f"env -u COLUMNS -u LINES XDG_CONFIG_HOME={tmp_path / 'config'} "
        f"{BROADSHEET} {' '.join(options)} --index-dir {tmp_path / 'index'}; "
        f"echo $? > {marker}; sleep 60"
    )
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", command)
    tmux("resize-window", "-t", name, "-x", "120", "-y", "40")
    try:
        yield name
    finally:
        tmux("kill-session", "-t", name)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    yield from open_session(tmp_path)


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
    tmux("send-keys", "-t", session, "Q")  # q is the quotes panel
    marker = tmp_path / "exit-code"
    deadline = time.monotonic() + 15
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert marker.read_text().strip() == "0"
    assert "Traceback" not in screen(session)


def test_quotes_panel_then_the_article_at_a_quote(session: str, tmp_path: Path) -> None:
    wait_for(session, "4 articles")
    tmux("send-keys", "-t", session, "q")
    shown = wait_for(session, "Quotes across the corpus")
    shown = wait_for(session, "quotations; enter opens the article there")
    first = next(line for line in shown.splitlines() if "“" in line)
    words = first.split("“", 1)[1].split()[:2]  # the first quotation's opening words
    assert "first" in shown and "outlet" in shown
    time.sleep(0.3)  # a person's pace
    tmux("send-keys", "-t", session, "Enter")
    deadline = time.monotonic() + 15
    while "Quotes across the corpus" in screen(session) and time.monotonic() < deadline:
        time.sleep(0.2)
    wanted = " ".join(words)
    while wanted not in " ".join(screen(session).split()) and time.monotonic() < deadline:
        time.sleep(0.2)  # the reader loads and lays out the article, then shows the quote
    after = screen(session)
    assert "Quotes across the corpus" not in after and "4 articles" in after
    assert wanted in " ".join(after.split()), after
    tmux("send-keys", "-t", session, "Q")
    marker = tmp_path / "exit-code"
    while not marker.exists() and time.monotonic() < deadline + 15:
        time.sleep(0.2)
    assert marker.read_text().strip() == "0"
    assert "Traceback" not in screen(session)


def test_a_real_alt_arrow_in_the_search_bar_keeps_the_query(session: str) -> None:
    """tmux sends Alt+Left and Alt+Right as xterm does ("\\x1b[1;3D"): one key each, not Esc
    then an arrow (rv36 #4), so the query stays and the bar keeps the focus."""
    wait_for(session, "4 articles")
    tmux("send-keys", "-t", session, "-l", "/peacekeepers")
    wait_for(session, "3 hits")
    tmux("send-keys", "-t", session, "M-Left", "M-Right")
    time.sleep(0.5)  # a person's pace: Esc (before the fix) would have acted by now
    tmux("send-keys", "-t", session, "End", "s")  # typed into the bar, if it has the focus
    wait_for(session, "peacekeeperss")
    tmux("send-keys", "-t", session, "C-q")


@pytest.mark.parametrize("after", ["/peacekeepers", "j"])
def test_escape_then_a_key_at_once_act_as_typed(session: str, after: str) -> None:
    """Esc and the next key in one write: the terminal's bytes of Alt+key (nu37 #3). The
    panel closes and the key acts in the reader (`tui.alt_keys`)."""
    wait_for(session, "4 articles")
    tmux("send-keys", "-t", session, "q")
    wait_for(session, "quotations; enter opens the article there")
    search = after.startswith("/")  # (enter in the panel would close it too: j goes alone)
    tmux("send-keys", "-t", session, "Escape", after, *(["Enter"] if search else []))
    if search:
        wait_for(session, "3 hits")
    deadline = time.monotonic() + 15
    while "Quotes across the corpus" in screen(session) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "Quotes across the corpus" not in screen(session)
    tmux("send-keys", "-t", session, "Q")
