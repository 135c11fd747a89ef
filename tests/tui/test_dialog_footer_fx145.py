"""fx145: the footer under a dialog shows the dialog's keys, not the reader's.

The reader's footer stayed in view under every modal screen (the related articles' `r`,
the outlet picker, the help, a prompt, the command palette...), naming keys that did
nothing there ("/ Search", "s Sort") while the dialog's own (esc) were not named. Every
dialog now shows a footer of its own over it (`tui.dialogs.dialog.Dialog`).

Oracle: Textual's own table of the keys active on the dialog (`Screen.active_bindings`,
those it shows): the footer on the terminal's last row names exactly those, for every modal
screen of the app (the screens found by walking `tui`, as the ctrl+q test does)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.tui.test_ctrl_q_every_screen_fx145 import OPEN, SIZE, _opened, app_screens
from tests.tui.test_ctrl_q_every_screen_fx145 import index_built as index_built
from tui.app import BroadsheetApp

MODALS = sorted(
    (kind for kind in OPEN if issubclass(kind, ModalScreen)), key=lambda kind: kind.__name__
)


def test_the_modals_are_the_app_s() -> None:
    assert set(MODALS) == {kind for kind in app_screens() if issubclass(kind, ModalScreen)}
    assert len(MODALS) >= 8


@pytest.mark.parametrize("kind", MODALS, ids=lambda kind: kind.__name__)
async def test_the_footer_shows_the_dialog_s_keys(
    index_built: tuple[Path, Path], kind: type[Screen[Any]]
) -> None:
    app = BroadsheetApp(*index_built)
    async with app.run_test(size=SIZE) as pilot:
        await _opened(app, pilot, kind)
        await pilot.pause(0.2)
        dialog = app.screen
        footers = [f for f in dialog.query(Footer) if f.region.y == SIZE[1] - 1]
        assert footers, f"{kind.__name__} shows no footer of its own on the last row"
        shown = {key.action for key in footers[0].query(FooterKey)}
        wanted = {
            bound.binding.action
            for bound in dialog.active_bindings.values()
            if bound.binding.show and not bound.binding.system
        }
        assert shown == wanted
        assert "quit" in shown  # ctrl+q, named where it acts
