"""The notebook's rows: one ★ for a pinned article; a gone article's highlight says gone."""

from __future__ import annotations

from pathlib import Path

from index.notebook import ArticleText, Notebook, anchor_quote
from index.notebook.models import ArticleRecord, Entry
from tui.screens.notebook import _article_item, items
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


def test_a_gone_articles_highlight_row_says_gone(tmp_path: Path) -> None:
    """nu32 #8: the article's row said "(gone from the index)" and its highlight's row "as
    highlighted: worded differently now", the state found before the article went."""
    body = "The dam held through the night. Engineers checked the spillway at dawn."
    record = ArticleRecord("a1", "Dam holds", "Reuters")
    with Notebook.open(tmp_path) as notebook:
        notebook.highlight(record, anchor_quote(body, "Engineers checked the spillway"))
        reworded = body.replace("checked", "inspected")
        notebook.refresh(lambda _: ArticleText(record, reworded))
        [row] = [r for r in items(notebook.notes(), [], []) if r.highlight is not None]
        assert "(as highlighted: the text changed there)" in row.label.plain  # while it is there
        notebook.refresh(lambda _: None)
        entries = notebook.notes()
    rows = items(entries, [], [])
    [article] = [r for r in rows if r.highlight is None]
    [row] = [r for r in rows if r.highlight is not None]
    assert "(gone from the index)" in article.label.plain
    assert "(its article is gone from the index)" in row.label.plain
    assert "text changed there" not in row.label.plain
