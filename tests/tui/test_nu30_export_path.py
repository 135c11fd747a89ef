"""nu30 #10: the notebook's export dialog keeps the path typed when it refuses its ending.

Typed `/tmp/nu30/nb.jsonl`: a toast said "End the file name with .md, .csv…" and the dialog
closed; `e` again offered `notebook.md`, not the path typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label

from index.notebook import ArticleRecord, Notebook
from tests.tui.conftest import settle, wait_until
from tui import notebook_ops
from tui.app import BroadsheetApp
from tui.dialogs.prompt import Prompt
from tui.screens.notebook import NotebookScreen


def harvest_pinned(built: tuple[Path, Path]) -> BroadsheetApp:
    """The reader on the built corpus, with one article pinned in its notebook."""
    corpus, index_dir = built
    with Notebook.open(index_dir) as notebook:
        notebook.pin(ArticleRecord("harvest.txt", "Farmers count the cost"))
    return BroadsheetApp(corpus, index_dir)


async def open_export_dialog(pilot: Pilot[None]) -> None:
    """From the reader's start: the notebook (`b`), then its export dialog (`e`)."""
    for key in ("", "b", "e"):
        if key:
            await pilot.press(key)
        await settle(pilot)


async def test_a_refused_ending_keeps_the_dialog_and_the_path_typed(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    app = harvest_pinned(built)
    typed = str(tmp_path / "nb.jsonl")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_export_dialog(pilot)
        assert isinstance(app.screen, Prompt)
        offered = app.screen.query_one(Input).value  # where it lands, said whole (nu45 #9)
        assert offered == notebook_ops.export_offered(Path.home())  # nu54 #9: not the cwd
        assert Path(offered).expanduser() == Path.home() / "notebook.md"
        await pilot.press("ctrl+u", *typed, "enter")  # ctrl+u: the line cleared
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, Prompt)  # still open, on what was typed
        assert dialog.query_one(Input).value == typed
        refused = dialog.query_one("#prompt-refused", Label)
        assert refused.display and "End the file name with .md" in str(refused.render())
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.press(*"csv", "enter")  # nb.csv
        await settle(pilot)
        assert isinstance(app.screen, NotebookScreen)
        target = tmp_path / "nb.csv"
        await wait_until(pilot, target.exists)
        assert "harvest.txt" in target.read_text(encoding="utf-8")
        await pilot.press("e")  # the next export offers the path used last
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        assert app.screen.query_one(Input).value == str(target)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, NotebookScreen)
    assert not (tmp_path / "nb.jsonl").exists()


async def test_a_home_folder_of_no_user_is_refused_not_a_crash(built: tuple[Path, Path]) -> None:
    """rv29: `~nosuchuser/x.md` raised in the dialog's check and the reader died."""
    app = harvest_pinned(built)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_export_dialog(pilot)
        await pilot.press("ctrl+u", *"~nosuchuser0x/x.md", "enter")
        await settle(pilot)
        assert app.is_running
        dialog = app.screen
        assert isinstance(dialog, Prompt)
        refused = dialog.query_one("#prompt-refused", Label)
        assert "No such user's home folder: ~nosuchuser0x" in str(refused.render())


def test_the_path_offered_first_is_said_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nu45 #9: a bare `notebook.md` landed in the folder the reader was started from."""
    monkeypatch.setenv("HOME", str(tmp_path))
    assert notebook_ops.export_offered(tmp_path / "work") == "~/work/notebook.md"
    assert notebook_ops.export_offered(Path("/srv/news")) == "/srv/news/notebook.md"
