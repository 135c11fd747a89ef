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


def press(session: str, *keys: str) -> None:
    for key in keys:
        time.sleep(0.2)  # a person's pace between keys
        tmux("send-keys", "-t", session, key)


def test_mark_three_compare_switch_base_and_back(story_session: str) -> None:
    wait_for(story_session, "4 articles")
    wait_for(story_session, "Ferry queues grow")  # the list is filled: newest first
    press(story_session, "Space", "j", "Space", "j", "m")
    shown = wait_for(story_session, "● Harbour bridge")
    assert shown.count("●") == 3
    press(story_session, "c")
    shown = wait_for(story_session, "carried by 0 of 2")  # the Gazette's first sentence
    assert "1 Gazette" in shown and "2 Evening Ledger" in shown and "3 Coast Wire" in shown
    assert "Only in 1 Gazette" in shown and "Queues at the ferry terminal" in shown
    press(story_session, "Tab")
    shown = wait_for(story_session, "Only in 2 Evening Ledger")
    assert "Officials at the port authority" in shown
    assert "3 Coast Wire in other words" in shown
    press(story_session, "Escape")
    shown = wait_for(story_session, "index fresh")
    assert shown.count("●") == 3 and "Traceback" not in screen(story_session)
