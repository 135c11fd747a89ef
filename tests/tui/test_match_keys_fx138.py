"""fx138 (nu56 #2): `n` and `N` typed in one burst with the search that lists their
article step through that article's matches: `/peacekeep enter n n` said "No matches in
this article" for the first `n` (it acted on the lines the pane still showed, of the
article before the top hit, or of the top hit before the query lit it), while the status
line went on to say "match 1 of 4".

The oracle is the slow typist: the same keys, each once the one before it has acted and
the pane has caught up, end on the same article and match, with the same toasts."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library, default_derived
from index.models import Article
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, settle, wait_until
from tests.tui.test_type_ahead import burst, slow_screen
from tui import key_order
from tui.app import BroadsheetApp
from tui.widgets import reading_pane

SIZE = (120, 40)

State = tuple[str | None, int, str, list[str]]
"""The pane's article, its match, the status line's words on it, and the toasts."""


@pytest.fixture(scope="module")
def index_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("fx138")
    corpus = write_corpus(root / "corpus", STORIES)
    rebuild(corpus, root / "index", derived=default_derived())
    return corpus, root / "index"


def slowed(patch: pytest.MonkeyPatch, load: float, lay: float) -> None:
    """Loading an article takes ``load`` seconds, laying it out ``lay``; no wait times out."""
    article, layout = Library.article, reading_pane.layout_article

    def slow_article(self: Library, article_id: str) -> Article:
        time.sleep(load)
        return article(self, article_id)

    def slow_layout(*args: Any, **kwargs: Any) -> Any:
        time.sleep(lay)
        return layout(*args, **kwargs)

    patch.setattr(Library, "article", slow_article)
    patch.setattr(reading_pane, "layout_article", slow_layout)
    patch.setattr(key_order, "RESULT_WAIT", 3600)
    patch.setattr(key_order, "KEY_WAIT", 3600)


async def typed(
    built: tuple[Path, Path], query: str, keys: str, *, fast: bool, load: float, lay: float
) -> State:
    with pytest.MonkeyPatch.context() as patch:
        slowed(patch, load, lay)
        app = BroadsheetApp(*built)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            await wait_until(pilot, lambda: screen.pane.article is not None)
            if fast:
                with slow_screen(patch):
                    burst(pilot, f"/{query}\r{keys}")
                    await settle(pilot)
            else:
                burst(pilot, f"/{query}")
                await settle(pilot)
                await pilot.press("enter")
                await settle(pilot)
                for key in keys:
                    await pilot.press(key)
                    await settle(pilot)
            await settle(pilot)
            pane = screen.pane
            said = [str(note.message) for note in app._notifications]
            article = pane.article.id if pane.article else None
            return article, pane.current_match, screen.match_info, said


@pytest.mark.parametrize(("load", "lay"), [(0.0, 0.0), (0.15, 0.0), (0.0, 0.15), (0.15, 0.15)])
def test_n_n_in_the_burst_of_a_search_lands_on_the_second_match(
    built: tuple[Path, Path], load: float, lay: float
) -> None:
    """nu56 #2's keys: the second match, said so, and no toast (the first hit here is
    the article shown at start, as the seeds' dpa article was)."""
    article, match, info, said = asyncio.run(
        typed(built, "peacekeep", "nn", fast=True, load=load, lay=lay)
    )
    assert (article, match, said) == ("ceasefire.txt", 1, [])
    assert info.startswith("match 2 of ")


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    query=st.sampled_from(["peacekeep", "drought", "ceasefire"]),
    keys=st.text(alphabet="nN", min_size=1, max_size=4),
)
def test_n_and_shift_n_in_a_burst_end_as_typed_slowly(
    index_built: tuple[Path, Path], query: str, keys: str
) -> None:
    built = index_built
    slow = asyncio.run(typed(built, query, keys, fast=False, load=0.1, lay=0.1))
    fast = asyncio.run(typed(built, query, keys, fast=True, load=0.1, lay=0.1))
    assert fast == slow
    assert slow[1] >= 0 and "No matches in this article" not in slow[3]  # each has matches
