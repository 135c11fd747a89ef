"""A bug in opening the index reads as one: its kind is said (fx166: `_open_index` said
every exception as its first line alone, so a RuntimeError in `Library.open` read like an
index error); the index's own errors and the system's are said as they are."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.errors import IndexDamaged, StoreError
from index.library import Library
from index.notebook import NotebookDamaged
from tests.tui.test_worker_bugs import settle
from tui.app import BroadsheetApp
from tui.screens.reader import ReaderScreen
from tui.widgets.article_list import ArticleList
from tui.worker_failures import is_said, kind_said

SAID_AS_IT_IS = [StoreError, IndexDamaged, NotebookDamaged, OSError, FileNotFoundError]
BUGS = [RuntimeError, KeyError, ValueError, TypeError, AttributeError, AssertionError]


@given(st.sampled_from(SAID_AS_IT_IS + BUGS), st.text(min_size=1, max_size=30))
def test_a_bug_names_its_kind_and_an_expected_error_does_not(kind: type, reason: str) -> None:
    error = kind(reason)
    said = kind_said(error)
    assert "\n" not in said
    assert ("(a bug" in said) == (kind in BUGS) == (not is_said(error))
    if kind in BUGS:
        assert kind.__name__ in said


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (RuntimeError("walked off\nsecond"), "walked off (a bug: RuntimeError)"),
        (KeyError("story"), "'story' (a bug: KeyError)"),
        (IndexDamaged("index pointer x is damaged"), "index pointer x is damaged"),
    ],
)
async def test_the_reader_says_a_bug_in_opening_with_its_kind(
    built: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch, error: Exception, line: str
) -> None:
    def opening(*args: object, **kwargs: object) -> Library:
        raise error

    monkeypatch.setattr(Library, "open", opening)
    app = BroadsheetApp(*built)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.library is None
        said = [str(n.message) for n in app._notifications]
        assert line in said, said
        assert line in screen.query_one(ArticleList).empty_text
        await pilot.press("ctrl+q")
        await pilot.pause()
