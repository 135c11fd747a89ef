"""The article list's cursor row is one band of the cursor's colour, all three lines (nu79
#2: at 120x40 on Reuters the outlet and date of the row under the cursor, the "● " mark
and the whole snippet line kept the list's own background, so the band had holes the shape
of the words: their styles were the components' whole styles, background and all). Only
a match in the snippet has a background of its own."""

from __future__ import annotations

from datetime import datetime

from rich.color import Color
from textual.app import App, ComposeResult

from index.models import Hit, Span
from index.search.highlight import highlighter_for_terms
from tests.tui.conftest import wait_until
from tests.tui.test_reading_pane import article
from tui.widgets.alignment_table import AlignmentTable
from tui.widgets.article_list import ArticleList
from tui.widgets.compare_pane import ComparePane
from tui.widgets.reading_pane import ReadingPane


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")


def _hit(n: int, *, derived: bool = False, copies: tuple[str, ...] = ()) -> Hit:
    return Hit(
        f"a{n}",
        f"COFFEE QUOTA TALKS {n}",
        derived,
        "Reuters",
        datetime(1987, 3, 1, 12, 30),
        1.0,
        snippet="Talks on coffee export quotas were extended into today.",
        snippet_spans=(Span(9, 15),),
        copies=copies,
    )


def _backgrounds(articles: ArticleList, y: int) -> set[Color | None]:
    """The backgrounds of line ``y``'s cells, a match's left out."""
    match = articles.get_component_rich_style("article-list--match").bgcolor
    strip = articles.render_line(y)
    return {s.style.bgcolor if s.style else None for s in strip} - {match}


async def test_the_cursor_row_is_one_band_and_the_others_the_lists_background() -> None:
    app = ListApp()
    async with app.run_test(size=(80, 16)) as pilot:
        articles = app.query_one(ArticleList)
        hits = [_hit(0), _hit(1, derived=True), _hit(2, copies=("a9",))]
        articles.show(hits, with_snippets=True)
        articles.add_snippets({hit.id: hit for hit in hits})
        articles.toggle_mark("a1")
        articles.focus()
        await pilot.pause()
        own = articles.rich_style.bgcolor
        band = (articles.rich_style + articles.line_style(0)).bgcolor
        assert band != own
        for row in range(3):
            articles.cursor = row
            await pilot.pause()
            for y in range(9):
                want = band if y // 3 == row else own
                assert _backgrounds(articles, y) == {want}, (row, y, articles.line_at(y))


class PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ReadingPane(id="pane")


async def test_the_reading_panes_muted_line_is_dimmer_than_its_text() -> None:
    """The outlet and date line under the title is "muted": it was drawn #ffffff, brighter
    than the body (its partial style: the theme's muted colour with its transparency dropped,
    nu79 #3). The oracle: Textual's own blend of the muted colour over the pane."""
    app = PaneApp()
    async with app.run_test(size=(80, 16)) as pilot:
        pane = app.query_one(ReadingPane)
        pane.show(article("Coffee talks were extended into today."), highlighter_for_terms([]))
        await wait_until(pilot, lambda: pane.layout_.complete and len(pane.layout_.lines) > 2)
        meta = next(y for y in range(8) if "Test Wire" in pane.render_line(y).text)
        colours = {s.style.color for s in pane.render_line(meta) if s.text.strip() and s.style}
        muted = pane.get_component_rich_style("reading-pane--muted").color
        text = pane.rich_style.color
        assert colours == {muted}
        assert muted != text


class CompareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ComparePane(id="left")
        yield AlignmentTable(id="table")


async def test_shared_sentences_are_muted_beside_similar_ones() -> None:
    """The comparison draws shared sentences (and the table verbatim cells) in the muted
    colour, similar ones in the text colour: both were #ffffff, the partial styles' colours
    with their transparency dropped, so the legend's "shared · similar" told nothing apart
    (nu79 #4). The oracle: Textual's own blends of the two colours."""
    app = CompareApp()
    async with app.run_test(size=(80, 16)):
        pane = app.query_one(ComparePane)
        styles = pane.styles_for_layout()
        blend = pane.get_component_rich_style
        assert styles.shared.color == blend("compare-pane--shared").color
        assert styles.similar.color == blend("compare-pane--similar").color
        assert styles.muted.color == blend("compare-pane--muted").color
        assert styles.shared.color != styles.similar.color
        assert styles.shared.bgcolor is None and styles.similar.bgcolor is None
        table = app.query_one(AlignmentTable)
        kinds = table.kind_styles()
        assert (
            kinds["verbatim"].color
            == table.get_component_rich_style("alignment-table--verbatim").color
        )
        assert kinds["verbatim"].color != kinds["paraphrase"].color
