"""End to end: stories in the installed reader under tmux: S, open a story, back, related."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.story_corpus import BOULDER, COPIES, write_corpus
from tests.tui.test_e2e_tmux import BROADSHEET, pytestmark, screen, tmux, wait_for

__all__ = ["pytestmark"]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl").parent
    name = f"bs-{uuid.uuid4().hex[:8]}"
    command = (
        f"env -u COLUMNS -u LINES {BROADSHEET} --corpus {corpus} "
        f"--index-dir {tmp_path / 'index'}; sleep 60"
    )
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", command)
    tmux("resize-window", "-t", name, "-x", "120", "-y", "40")
    try:
        yield name
    finally:
        tmux("kill-session", "-t", name)


def press(name: str, *keys: str) -> None:
    for key in keys:
        time.sleep(0.3)  # a person's pace between keys that move the focus
        tmux("send-keys", "-t", name, key)


def wait_gone(name: str, text: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = screen(name)
        if text not in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never went; the screen was:\n{screen(name)}")


def test_stories_open_a_story_and_back(session: str) -> None:
    wait_for(session, "8 articles")  # first run: builds the index and its stories
    press(session, "S")
    shown = wait_for(session, "2 articles · 2 outlets")
    assert BOULDER[0].title in shown and COPIES[0].title in shown
    press(session, "Enter")  # the top story: the harbour strike (largest, then newest)
    shown = wait_for(session, "First: Wire A, 2021-03-22")
    assert "then: Paper D +2 days" in shown, shown  # dated by the day alone (fx16b)
    assert "2021-03-22 … 2021-03-24  (one column a day)" in shown
    assert COPIES[1].title in shown  # its articles, by outlet
    press(session, "Escape")
    shown = wait_gone(session, "First:")
    assert BOULDER[0].title in shown and "2 articles · 2 outlets" in shown  # the story list
    assert "Traceback" not in shown


def test_r_lists_related_articles(session: str) -> None:
    wait_for(session, "8 articles")
    tmux("send-keys", "-t", session, "-l", "/eight")
    wait_for(session, "2 hits")
    press(session, "Enter", "r")
    shown = wait_for(session, "Related to")
    assert "same story" in shown
    press(session, "Escape")
    assert "Related to" not in wait_gone(session, "Related to")
    assert "Traceback" not in screen(session)
