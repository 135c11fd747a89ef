"""A highlight no longer found in the text is said apart, not counted as lit (nu28 #7).

After an edit and `index update`, `notes` says "(not found in the text now)"; the list row and
the pane's border still said "1 highlight" while nothing was lit.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.library import Library
from index.models import highlights_said
from index.notebook import Anchor, ArticleRecord, Notebook, anchor_quote
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.notebook import NotebookScreen

GONE = "A passage this article never had, whatever was edited in it since."


@given(st.integers(0, 3000), st.integers(0, 3000))
def test_the_words_count_the_found_and_the_lost_apart(found: int, lost: int) -> None:
    said = highlights_said(found, lost)
    assert (said == "") == (found + lost == 0)
    numbers = [int(word.replace(",", "")) for word in said.split() if word[0].isdigit()]
    assert numbers == [n for n in (found, lost) if n]
    assert ("not found" in said) == bool(lost)
    assert said.count("highlight") == (1 if found or lost else 0)
    if lost and not found:
        assert said.endswith("not found") and said.startswith(f"{lost:,} highlight")


async def test_the_list_and_pane_say_the_one_not_found_and_its_text(
    built: tuple[Path, Path],
) -> None:
    corpus, index_dir = built
    with Library.open(corpus, index_dir) as library:
        body = library.article("ceasefire.txt").body
    record = ArticleRecord("ceasefire.txt", "Envoys agree on ceasefire monitors", "Reuters")
    with Notebook.open(index_dir) as notebook:
        notebook.highlight(record, anchor_quote(body, "Peacekeepers could arrive"))
        lost = notebook.highlight(record, Anchor(GONE, "", "", 10, 10 + len(GONE)))
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: "ceasefire.txt" in screen.articles.kept)
        assert screen.articles.kept["ceasefire.txt"] == "1 highlight · 1 not found"
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, NotebookScreen)
        await pilot.press("slash", *"whatever was edited", "enter")  # filter, then the list
        await settle(pilot)
        listed = app.screen.listed
        assert [row.highlight.id if row.highlight else None for row in listed] == [None, lost.id]
        await pilot.press("down")
        app.clear_notifications()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen and screen.pane.article is not None
        assert screen.pane.article.id == "ceasefire.txt"
        assert "1 highlight · 1 not found" in str(screen.pane.border_title)
        said = [str(n.message) for n in app._notifications]
        assert any("not found in the text now" in s and GONE in s for s in said), said


async def test_only_highlights_not_found_say_so(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    record = ArticleRecord("harvest.txt", "Farmers count the cost of the drought")
    with Notebook.open(index_dir) as notebook:
        notebook.highlight(record, Anchor(GONE, "", "", 0, len(GONE)))
        notebook.highlight(record, Anchor(GONE + " Twice.", "", "", 0, len(GONE) + 7))
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: "harvest.txt" in screen.articles.kept)
        assert screen.articles.kept["harvest.txt"] == "2 highlights not found"
