"""The quotes panel (`q`): its scopes, its rows, and the jump to an article at a quote."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from index.library import DERIVED
from index.models import Article
from index.search.highlight import Highlighter
from index.store.build import rebuild
from tests.quote_rows import QUIET, ROWS, record, write_rows
from tests.tui.conftest import reader, settle
from tests.tui.test_snapshots import before
from tui import keymap
from tui.app import BroadsheetApp
from tui.screens.quotes import QuotesScreen
from tui.screens.story import StoryScreen
from tui.widgets.article_layout import layout_article
from tui.widgets.kept import PassageLight, chunk_places
from tui.widgets.marks import first_lines, marked
from tui.widgets.reading_pane import QUOTE_MARK
from tui.widgets.story_list import content_width


@pytest.fixture
def quoted_app(tmp_path: Path) -> BroadsheetApp:
    return app_of(tmp_path, ROWS)


def app_of(tmp_path: Path, rows: list[dict[str, str]]) -> BroadsheetApp:
    corpus = write_rows(tmp_path / "quoted", rows)
    rebuild(corpus, tmp_path / "index", derived=DERIVED)
    return BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")


def panel(app: BroadsheetApp) -> QuotesScreen:
    assert isinstance(app.screen, QuotesScreen)
    return app.screen


def heading(app: BroadsheetApp) -> str:
    return str(panel(app).query_one("#quote-heading", Static).render())


def rows(app: BroadsheetApp) -> list[str]:
    """The rows' text, each on one line (the panel wraps them at its width)."""
    return [re.sub(r"\n *", " ", row) for row in wrapped(app)]


def wrapped(app: BroadsheetApp) -> list[str]:
    options = panel(app).query_one(OptionList).options
    return [str(option.prompt) for option in options]


async def test_q_in_the_list_lists_the_corpus_quotes(quoted_app: BroadsheetApp) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert heading(quoted_app) == "Quotes across the corpus"
        shown = rows(quoted_app)
        assert "Anna Keller" in shown[0] and "3 outlets" in shown[0]
        assert [r.split()[1] for r in shown[1:4]] == ["Harbour", "Valley", "Coast"]
        assert "first" in shown[1] and "clipped" in shown[3]
        assert "Tom Berg" in shown[4]
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(quoted_app.screen, QuotesScreen)


async def test_q_in_the_story_list_lists_that_story_quotes(quoted_app: BroadsheetApp) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        story = reader(quoted_app).story_list.current
        assert story is not None and set(story.article_ids) == {
            "a1",
            "a2",
            "a3",
        }  # a3 too since stories 13 (sd33): the same decision, reported
        await pilot.press("q")
        await settle(pilot)
        assert heading(quoted_app) == "Quotes in the story “Story a1” (3 articles)"
        shown = rows(quoted_app)
        # the one quotation its articles carry, with every article that carries it
        assert len(shown) == 4 and "Anna Keller" in shown[0]
        assert not any("Tom Berg" in row for row in shown)
        assert {t.article for t in panel(quoted_app).targets.values()} == {"a1", "a2", "a3"}


async def test_q_on_a_story_screen_lists_its_quotes_and_a_row_is_read_in_the_reader(
    quoted_app: BroadsheetApp,
) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("enter")  # the story's own screen
        await settle(pilot)
        assert isinstance(quoted_app.screen, StoryScreen)
        await pilot.press("q")
        await settle(pilot)
        assert heading(quoted_app) == "Quotes in the story “Story a1” (3 articles)"
        target = panel(quoted_app).targets["q0-2"]  # the clipped copy, third row
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert not isinstance(quoted_app.screen, (QuotesScreen, StoryScreen))
        screen = reader(quoted_app)
        assert screen.pane.article is not None and screen.pane.article.id == target.article
        assert screen.focused is screen.pane


async def test_choosing_a_row_opens_that_article_at_the_quote(
    quoted_app: BroadsheetApp,
) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        target = panel(quoted_app).targets["q0-2"]  # the clipped copy, third row
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        screen = reader(quoted_app)
        assert screen.pane.article is not None
        assert screen.pane.article.id == target.article
        assert screen.focused is screen.pane
        body = screen.pane.article.body
        assert body[target.start : target.end].startswith('"nobody who works')


