"""End to end: marking three articles in a real terminal, comparing them, switching the base."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import write_corpus
from tests.tui.test_e2e_tmux import open_session, pytestmark, screen, tmux, wait_for
from tests.wirestory import STORY

__all__ = ["pytestmark"]


@pytest.fixture
def story_session(tmp_path: Path) -> Iterator[str]:
    corpus = write_corpus(tmp_path / "story", STORY)
    yield from open_session(tmp_path, "--corpus", str(corpus))


def wait_for_all(session: str, *texts: str, timeout: float = 30) -> str:
    """The screen once it shows every one of ``texts`` (a view is painted in parts: reading
    it as soon as its header shows can miss its body)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = screen(session)
        if all(text in shown for text in texts):
            return shown
        time.sleep(0.2)
    missing = [text for text in texts if text not in screen(session)]
    raise AssertionError(f"{missing!r} never appeared; the screen was:\n{screen(session)}")


def press(session: str, *keys: str) -> None:
    for key in keys:
        time.sleep(0.2)  # a person's pace between keys
        tmux("send-keys", "-t", session, key)


def test_mark_three_compare_switch_base_and_back(story_session: str) -> None:
    wait_for(story_session, "4 articles")
    wait_for(story_session, "Ferry queues grow")  # the list is filled: newest first
    # the 8th of April's two come A-Z: Bay Herald's "Bridge closure…" is passed over
    press(story_session, "Space", "j", "Space", "j", "j", "m")
    shown = wait_for(story_session, "● Harbour bridge")
    assert shown.count("●") == 3
    press(story_session, "c")
    wait_for_all(
        story_session,
        "carried by 0 of 2",  # the Gazette's first sentence
        "1 Gazette",
        "2 Evening Ledger",
        "3 Coast Wire",
        "Only in 1 Gazette",
        "Queues at the ferry terminal",
    )
    press(story_session, "Tab")
    wait_for_all(
        story_session,
        "Only in 2 Evening Ledger",
        "Officials at the port authority",
        "3 Coast Wire in other words",
    )
    press(story_session, "Escape")
    shown = wait_for(story_session, "index fresh")
    assert shown.count("●") == 3 and "Traceback" not in screen(story_session)
