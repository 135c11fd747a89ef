"""A dialog shows its whole question and heading, and the related rows keep to their lines.

A `Label` is as wide as its text, so in a 60-column box the tag prompt's question lost its
end ("-tag takes one off") and the related dialog's heading lost the end of the title, cut
with no ellipsis. The related rows are built `no_wrap`, but an `OptionList` turns a Rich
`Text` into `Content`, which drops `no_wrap`: the reasons wrapped onto a third line.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Label, OptionList

from index.models import stronger
from tests.story_corpus import CORPUS, write_corpus
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.dialogs.prompt import Prompt
from tui.dialogs.related import RELATED_KEYS, RelatedDialog, related_keys

SIZES = [(80, 24), (120, 40)]
TAIL = " after a long night of searching, police and witnesses in the city said on Tuesday"


def shown(widget: Widget) -> str:
    """The words a widget shows on screen, its lines joined."""
    lines = [widget.render_line(y).text for y in range(widget.size.height)]
    return " ".join(" ".join(lines).split())


def within_its_box(widget: Widget) -> bool:
    """Not wider than its box (the box clips what is wider, with no ellipsis)."""
    assert isinstance(widget.parent, Widget)
    return widget.size.width <= widget.parent.content_size.width


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_tag_prompt_shows_its_whole_question(
    app: BroadsheetApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert reader(app).pane.article is not None
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        question = app.screen.query_one(Label)
        assert app.screen.question in shown(question) and within_its_box(question)


async def open_related(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await search(pilot, "atlanta")
    await pilot.press("enter")  # to the list
    await settle(pilot)
    await pilot.press("r")
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_related_shows_the_whole_title_and_two_lines_a_row(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    articles = [dataclasses.replace(a, title=a.title + TAIL) for a in CORPUS]
    write_corpus(tmp_path / "news" / "news.jsonl", articles)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await open_related(pilot)
        dialog = app.screen
        assert isinstance(dialog, RelatedDialog) and dialog.related
        heading = dialog.query_one(Label)
        assert dialog.article.title in shown(heading) and within_its_box(heading)
        rows = dialog.query_one(OptionList)
        hidden = stronger(dialog.related)[1] > 0  # a line says the weaker ones hidden (nu45 #8)
        listed = rows.option_count - hidden
        # a title line, then the why wrapped under it, whole (nu77 #3: cut at 80 columns)
        heights = [len(str(rows.get_option_at_index(k).prompt).split("\n")) for k in range(listed)]
        assert all(height >= 2 for height in heights), heights
        assert rows.virtual_size.height == sum(heights) + hidden
        tops = [sum(heights[:k]) for k in range(listed)]
        lines = [rows.render_line(y).text.rstrip() for y in tops]
        assert all(line.endswith("…") for line in lines), lines  # the long titles, cut


def test_a_related_row_says_no_score_that_rounds_to_zero() -> None:
    """nu17 #9: "0.00" beside a related article read as "unrelated"."""
    from index.models import RelatedArticle
    from tui.dialogs.related import related_row

    row = RelatedArticle("a", "Dam", "DW", None, 0.001, False, ("dam",), False, False, 0.2, None)
    assert related_row(row).plain.splitlines()[1].strip() == "DW · date unknown · dam"
    kept = dataclasses.replace(row, score=0.31)
    assert related_row(kept).plain.splitlines()[1].strip() == "DW · date unknown · 0.31 · dam"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_related_says_its_keys_and_they_act(tmp_path: Path, size: tuple[int, int]) -> None:
    """nu33: the dialog had no keys of its own on screen; the footer under it showed the
    reader's ("/ Search s Sort f Outlet ..."). The line under the heading names them, whole
    and visible at 80x24, and each does what it says."""
    write_corpus(tmp_path / "news" / "news.jsonl", CORPUS)
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await open_related(pilot)
        dialog = app.screen
        assert isinstance(dialog, RelatedDialog) and len(dialog.related) >= 2
        hint = dialog.query_one(".related-keys", Label)
        assert shown(hint) == related_keys(dialog.related) and within_its_box(hint)
        assert hint.region.bottom <= dialog.query_one("#related-box").region.bottom
        rows = dialog.query_one(OptionList)
        assert rows.highlighted == 0
        await pilot.press("j")
        assert rows.highlighted == 1
        await pilot.press("k", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, RelatedDialog)
        shown_article = reader(app).pane.article
        assert shown_article is not None and shown_article.id == dialog.related[0].id
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RelatedDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, RelatedDialog)


def test_related_keys_name_the_story_mark_only_when_a_row_has_it() -> None:
    """nu56 #6: "● its story" was explained in a dialog none of whose rows had the mark."""
    from index.models import RelatedArticle

    row = RelatedArticle("b", "B", "DW", None, 0.3, False, ("dam",), False, False, 0.3, None)
    assert related_keys([row]) == RELATED_KEYS.removesuffix(" · ● its story")
    assert "●" not in related_keys([])
    assert related_keys([row, dataclasses.replace(row, same_story=True)]) == RELATED_KEYS
