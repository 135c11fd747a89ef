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
from tui.app import BroadsheetApp
from tui.dialogs.prompt import Prompt
from tui.export_folder import NOT_CORPUS, export_folder

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
        assert "#only-here 4 highlights in 2 articles" in lines
        hint = app.screen.query_one("#notebook-status").render()
        assert str(hint).endswith("esc: back") and len(str(hint)) <= 78, str(hint)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        offered = app.screen.query_one(Input).value
        assert Path(offered).expanduser() == Path.home() / "notebook.md"
        assert "offered: your home folder (not the corpus folder" in str(app.screen.question)


def test_the_folder_offered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, here = tmp_path / "home", tmp_path / "here"
    home.mkdir()
    assert export_folder(home, here) == (home, NOT_CORPUS)
    assert export_folder(tmp_path / "none", here)[0] == here  # no home folder
    monkeypatch.setattr(os, "access", lambda *_: False)  # root writes anywhere: as if not
    folder, said = export_folder(home, here)
    assert folder == here and "cannot be written" in said


def test_a_memo_in_the_corpus_folder_would_be_indexed(tmp_path: Path) -> None:
    """Why the corpus folder is not offered: its notebook.md is a corpus file."""
    from index.ingest.files import scan

    (tmp_path / "a.txt").write_text("Dam holds\n\n" + BODY + "\n", "utf-8")
    (tmp_path / "notebook.md").write_text("# Notebook\n\nA memo of the dam.\n", "utf-8")
    assert {f.rel for f in scan(tmp_path)[0]} == {"a.txt", "notebook.md"}
