"""fx128: the keys on "the article" (`y`, `Y`, `C`, `ctrl+c` with nothing selected, `n`,
`N`, `t`, `r`) typed in one burst right after a move act on the row moved to, as the
notebook's keys do since fx124: before, `j y` said "No article is open yet" (the pane
still showed the row moved from), `j n` went to a match of that row, which the row moved
to then reset, and `j r` listed the related articles of the row moved from.

The oracle is the slow typist: the same keys, each once the one before it has acted and
the pane has caught up, end in the same state (what was copied, in order; the cursor; the
article shown, its match and the removed text's toggle)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot

from index.library import Library, default_derived
from index.models import Article
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, search, settle, wait_until
from tests.tui.test_type_ahead import burst, slow_screen
from tui import key_order
from tui.app import BroadsheetApp

SIZE = (120, 40)
QUERY = "ceasefire"
"""Two hits, each with matches in its title and body: `n` has somewhere to go."""

KEYS = st.lists(st.sampled_from("jkyYCnNt"), min_size=2, max_size=7).filter(
    lambda keys: any(key in "jk" for key in keys)
)
"""Moves and keys on the article, a move among them."""

State = tuple[list[str], int, str | None, int, bool]
"""What was copied, the list's cursor, the pane's article, its match, the toggle of `t`."""


@pytest.fixture(scope="module")
def index_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("fx128")
    corpus = write_corpus(root / "corpus", STORIES)
    rebuild(corpus, root / "index", derived=default_derived())
    return corpus, root / "index"


def slowly_loading(patch: pytest.MonkeyPatch) -> list[str]:
    """Each article takes a moment to load (the pane is behind the cursor a while), no
    wait times out, and what is copied is kept: the list returned."""
    load = Library.article

    def slowly(self: Library, article_id: str) -> Article:
        time.sleep(0.15)
        return load(self, article_id)

    copied: list[str] = []
    patch.setattr(Library, "article", slowly)
    patch.setattr(key_order, "RESULT_WAIT", 3600)
    patch.setattr(key_order, "KEY_WAIT", 3600)
    patch.setattr(BroadsheetApp, "copy_to_clipboard", lambda _, text: copied.append(text))
    return copied


async def listed(pilot: Pilot[Any]) -> None:
    """The query's hits listed, the list focused, its first row in the pane."""
    await search(pilot, QUERY)
    await pilot.press("enter")
    await settle(pilot)
    screen = reader(pilot.app)  # type: ignore[arg-type]
    await wait_until(pilot, lambda: screen.pane.article is not None)
    assert len(screen.articles.hits) == 2 and screen.focused is screen.articles


async def typed(built: tuple[Path, Path], keys: list[str], *, fast: bool) -> State:
    with pytest.MonkeyPatch.context() as patch:
        copied = slowly_loading(patch)
        app = BroadsheetApp(*built)
        async with app.run_test(size=SIZE) as pilot:
            await listed(pilot)
            screen = reader(app)
            if fast:
                with slow_screen(patch):
                    burst(pilot, "".join(keys))
                    await settle(pilot)
            else:
                for key in keys:
                    await pilot.press(key)
                    await settle(pilot)
            await settle(pilot)
            pane = screen.pane
            article = pane.article.id if pane.article else None
            return copied, screen.articles.cursor, article, pane.current_match, pane.show_removed


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(keys=KEYS)
def test_article_keys_in_a_burst_end_as_typed_slowly(
    index_built: tuple[Path, Path], keys: list[str]
) -> None:
    slow = asyncio.run(typed(index_built, keys, fast=False))
    fast = asyncio.run(typed(index_built, keys, fast=True))
    assert fast == slow
    assert len(slow[0]) == sum(key in "yYC" for key in keys)  # each copy key copied


@pytest.mark.parametrize(
    ("keys", "copied"),
    [("jy", "id"), ("jY", "path"), ("jC", "text")],
)
def test_a_copy_key_right_after_j_copies_the_row_moved_to(
    index_built: tuple[Path, Path], keys: str, copied: str
) -> None:
    """Hand-picked cases of the oracle above, against the second row itself."""

    async def run() -> tuple[list[str], Article]:
        with pytest.MonkeyPatch.context() as patch:
            clipboard = slowly_loading(patch)
            app = BroadsheetApp(*index_built)
            async with app.run_test(size=SIZE) as pilot:
                await listed(pilot)
                screen = reader(app)
                second = screen.articles.hits[1].id
                with slow_screen(patch):
                    burst(pilot, keys)
                    await settle(pilot)
                await settle(pilot)
                assert screen.pane.article is not None and screen.pane.article.id == second
                return clipboard, screen.pane.article

    clipboard, article = asyncio.run(run())
    expected = {
        "id": article.id,
        "path": article.url or article.path,
        "text": f"{article.title}\n\n{article.body}",
    }[copied]
    assert clipboard == [expected]


def test_r_right_after_j_lists_the_related_of_the_row_moved_to(
    index_built: tuple[Path, Path],
) -> None:
    """`j r j` in one burst: the dialog of the row moved to, and the last `j` goes to it,
    not to the reader's list (the keys after `r` wait for its dialog)."""
    from tui.dialogs.related import RelatedDialog

    async def run() -> None:
        with pytest.MonkeyPatch.context() as patch:
            slowly_loading(patch)
            app = BroadsheetApp(*index_built)
            async with app.run_test(size=SIZE) as pilot:
                await listed(pilot)
                screen = reader(app)
                second = screen.articles.hits[1].id
                with slow_screen(patch):
                    burst(pilot, "jrj")
                    await settle(pilot)
                await settle(pilot)
                assert isinstance(app.screen, RelatedDialog)
                assert app.screen.article.id == second
                assert screen.articles.cursor == 1

    asyncio.run(run())
