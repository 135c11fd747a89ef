"""The notebook's article rows: one ★ for a pinned article."""

from __future__ import annotations

from index.notebook.models import ArticleRecord, Entry
from tui.screens.notebook import _article_item
from tui.widgets.kept import kept_label


def test_a_pinned_row_has_one_star() -> None:
    """The row said "★ Dam holds  Reuters · 2017-02-13 · ★ pinned · #drought": the star
    before the title and again in the facts."""
    record = ArticleRecord("a1", "Dam holds", "Reuters", "2017-02-13T00:00:00")
    item = _article_item(Entry(record, pinned=True, tags=("drought",)))
    assert item.label.plain == "★ Dam holds  Reuters · 2017-02-13 · pinned · #drought"


def test_an_unpinned_row_has_none() -> None:
    item = _article_item(Entry(ArticleRecord("a1", "Dam holds"), tags=("drought",)))
    assert "★" not in item.label.plain and "pinned" not in item.label.plain


def test_the_list_and_pane_keep_their_star() -> None:
    """The reader's list and the pane's border have no ★ of their own before the label."""
    assert kept_label(Entry(ArticleRecord("a1"), pinned=True)) == "★ pinned"