async def test_q_while_reading_lists_that_articles_quotes(quoted_app: BroadsheetApp) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # open the first article: the pane has the focus
        await settle(pilot)
        article = reader(quoted_app).pane.article
        assert article is not None
        await pilot.press("q")
        await settle(pilot)
        assert heading(quoted_app).startswith("Quotes in “")
        groups = panel(quoted_app).groups
        assert groups and all(article.id in g.articles for g in groups)


async def test_q_types_in_the_search_bar_and_the_panel_follows_the_query(
    quoted_app: BroadsheetApp,
) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "b", "l", "o", "s", "s", "o", "m", "q")
        await settle(pilot)
        assert reader(quoted_app).search_text == "blossomq"
        await pilot.press("backspace", "enter")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert "'blossom'" in heading(quoted_app)
        assert [g.speaker for g in panel(quoted_app).groups] == ["Tom Berg"]


async def test_a_query_that_lights_no_quote_says_what_the_panel_looked_for(
    tmp_path: Path,
) -> None:
    # its articles quote no one (nu76: else the panel lists their quotes, and says so)
    quoted_app = app_of(tmp_path, [*ROWS, QUIET])
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"orchard", "enter")  # c1's body: c1 quotes no one
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        said = heading(quoted_app)
        assert "'orchard'" in said and "in the articles matching" not in said
        assert "words or speaker" in said
        note = str(panel(quoted_app).query_one("#quote-note", Static).render())
        assert "No quote's words or speaker match the query" in note
        assert "Did you mean" not in note  # every word of it is in the index


async def test_a_misspelt_query_is_offered_the_articles_lists_respelling(
    quoted_app: BroadsheetApp,
) -> None:
    # nu16: the quotes of `gorsuh` said none matched; the articles list offered gorsuch
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"blosom", "enter")
        await settle(pilot)
        await pilot.press("ctrl+y")  # the list showed blossom's hits (nu66): as typed
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        note = str(panel(quoted_app).query_one("#quote-note", Static).render())
        assert note.startswith(
            "No quote's words or speaker match the query. Did you mean: blossom? For every"
        )


async def test_the_quotes_of_an_offer_s_hits_are_the_offer_s(quoted_app: BroadsheetApp) -> None:
    # nu66: "blosom" lists blossom's hits, and `q` the quotes of blossom
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"blosom", "enter")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        note = str(panel(quoted_app).query_one("#quote-note", Static).render())
        assert note.startswith("1 quotation")


async def test_an_index_without_quotes_says_so(tmp_path: Path) -> None:
    corpus = write_rows(tmp_path / "quoted", ROWS)
    rebuild(corpus, tmp_path / "index")  # no derived data: built before quotes were kept
    app = BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        note = str(panel(app).query_one("#quote-note", Static).render())
        # the key that adds them, not a shell command (nu15: "run `broadsheet index update`")
        assert "press esc, then u" in note and "broadsheet" not in note


def test_the_quote_light_lands_on_the_right_copy_of_a_repeated_opening() -> None:
    """The pane lights the quote where it stands (its offsets), not at an earlier copy of
    its words: each copy's light is on the line that says its own person."""
    opening = '"We will'
    paragraphs = [f"{opening} see, said person {n}. " + "filler words " * 30 for n in range(6)]
    body = "\n\n".join(paragraphs)
    article = Article(
        id="x",
        path="x",
        title="Title",
        title_derived=False,
        source="S",
        byline=None,
        dateline=None,
        date=None,
        url=None,
        body=body,
    )
    starts = [i for i in range(len(body)) if body.startswith(opening, i)]
    for n, start in enumerate(starts):
        light = PassageLight(start=start, end=start + 20, places=chunk_places(body))
        style = marked(Style(bold=True), QUOTE_MARK, 0)
        layout = layout_article(
            article,
            40,
            Console(),
            highlighter=Highlighter(),
            match_style=Style(bold=True),
            watch=[(light, style)],
        )
        assert layout is not None
        line = first_lines(layout.lines, QUOTE_MARK).get(0)
        assert line is not None
        assert f"person {n}" in layout.lines[line].plain + layout.lines[line + 1].plain


async def _open_panel(pilot: Pilot[Any]) -> None:
    await pilot.press("q")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_snapshot_of_the_panel(
    snap_compare: Callable[..., bool], quoted_app: BroadsheetApp, size: tuple[int, int]
) -> None:
    assert snap_compare(quoted_app, terminal_size=size, run_before=before(_open_panel))


