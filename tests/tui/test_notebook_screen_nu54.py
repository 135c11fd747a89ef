"""The notebook screen as a new user read it (nu54 #9, nu53 #10): each highlight's article
title printed under it read as the next one's heading; the export dialog offered the folder
the reader was started from; at 80x24 the hint line was cut ("… e: export · esc:")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from index.notebook import ArticleRecord, Notebook, anchor_quote
from tests.tui.conftest import settle
from tui import notebook_ops
from tui.app import BroadsheetApp
from tui.cli.base import bundled_seeds
from tui.dialogs.prompt import Prompt
from tui.export_folder import export_folder

BODY = "The dam held through the night. Engineers checked the spillway at dawn."


def noted(built: tuple[Path, Path]) -> BroadsheetApp:
    corpus, index_dir = built
    with Notebook.open(index_dir) as notebook:
        for n, title in enumerate(("Dam holds", "Spillway checked")):
            record = ArticleRecord(f"a{n}", title, "Valley Post")
            for passage in ("The dam held through the night", "Engineers checked the spillway"):
                notebook.highlight(record, anchor_quote(BODY, passage), tags=["only-here"])
    return BroadsheetApp(corpus, index_dir)


def first_line(prompt: object) -> str:
    """An option's first line as shown: a Group's first Text (`prompt`), or the Text."""
    text = getattr(prompt, "renderables", [prompt])[0]
    return " ".join(str(getattr(text, "plain", text)).split())


def lines_of(app: BroadsheetApp) -> list[str]:
    picker = app.screen.query_one("#notebook-items", OptionList)
    return [first_line(picker.get_option_at_index(k).prompt) for k in range(picker.option_count)]


async def test_titles_head_their_highlights_and_the_hint_fits(built: tuple[Path, Path]) -> None:
    app = noted(built)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        lines = lines_of(app)
        start = lines.index("Highlights (4)")
        section = lines[start + 1 : start + 7]
        assert section[0].startswith("Dam holds · Valley Post"), section
        assert section[1].startswith("“The dam held") and section[2].startswith("“Engineers")
        assert section[3].startswith("Spillway checked · Valley Post"), section
        assert not any("Dam holds" in line for line in section[1:3])  # no title under them
        assert "#only-here 2 articles, 4 highlights" in lines
        hint = app.screen.query_one("#notebook-status").render()
        assert str(hint).endswith("esc: back") and len(str(hint)) <= 78, str(hint)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        offered = app.screen.query_one(Input).value
        assert Path(offered).expanduser() == built[0] / "notebook.md"
        assert "offered: the corpus folder" in str(app.screen.question)


def test_the_folder_offered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("", "utf-8")
    assert export_folder(folder) == (folder, "the corpus folder")
    assert export_folder(folder / "feed.jsonl")[0] == folder  # a file: its folder
    assert export_folder(bundled_seeds(), bundled_seeds())[0] == Path.home()
    monkeypatch.setattr(os, "access", lambda *_: False)  # root writes anywhere: as if not
    home, said = export_folder(folder)
    assert home == Path.home() and "cannot be written" in said
    assert notebook_ops.export_offered(home).startswith("~")
