"""fx142 (rv60's "left alone"): the article keys typed slowly after a failed load.

The list's cursor moved to a row whose article did not load (its id no longer indexed, or
its load raised): the pane still shows the row moved from. rv60 made `n` step through the
pane's article then; `p t y Y C` (pin, boilerplate, copy id, URL, text) still waited for
the row's article, which was not coming, and held the keys after them for `RESULT_WAIT`
(10 s). Now, with no load under way, they never wait: they act on the pane's article when
it is the cursor's, else one toast says the load's one-line reason.

Oracle: the key does nothing (nothing copied, pinned or toggled), nothing is held, the
toast gives the reason; the `j` after it moves at once; back on the pane's row (`k`),
`y` copies that row's id."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.tui.conftest import fail_second_row, settle, wait_until
from tui import key_order
from tui.app import BroadsheetApp

SIZE = (120, 40)


async def after_failure(
    built: tuple[Path, Path], failure: type[Exception], key: str
) -> tuple[list[str], list[str], bool, int, int, bool]:
    """What ``key`` typed (slowly) on a row whose article failed with ``failure`` did: the
    texts copied, the toasts, whether anything was pinned or toggled, the keys held, the
    cursor after a `j`, and what `k y` copied then."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_order, "RESULT_WAIT", 3600)  # a wait never ended shows as held
        patch.setattr(key_order, "KEY_WAIT", 3600)
        copied: list[str] = []
        patch.setattr(BroadsheetApp, "copy_to_clipboard", lambda _, text: copied.append(text))
        app = BroadsheetApp(*built)
        async with app.run_test(size=SIZE) as pilot:
            screen = await fail_second_row(app, pilot, patch, failure)
            rows = screen.articles.hits
            await pilot.press("j")
            await settle(pilot)
            app.clear_notifications()
            await pilot.press(key)
            await settle(pilot)
            said = [n.message for n in app._notifications]
            held = len(app._held_keys)
            changed = screen.pane.show_removed or any(
                screen.kept.get(row.id) is not None for row in rows[:2]
            )
            await pilot.press("j")
            await settle(pilot)
            cursor = screen.articles.cursor
            before = list(copied)
            await pilot.press("k", "k")
            await settle(pilot)
            await wait_until(pilot, lambda: screen.pane.article is not None)
            await pilot.press("y")
            await settle(pilot)
            return before, said, changed, held, cursor, copied[len(before) :] == [rows[0].id]


@pytest.mark.parametrize("failure", [KeyError, OSError])
@pytest.mark.parametrize("key", ["p", "t", "y", "Y", "C"])
def test_article_keys_after_a_failed_load_say_why_at_once(
    built: tuple[Path, Path], failure: type[Exception], key: str
) -> None:
    copied, said, changed, held, cursor, then = asyncio.run(after_failure(built, failure, key))
    assert (copied, changed, held, cursor) == ([], False, 0, 2)
    why = "no longer in the index" if failure is KeyError else "loading the article failed"
    assert len(said) == 1 and why in said[0] and said[0].endswith("open another"), said
    assert then  # `k k y`: the first row's id, its article the pane's once more
