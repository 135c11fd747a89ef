"""nu55 #3: `h`, a pause, then enter and a note typed fast: the note lost its first letter
("kite alpha" kept as "ite alpha"): the first key after the picker's enter went to the
picker, which its choice was closing (`tui.key_order.KeysInOrder.pop_screen`). nu55 #11:
the same passage highlighted again kept only the second note."""

from __future__ import annotations

import asyncio
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot

from index.notebook import NOTEBOOK_FILE
from tests.tui.test_notebook_reader import SIZE, entry_of, reading
from tests.tui.test_type_ahead import burst, no_wait_for_lost_markers, settle
from tui.app import BroadsheetApp
from tui.dialogs.passage_picker import PassagePicker
from tui.dialogs.prompt import Prompt

__all__ = ["no_wait_for_lost_markers"]

NOTE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=12).filter(
    lambda note: bool(note.strip())
)


async def typed_in_chunks(pilot: Pilot[Any], typed: str, cuts: list[int], pause: float) -> None:
    """``typed`` handed over in bursts cut at ``cuts``, ``pause`` seconds apart (0: the
    app has not even run in between)."""
    bounds = [0, *sorted({min(cut, len(typed)) for cut in cuts}), len(typed)]
    for start, end in pairwise(bounds):
        burst(pilot, typed[start:end])
        await asyncio.sleep(pause)
    await settle(pilot)


async def highlight(pilot: Pilot[Any], note: str, cuts: list[int], pause: float) -> None:
    """`h`, the picker up, then enter and the note typed as ``cuts`` and ``pause`` say."""
    await pilot.press("h")
    await settle(pilot)
    assert isinstance(pilot.app.screen, PassagePicker)
    await typed_in_chunks(pilot, f"\r{note}\r", cuts, pause)
    assert not isinstance(pilot.app.screen, (PassagePicker, Prompt))


async def test_note_typed_right_after_the_picker_keeps_its_first_letter(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    """The walkthrough's case, then the same passage again: both notes are kept."""
    async with app.run_test(size=SIZE) as pilot:
        _, article = await reading(pilot)
        await highlight(pilot, "kite alpha", [], 0)
        await highlight(pilot, "spillway point", [], 0)
        entry = entry_of(built[1], article.id)
        assert entry is not None
        assert [h.note for h in entry.highlights] == ["kite alpha\nspillway point"]


async def test_a_slow_typist_gets_the_note_typed(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    """The oracle of the test below: each key pressed once the app is idle."""
    async with app.run_test(size=SIZE) as pilot:
        _, article = await reading(pilot)
        await pilot.press("h")
        await settle(pilot)
        for key in ["enter", *"kite", "space", *"alpha", "enter"]:
            await pilot.press(key)
            await settle(pilot)
        entry = entry_of(built[1], article.id)
        assert entry is not None and [h.note for h in entry.highlights] == ["kite alpha"]


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    note=NOTE,
    cuts=st.lists(st.integers(0, 14), max_size=3),
    pause=st.sampled_from([0.0, 0.01, 0.05, 0.2]),
)
async def test_a_note_typed_at_any_speed_after_the_picker_is_kept_whole(
    built: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    note: str,
    cuts: list[int],
    pause: float,
) -> None:
    corpus, index_dir = built
    for kept in index_dir.glob(NOTEBOOK_FILE + "*"):  # no highlight from the last example
        kept.unlink()
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=SIZE) as pilot:
        _, article = await reading(pilot)
        await highlight(pilot, note, cuts, pause)
        entry = entry_of(index_dir, article.id)
        assert entry is not None and [h.note for h in entry.highlights] == [note.strip()]


def test_the_notebook_list_shows_a_notes_lines_apart() -> None:
    """A highlight's two notes read as two in the notebook's list (a newline was shown "\\n")."""
    from tui.screens.notebook_rows import _excerpt

    assert _excerpt("kite alpha\nspillway point") == "kite alpha · spillway point"
    assert _excerpt("one\n\n  two  words\n") == "one · two words"
