"""Keys typed in one burst after a key that opens a screen go to that screen
(`tui.key_order`): "?" then escape closes the help; "c" then escape closes the comparison
(it opens once a worker has found the most similar article: escape went to the reader and
the comparison stayed open, before keys waited for the screen). A click that comes while
keys are held acts in its turn (it moved the focus at once, before the keys typed ahead of
it had acted); one made while a screen is expected acts at once on the screen shown, and one
held while the screen changed is dropped (it was replayed on the new screen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tests.tui.test_type_ahead import burst, slow_screen
from tui import key_order, key_waits
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "KEY_WAIT", 3600)
    monkeypatch.setattr(key_order, "SCREEN_WAIT", 3600, raising=False)


@pytest.mark.parametrize(
    ("before", "keys"),
    [
        ("", "?\x1b"),  # help
        ("", "c\x1b"),  # the most similar article, found by a worker first
        ("", "b\x1b"),  # notebook
        ("", "q\x1b"),  # quotes of the corpus
        ("\r", "q\x1b"),  # quotes of the article read
        ("\r", "r\x1b"),  # related, found by a worker first
        ("S", "\r\x1b"),  # a story's screen
    ],
)
async def test_a_key_that_opens_a_screen_then_escape_in_one_burst(
    news: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, before: str, keys: str
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if before:
            burst(pilot, before)
            await settle(pilot)
        shown = news.screen
        with slow_screen(monkeypatch):
            burst(pilot, keys)
            await settle(pilot)
        assert news.screen is shown, news.screen_stack


async def test_keys_after_c_act_in_the_comparison(
    news: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with news.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        current = reader(news).articles.current
        assert current is not None
        with slow_screen(monkeypatch):
            burst(pilot, "cx")  # x swaps the comparison's sides
            await settle(pilot)
        screen = news.screen
        assert isinstance(screen, CompareScreen)
        assert screen.ids[1] == current.id  # swapped: the open article on the right


async def test_keys_go_on_when_no_similar_article_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "alone.txt").write_text("Alone in the corpus\n\nNothing is like this text.\n")
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        burst(pilot, "c/alone")
        await settle(pilot)
        assert app.query_one(Input).value == "alone"


async def test_keys_go_on_when_the_worker_fails(
    news: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index.library import Library

    def fails(*args: object, **kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(Library, "most_similar", fails)
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        burst(pilot, "c/alone")
        await settle(pilot)
        assert news.query_one(Input).value == "alone"


class TwoInputs(key_order.KeysInOrder[None]):
    """Two inputs; "f2" focuses the first."""

    BINDINGS = [("f2", "first", "First")]

    def compose(self) -> Any:
        yield Input(id="first")
        yield Input(id="second")

    def action_first(self) -> None:
        self.set_focus(self.query_one("#first"))


def click(pilot: Pilot[Any], widget: Input) -> None:
    """Post a press and release on ``widget`` as the driver does."""
    driver = pilot.app._driver
    assert driver is not None
    x, y = widget.region.x + 1, widget.region.y + 1
    for kind in (events.MouseDown, events.MouseUp):
        event = kind(None, x, y, 0, 0, 1, False, False, False, screen_x=x, screen_y=y)
        event.set_sender(pilot.app)
        driver.send_message(event)


def send_key(app: Any, name: str) -> None:
    """Post a key as the driver does (not through the pilot, which waits for it)."""
    driver = app._driver
    assert driver is not None
    key = events.Key(name, None)
    key.set_sender(app)
    driver.send_message(key)


async def test_a_click_while_keys_are_held_acts_in_its_turn() -> None:
    app = TwoInputs()
    async with app.run_test() as pilot:
        app.query_one("#second").focus()
        await pilot.pause()
        send_key(app, "f2")
        burst(pilot, "ab")
        click(pilot, app.query_one("#second", Input))
        burst(pilot, "xy")
        await pilot.pause(0.3)
        assert app.query_one("#first", Input).value == "ab"
        assert app.query_one("#second", Input).value == "xy"


class Other(Screen[None]):
    """A screen with inputs where the app's are."""

    def compose(self) -> Any:
        yield Input(id="other")
        yield Input(id="under")


class Opens(TwoInputs):
    """ "f3" opens `Other` at once; "f4" says a screen will come, and it comes later."""

    BINDINGS = [("f3", "other", "Other"), ("f4", "later", "Later")]

    def action_other(self) -> None:
        self.push_screen(Other())

    def action_later(self) -> None:
        key_waits.expect_screen(self)
        self.set_timer(0.6, lambda: self.push_screen(Other()))


async def test_a_click_while_a_screen_is_expected_acts_on_the_screen_shown() -> None:
    app = Opens()
    async with app.run_test() as pilot:
        app.query_one("#first").focus()
        await pilot.pause()
        send_key(app, "f4")
        await pilot.pause(0.1)
        click(pilot, app.query_one("#second", Input))
        await pilot.pause(0.1)
        assert app.focused is app.query_one("#second")  # before: held for the new screen
        await pilot.pause(0.8)
        assert isinstance(app.screen, Other)


async def test_a_click_held_while_the_screen_changed_is_dropped() -> None:
    app = Opens()
    async with app.run_test() as pilot:
        second = app.query_one("#second", Input)
        app.query_one("#first").focus()
        await pilot.pause()
        send_key(app, "f3")
        click(pilot, second)  # aimed at the first screen, held while "f3" is in flight
        burst(pilot, "ab")
        await pilot.pause(0.3)
        assert isinstance(app.screen, Other)
        other, under = app.screen.query_one("#other", Input), app.screen.query_one("#under", Input)
        assert app.focused is other and other.value == "ab"  # before: the click moved to "under"
        assert under.value == "" and second.value == ""