async def test_the_jump_scrolls_a_long_article_to_the_quote(tmp_path: Path) -> None:
    filler = "\n\n".join(f"Paragraph {n} says nothing much about the port." for n in range(80))
    body = f'{filler}\n\n"The harbour will stay open all winter long," Mayor Anna Keller said.'
    corpus = write_rows(tmp_path / "long", [record("long", "Harbour Times", "2021-05-04", body)])
    rebuild(corpus, tmp_path / "index", derived=DERIVED)
    app = BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # read it: the pane has the focus, at the top
        await settle(pilot)
        pane = reader(app).pane
        assert pane.scroll_offset.y == 0
        await pilot.press("q")
        await settle(pilot)
        assert heading(app).startswith("Quotes in “")
        await pilot.press("enter")
        await settle(pilot)
        top = pane.scroll_offset.y
        visible = [line.plain for line in pane.layout_.lines[top : top + pane.size.height]]
        assert top > 0
        assert any("The harbour will stay open" in line for line in visible)


def test_a_quote_of_unknown_outlets_counts_its_articles() -> None:
    from index.analysis.quote_groups import Occurrence, QuoteGroup
    from tui.quote_text import carriers

    def occurrence(article: str, source: str | None) -> Occurrence:
        return Occurrence(article, source, None, 0, 1, "w", None, "same", ())

    def group(*occurrences: Occurrence) -> QuoteGroup:
        return QuoteGroup("g", "w", None, occurrences, occurrences[0].article)

    assert carriers(group(occurrence("a", None))) == "1 article, outlet unknown"
    assert carriers(group(occurrence("a", "AP"), occurrence("b", None))) == "1 outlet"
    assert carriers(group(occurrence("a", "AP"), occurrence("b", "BBC"))) == "2 outlets"


async def test_j_and_k_move_through_the_rows_as_in_the_other_lists(
    quoted_app: BroadsheetApp,
) -> None:
    """The story screen, the story list and related move with j/k; the panel did not."""
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        options = panel(quoted_app).query_one(OptionList)
        assert options.highlighted == 1  # the first article row (the heading above it is not one)
        await pilot.press("j", "j", "j")  # past the next heading, which is skipped
        assert options.highlighted == 5
        await pilot.press("k")
        assert options.highlighted == 3
        assert [k.keys for k in keymap.help_keys("QuotesScreen") if k.action.startswith("cursor")]


async def test_rows_name_their_articles_by_title(quoted_app: BroadsheetApp) -> None:
    """nu15: quote rows showed article ids ("r1.json"); a reader knows articles by headline."""
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        library = panel(quoted_app).library
        shown = rows(quoted_app)[1:4]
        for group in panel(quoted_app).groups[:1]:
            for line, o in zip(shown, group.occurrences, strict=False):
                title = library.article(o.article).title
                assert title == f"Story {o.article}"  # tests/quote_rows.py's titles
                assert title in line.split("  "), line  # the title, not the bare id


async def test_long_rows_wrap_under_their_text_and_keep_the_count_whole(tmp_path: Path) -> None:
    """nu19 #7: at 80 columns a row went on at column 0 ("(says Subramaniam" over
    "Sathasivam)"), and a heading broke "3" from "outlets": the panel wraps its rows itself."""
    long = "A council vote on the harbour fees that the whole coast was waiting for"
    app = app_of(tmp_path, [{**row, "title": f"{long} ({row['id']})"} for row in ROWS])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        width = content_width(panel(app).query_one(OptionList))
        assert width is not None and width < 80
        shown = wrapped(app)
        for row in shown:
            assert all(cell_len(line) <= width for line in row.splitlines()), row
        head, first = shown[0].splitlines(), shown[1].splitlines()
        assert len(head) > 1
        assert all(line.startswith(" ") and line[1] != " " for line in head[1:]), head
        assert "3 outlets" in head[-1]
        assert len(first) > 1 and first[0].startswith("   2021-05-04  Harbour Times")
        assert all(line.startswith(" " * 15) and line[15] != " " for line in first[1:]), first
        # wider, the rows are made again for the width, the cursor where it was
        options = panel(app).query_one(OptionList)
        options.highlighted = 2
        await pilot.resize_terminal(140, 24)
        await settle(pilot)
        assert options.highlighted == 2
        assert len(wrapped(app)[1].splitlines()) == 1
