"""rv60 (review of fx138): `n` waits for the article the pane loads (`pane_loading`), and
the keys typed after it wait with it (`expect_result`). When that article never comes
(its id no longer indexed, or its load fails), the wait must end then: before, `n` and
the keys behind it stayed held until `RESULT_WAIT` (10 s) ran out.

Oracle: `j n j` typed at once ends as `j j` typed slowly (the `n` has no article of its
own to step through: the pane still shows the first one), at once, with no key held."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.tui.conftest import fail_second_row, settle
from tests.tui.test_type_ahead import burst
from tui import key_order
from tui.app import BroadsheetApp

SIZE = (120, 40)


async def typed(
    built: tuple[Path, Path], failure: type[Exception], first: str, keys: str
) -> tuple[int, int]:
    """The list's cursor and the keys still held after ``first`` typed and acted, then
    ``keys`` typed in one burst, the article of the second row failing to load with
    ``failure``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_order, "RESULT_WAIT", 3600)  # a wait never ended shows as held
        patch.setattr(key_order, "KEY_WAIT", 3600)
        app = BroadsheetApp(*built)
        async with app.run_test(size=SIZE) as pilot:
            screen = await fail_second_row(app, pilot, patch, failure)
            for key in first:
                await pilot.press(key)
                await settle(pilot)
            burst(pilot, keys)
            await settle(pilot)
            await pilot.pause(0.3)
            await settle(pilot)
            return screen.articles.cursor, len(app._held_keys)


@pytest.mark.parametrize("failure", [KeyError, OSError])
@pytest.mark.parametrize(("first", "keys"), [("", "jnj"), ("j", "nj")])
def test_keys_after_n_go_on_when_its_article_never_loads(
    built: tuple[Path, Path], failure: type[Exception], first: str, keys: str
) -> None:
    """In one burst (the load fails while `n` waits for it), or `n` typed after the load
    failed (the row's article is not coming: `n` steps through the pane's)."""
    assert asyncio.run(typed(built, failure, first, keys)) == (2, 0)
