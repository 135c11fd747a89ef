"""End to end: pin, tag, note, highlight and export in the installed reader under tmux."""

from __future__ import annotations

import time
from pathlib import Path

from tests.tui.test_e2e_tmux import pytestmark, screen, session, tmux, wait_for

__all__ = ["pytestmark", "session"]  # the skip when tmux is missing, and the fixture


def keys(name: str, *sent: str, literal: bool = False) -> None:
    time.sleep(0.3)  # a person's pace between keys that open and close dialogs
    tmux("send-keys", "-t", name, *(["-l"] if literal else []), *sent)


def test_pin_tag_note_highlight_then_export(session: str, tmp_path: Path) -> None:
    wait_for(session, "4 articles")
    keys(session, "p")
    wait_for(session, "★ pinned")  # in the list and on the pane's border
    keys(session, "T")
    wait_for(session, "Tags for this article")
    keys(session, "ukraine", literal=True)
    keys(session, "Enter")
    wait_for(session, "#ukraine")
    keys(session, "a")
    wait_for(session, "Note on this article")
    keys(session, "check the dates", literal=True)
    keys(session, "Enter")
    wait_for(session, "✎ note")
    keys(session, "h")
    wait_for(session, "Highlight which passage?")
    keys(session, "Enter")
    wait_for(session, "Note on the highlight")
    keys(session, "the key claim", literal=True)
    keys(session, "Enter")
    wait_for(session, "1 highlight")
    keys(session, "b")
    shown = wait_for(session, "Highlights (1)")
    assert "Articles (1)" in shown and "#ukraine" in shown and "the key claim" in shown
    keys(session, "e")
    wait_for(session, "Export 1 article, 1 highlight to a file")
    memo = tmp_path / "memo.md"
    keys(session, "C-a")
    keys(session, "C-k")
    keys(session, str(memo), literal=True)
    keys(session, "Enter")
    wait_for(session, "Exported 1 article")
    text = memo.read_text(encoding="utf-8")
    assert "check the dates" in text and "the key claim" in text and "ukraine" in text
    keys(session, "Escape")
    wait_for(session, "4 articles")
    assert "Traceback" not in screen(session)
