"""Keys typed while a screen's content is computed act once it is there (rv48: "c" then
"jjj]]" in one burst opened the heat map on sentence 1, every key lost); esc does not wait
for it (`tui.key_waits.expect_content`).

The worker is held by an event the test sets: the keys are typed while it is held."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import OptionList

from index.analysis import compare as analysis_compare
from index.library import DERIVED, Library
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.quote_rows import ROWS, write_rows
from tests.story_corpus import write_corpus as write_story_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_type_ahead import burst
from tests.wirestory import STORY
from tui import key_order
from tui.app import BroadsheetApp
from tui.screens import multicompare
from tui.screens.compare import CompareScreen
from tui.screens.multicompare import MultiCompareScreen
from tui.screens.reader import ReaderScreen

Shown = TypeVar("Shown", MultiCompareScreen, CompareScreen)

MANY = ["herald.md", "wire.md", "ledger.md"]


def story_app(folder: Path) -> BroadsheetApp:
    corpus = write_corpus(folder / "story", STORY)
    rebuild(corpus, folder / "index")
    return BroadsheetApp(corpus, folder / "index")


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "KEY_WAIT", 3600)
    monkeypatch.setattr(key_order, "CONTENT_WAIT", 3600)


@contextmanager
def held(owner: Any, name: str) -> Iterator[threading.Event]:
    """``owner.name`` waits for the event yielded before it computes."""
    released = threading.Event()
    real: Callable[..., Any] = getattr(owner, name)

    def waits(*args: Any, **kwargs: Any) -> Any:
        released.wait(60)  # never reached in a passing test: the test sets it
        return real(*args, **kwargs)

    # the attribute as stored, restored as stored: a staticmethod (`Library.compare`) put
    # back as the plain function it gives would take the instance as its first argument,
    # and every later comparison in the process would fail (ci121, ci122: rv55's tests)
    own = vars(owner).get(name) if isinstance(owner, type) else None
    wrapped = staticmethod(waits) if isinstance(own, staticmethod) else waits
    setattr(owner, name, wrapped)
    try:
        yield released
    finally:
        released.set()
        if isinstance(owner, type) and own is None:
            delattr(owner, name)  # it was inherited: the base's is seen again
        else:
            setattr(owner, name, own if own is not None else real)


def opened_screens(app: BroadsheetApp) -> list[object]:
    """The screens pushed from now on (the list grows as each is pushed)."""
    pushed: list[object] = []
    push = app.push_screen

    def pushing(screen: Any, *args: Any, **kwargs: Any) -> Any:
        pushed.append(screen)
        return push(screen, *args, **kwargs)

    app.push_screen = pushing  # type: ignore[method-assign]
    return pushed


async def mark(pilot: Pilot[Any], ids: list[str]) -> None:
    articles = reader(pilot.app).articles
    for wanted in ids:
        while articles.current is None or articles.current.id != wanted:
            await pilot.press("j" if articles.cursor < len(articles.hits) - 1 else "g")
        await pilot.press("space")
    await settle(pilot)


def where(screen: MultiCompareScreen) -> tuple[int, int, int | None]:
    """The base, the sentence, and the sentence the heat map shows."""
    return screen.base, screen.sentence, screen.heat.current


async def typed_while_held(
    pilot: Pilot[Any],
    keys: str,
    kind: type[Shown] = MultiCompareScreen,  # type: ignore[assignment]
    hold: tuple[Any, str] = (multicompare, "compare_many"),
) -> Shown:
    """``c`` and ``keys`` in one burst, the comparison (``hold``) held until all are typed."""
    app = pilot.app
    with held(*hold) as released:
        burst(pilot, "c" + keys)
        await wait_until(pilot, lambda: isinstance(app.screen, kind))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, kind) and screen.comparison is None
        released.set()
        await wait_until(pilot, lambda: screen.comparison is not None)
        await settle(pilot)
    return screen


async def typed_after(pilot: Pilot[Any], keys: str) -> MultiCompareScreen:
    """``c``, then ``keys`` once the comparison is shown."""
    app = pilot.app
    await pilot.press("c")
    await wait_until(pilot, lambda: isinstance(app.screen, MultiCompareScreen))
    screen = app.screen
    assert isinstance(screen, MultiCompareScreen)
    await wait_until(pilot, lambda: screen.comparison is not None)
    await settle(pilot)
    burst(pilot, keys)
    await settle(pilot)
    return screen


async def test_keys_typed_while_the_heat_map_computes_move_in_it(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await mark(pilot, MANY)
        screen = await typed_while_held(pilot, "jjjk")
        assert where(screen) == (0, 2, 2)  # was (0, 0, 0): the keys found no comparison


@pytest.mark.parametrize("one_burst", [True, False])
async def test_escape_while_the_heat_map_computes_closes_it_at_once(
    tmp_path: Path, one_burst: bool
) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await mark(pilot, MANY)
        cursor = reader(app).articles.cursor
        opened = opened_screens(app)
        with held(multicompare, "compare_many") as released:
            if one_burst:
                burst(pilot, "cjj\x1b")
            else:
                burst(pilot, "c")
                await wait_until(pilot, lambda: isinstance(app.screen, MultiCompareScreen))
                burst(pilot, "jj\x1b")
            await wait_until(pilot, lambda: bool(opened))
            # the worker still held: esc did not wait for it
            await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
            assert not released.is_set()
            await pilot.pause()
            assert reader(app).articles.cursor == cursor  # the j's went with the heat map
            burst(pilot, "j")  # keys after esc act in the reader
            await wait_until(pilot, lambda: reader(app).articles.cursor == cursor + 1)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)


async def test_keys_typed_while_two_articles_are_compared_move_in_them(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await mark(pilot, MANY[:2])
        screen = await typed_while_held(pilot, "jj", CompareScreen, (analysis_compare, "compare"))
        assert screen.position[screen.active] == 2


async def test_escape_while_two_articles_are_compared_closes_at_once(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await mark(pilot, MANY[:2])
        with held(analysis_compare, "compare") as released:
            opened = opened_screens(app)
            burst(pilot, "cj\x1b")
            await wait_until(pilot, lambda: bool(opened))
            await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen))
            assert not released.is_set()
        await settle(pilot)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(keys=st.text(alphabet="jk][gG", min_size=1, max_size=12))
def test_keys_typed_during_the_hold_act_as_typed_after(
    tmp_path_factory: pytest.TempPathFactory, keys: str
) -> None:
    """The oracle: the same keys typed once the heat map is shown."""
    import asyncio

    app = story_app(tmp_path_factory.mktemp("many"))

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await mark(pilot, MANY)
            during = where(await typed_while_held(pilot, keys))
            await pilot.press("escape")
            await settle(pilot)
            after = where(await typed_after(pilot, keys))
            assert during == after, keys

    asyncio.run(run())


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def row_after(pilot: Pilot[Any], opens: str, keys: str, hold: tuple[Any, str] | None) -> int:
    """The row highlighted in the screen ``opens`` opens, ``keys`` typed once it is shown,
    its content held (``hold``) until all are typed, or once its content is listed."""
    app = pilot.app
    shown = app.screen
    if hold is None:
        burst(pilot, opens)
        await wait_until(pilot, lambda: app.screen is not shown)
        await settle(pilot)
        burst(pilot, keys)
    else:
        with held(*hold) as released:
            burst(pilot, opens)  # in stories, a key in the burst of enter went to the list
            await wait_until(pilot, lambda: app.screen is not shown)
            burst(pilot, keys)
            await pilot.pause()
            released.set()
    await settle(pilot)
    screen = app.screen
    highlighted = screen.query_one(OptionList).highlighted
    assert highlighted is not None
    await pilot.press("escape")
    await settle(pilot)
    return highlighted


@pytest.fixture
def quoted(tmp_path: Path) -> BroadsheetApp:
    corpus = write_rows(tmp_path / "quoted", ROWS)
    rebuild(corpus, tmp_path / "index", derived=DERIVED)
    return BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")


@pytest.mark.parametrize(
    ("app", "before", "opens", "hold"),
    [("news", "S", "\r", (Library, "story")), ("quoted", "", "q", (Library, "quotes"))],
    ids=["story", "quotes"],
)
async def test_keys_typed_while_a_list_is_found_move_in_it(
    request: pytest.FixtureRequest, app: str, before: str, opens: str, hold: tuple[Any, str]
) -> None:
    news: BroadsheetApp = request.getfixturevalue(app)
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        burst(pilot, before)
        await settle(pilot)
        during = await row_after(pilot, opens, "jjk", hold)
        after = await row_after(pilot, opens, "jjk", None)
        first = await row_after(pilot, opens, "", None)
        assert during == after != first
