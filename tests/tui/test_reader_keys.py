"""Pilot tests for issue 15's keys: they act on the focused widget, `u` updates, y/Y/C copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.widgets.article_list import ArticleList


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


async def to_ceasefire(app: BroadsheetApp, pilot: object) -> None:
    """Search "peacekeepers" and put the list's cursor on ceasefire.txt (focus on the list)."""
    await search(pilot, "peacekeepers")  # type: ignore[arg-type]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    articles = reader(app).articles
    while articles.current is None or articles.current.id != "ceasefire.txt":
        await pilot.press("j")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]


async def test_n_N_t_from_the_list_act_on_the_article(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await to_ceasefire(app, pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("n")
        assert reader(app).search_text == "peacekeepers"  # not typed into the search bar
        assert isinstance(app.focused, ArticleList)
        assert reader(app).pane.border_subtitle == "match 1 of 3"  # the border alone (nu70 #7)
        await pilot.press("N")
        assert reader(app).pane.border_subtitle == "match 3 of 3"  # the border alone (nu70 #7)
        await pilot.press("t")
        await settle(pilot)
        assert reader(app).pane.show_removed
        assert reader(app).search_text == "peacekeepers"


async def test_unbound_letters_in_the_list_do_not_search(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("z", "w")
        await settle(pilot)
        assert reader(app).search_text == ""
        assert isinstance(app.focused, ArticleList)


async def test_keys_typed_after_slash_go_to_the_search_bar(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "ntyYC")  # letters bound in the list type into the bar after "/"
        assert reader(app).search_text == "ntyYC"


async def test_copy_id_url_and_text(
    app: BroadsheetApp, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, _ = built
    notes: list[str] = []  # the toasts say what was copied
    notify = app.notify
    monkeypatch.setattr(
        app, "notify", lambda message, **kw: notes.append(message) or notify(message, **kw)
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await to_ceasefire(app, pilot)
        await pilot.press("y")
        assert app.clipboard == "ceasefire.txt"
        await pilot.press("Y")  # a local file with no URL: its path
        assert app.clipboard == str((corpus / "ceasefire.txt").resolve())
        await pilot.press("C")
        assert app.clipboard.startswith("Envoys agree on ceasefire monitors\n\n")
        assert "Peacekeepers could arrive within a month." in app.clipboard
        assert any(m.startswith("Copied the id: ceasefire.txt") for m in notes)
        # the whole path, however long (it was cut at 60 characters with an ellipsis)
        path = str((corpus / "ceasefire.txt").resolve())
        assert f"Copied the file's path (no URL): {path}" in notes
        assert any("the article (" in m for m in notes)


async def test_ctrl_c_copies_the_selected_passage(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await to_ceasefire(app, pilot)
        await pilot.press("l")
        await settle(pilot)
        pane = reader(app).pane
        lines = [line.plain for line in pane.layout_.lines]
        row = next(i for i, line in enumerate(lines) if "GENEVA" in line)
        start = lines[row].index("GENEVA")
        # drag over the word, as a mouse would (the text starts after the border and padding)
        first, last = (start + 2, row + 1), (start + 1 + len("GENEVA"), row + 1)
        await pilot.mouse_down(pane, offset=first)
        await pilot.hover(pane, offset=last)
        await pilot.mouse_up(pane, offset=last)
        await pilot.pause()
        await pilot.press("ctrl+c")
        assert app.clipboard == "GENEVA"
        await pilot.press("ctrl+c")  # nothing selected now: the whole article
        assert app.clipboard.startswith("Envoys agree on ceasefire monitors")


async def test_a_url_line_is_shown_and_Y_copies_it(tmp_path: Path) -> None:
    """A .txt whose head has a web address line: the pane shows it and `Y` copies it."""
    address = "http://www.bbc.co.uk/news/world-europe-38893125"
    text = (
        f"Dam holds after storm\nBBC News\n2017-02-07\n{address}\n\n"
        "The dam held overnight, engineers said on Friday after a night of heavy rain.\n"
    )
    corpus = write_corpus(tmp_path / "urls", {"dam.txt": text})
    rebuild(corpus, tmp_path / "urls-index")
    app = BroadsheetApp(corpus, tmp_path / "urls-index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        pane = reader(app).pane
        assert any(f"dam.txt · {address}" in line.plain for line in pane.layout_.lines)
        await pilot.press("Y")
        assert app.clipboard == address
