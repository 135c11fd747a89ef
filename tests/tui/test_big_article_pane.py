"""An article just under the length limit: its first screen shows while the rest is laid out.

The layout worker is held after its first chunk (its pause between chunks waits for the
test), so what the pane shows then is the first screenful alone, without any timing: the
body's first lines are on screen, `n` goes to a match there, and the rest follows.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from textual.app import App, ComposeResult

from index.ingest.files import MAX_ARTICLE_CHARS
from index.search.highlight import highlighter_for_terms
from tests.tui.conftest import settle, wait_until
from tests.tui.test_reading_pane import article
from tui.widgets import article_layout
from tui.widgets.reading_pane import ReadingPane

PARAGRAPH = "Paragraph {n}: the ferry crossed to the island at dawn, said the harbour master."


class PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ReadingPane(id="pane")


def _screen_text(pane: ReadingPane) -> str:
    return "\n".join(pane.render_line(y).text for y in range(pane.size.height))


async def test_the_first_screen_of_a_big_body_shows_before_the_rest_is_laid_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines: list[str] = []
    size = 0
    while size < MAX_ARTICLE_CHARS - 200:
        lines.append(PARAGRAPH.format(n=len(lines)))
        size += len(lines[-1]) + 1
    body = "\n".join(lines)
    assert len(body) <= MAX_ARTICLE_CHARS  # an article the limit lets in
    held, release = threading.Event(), threading.Event()

    def pause(_seconds: float) -> None:
        held.set()
        release.wait(30)  # the worker waits here after its first chunk

    # the layout module's own `time` only: the app's clocks and sleeps go on as ever
    monkeypatch.setattr(article_layout, "time", SimpleNamespace(sleep=pause))
    app = PaneApp()
    async with app.run_test(size=(100, 30)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.focus()
        pane.show(article(body), highlighter_for_terms(["ferry"]))
        await wait_until(pilot, lambda: held.is_set() and len(pane.layout_.lines) > 5)
        assert not pane.layout_.complete
        shown = _screen_text(pane)
        assert "A long report" in shown and "Paragraph 0: the ferry crossed" in shown
        assert len(pane.layout_.lines) < len(lines) // 10  # only the first chunk's lines
        pane.action_next_match(1)  # `n` (the reader's key): a match on the first screen
        await pilot.pause()
        assert pane.current_match == 0
        release.set()
        await wait_until(pilot, lambda: pane.layout_.complete, seconds=120)
        await settle(pilot)
        assert len(pane.layout_.lines) > len(lines)  # every paragraph laid out
        assert pane.match_count == len(lines)
        pane.action_next_match(-1)  # `N`: back round to the last match, at the body's end
        await pilot.pause()
        assert pane.current_match == len(lines) - 1
        assert f"Paragraph {len(lines) - 1}:" in _screen_text(pane)


def test_the_match_count_says_when_more_may_come() -> None:
    moved = ReadingPane.MatchMoved
    assert moved(3, 73490).label() == "match 3 of 73,490"
    assert moved(3, 590, counting=True).label() == "match 3 of 590+"
    assert moved(0, 1).label() == "1 match (n/N)"
    assert moved(0, 1, counting=True).label() == "1+ matches (n/N)"
    assert moved(0, 1200).label() == "1,200 matches (n/N)"


async def test_n_before_the_layout_is_done_says_the_count_is_partial(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`n` in a 2 MB article said "match 1 of 590" for seconds, as if that were all."""
    body = "\n".join(PARAGRAPH.format(n=n) for n in range(20_000))
    held, release = threading.Event(), threading.Event()

    def pause(_seconds: float) -> None:
        held.set()
        release.wait(30)

    monkeypatch.setattr(article_layout, "time", SimpleNamespace(sleep=pause))
    moves: list[ReadingPane.MatchMoved] = []

    class Recording(PaneApp):
        def on_reading_pane_match_moved(self, message: ReadingPane.MatchMoved) -> None:
            moves.append(message)

    app = Recording()
    async with app.run_test(size=(100, 30)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.show(article(body), highlighter_for_terms(["ferry"]))
        await wait_until(pilot, lambda: held.is_set() and len(pane.layout_.lines) > 5)
        pane.action_next_match(1)
        await wait_until(pilot, lambda: bool(moves))
        assert moves[-1].number == 1 and moves[-1].counting
        release.set()
        await wait_until(pilot, lambda: pane.layout_.complete, seconds=120)
        await wait_until(pilot, lambda: moves[-1].total == 20_000)
        assert moves[-1].label() == "match 1 of 20,000"
