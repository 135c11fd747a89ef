"""End to end: following a story in the installed reader under tmux: f, an update, ●, b."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_following_cli import JOINER
from tests.story_corpus import BOULDER, CORPUS, write_corpus
from tests.tui.test_e2e_stories_tmux import press, session, wait_gone
from tests.tui.test_e2e_tmux import pytestmark, screen, wait_for
from tui.followed_lines import short_title

__all__ = ["pytestmark", "session"]


def test_follow_a_story_then_an_update_counts_and_marks_the_new_article(
    session: str, tmp_path: Path
) -> None:
    wait_for(session, "8 articles")
    press(session, "S")
    wait_for(session, "2 articles · 2 outlets")
    press(session, "j", "Enter")  # the second story: the Boulder shooting
    shown = wait_for(session, "f follows this story")
    assert BOULDER[0].title in shown
    press(session, "f")
    wait_for(session, "★ following · f unfollows")
    press(session, "Escape")
    wait_for(session, f"★ {BOULDER[0].title}")

    write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, JOINER))
    press(session, "u")
    # an update titles the story it changed as a rebuild does: JOINER's headline (tb23),
    # and the toast says it too, not the title it was followed by (nu29 #7)
    wait_for(session, f"1 new in {short_title(JOINER.title)!r}")  # the toast
    wait_for(session, f"★ 1 new · {JOINER.title[:30]}")
    press(session, "Enter")  # the story list keeps its place: Boulder
    shown = wait_for(session, "● 1 new since you last opened it")
    assert "● 2021-03-22 22:00 UTC  " + JOINER.title[:30] in shown
    press(session, "Escape")
    wait_gone(session, "1 new ·")
    press(session, "b")
    shown = wait_for(session, "Followed stories (1)")
    assert "3 articles · 0 new" in shown
    assert f"★ {BOULDER[0].title}" in shown or f"★ {JOINER.title[:30]}" in shown
    assert "Traceback" not in screen(session)
