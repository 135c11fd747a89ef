"""The notebook in the reader: p pins, T tags, a notes, h highlights, b opens the notebook."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from index.models import Article
from index.notebook import ArticleRecord, Entry, Notebook, paragraphs, passages
from tests.tui.conftest import palette_offers, reader, search, settle, wait_until
from tests.tui.test_notebook_remove import keep
from tui.app import BroadsheetApp
from tui.dialogs.passage_picker import PassagePicker
from tui.screens.notebook import NotebookScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.kept import PASSAGE_MARK
from tui.widgets.marks import first_lines

SIZE = (120, 40)


def entry_of(index_dir: Path, article_id: str) -> Entry | None:
    with Notebook.open(index_dir) as notebook:
        return notebook.entry(article_id)


async def reading(pilot: Pilot[Any]) -> tuple[ReaderScreen, Article]:
    """The reader once its first article is in the pane."""
    await settle(pilot)
    assert isinstance(pilot.app, BroadsheetApp)
    screen = reader(pilot.app)
    await wait_until(pilot, lambda: screen.pane.article is not None)
    assert screen.pane.article is not None
    return screen, screen.pane.article


async def preselected(pilot: Pilot[Any], app: BroadsheetApp) -> tuple[OptionList, int, int]:
    """`h` with nothing selected: the passage picker's list, and the (start, end) in the body
    of the passage it preselects."""
    await pilot.press("h")
    await settle(pilot)
    assert isinstance(app.screen, PassagePicker)
    picker = app.screen.query_one(OptionList)
    option = picker.get_option_at_index(picker.highlighted or 0)
    start, _, end = str(option.id).partition(":")
    return picker, int(start), int(end)


def test_paragraphs_are_the_lines_that_are_not_blank() -> None:
    body = "  First one. \n\n\nSecond\tone\n \nthird"
    assert [body[s:e] for s, e in paragraphs(body)] == ["First one.", "Second\tone", "third"]


def test_a_long_paragraph_is_offered_as_its_sentences_not_whole() -> None:
    """nu17 #1: a body with no paragraph breaks was highlighted whole (3,584 characters)."""
    long = " ".join(f"Sentence number {n} says something about the dam." for n in range(80))
    body = f"A short one.\n\n{long}\n"
    places = list(passages(body))
    assert body[places[0][0] : places[0][1]] == "A short one."
    assert len(places) == 81 and all(end - start < 60 for start, end in places)
    assert [body[s:e] for s, e in places[1:3]] == [
        "Sentence number 0 says something about the dam.",
        "Sentence number 1 says something about the dam.",
    ]


async def test_p_pins_and_the_list_and_pane_show_it(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen, article = await reading(pilot)
        await pilot.press("p")
        await settle(pilot)
        await wait_until(pilot, lambda: article.id in screen.articles.kept)
        assert screen.articles.kept[article.id] == "★ pinned"
        assert "★ pinned" in str(screen.pane.border_title)
        entry = entry_of(built[1], article.id)
        assert entry is not None and entry.pinned and entry.article.title == article.title
        await pilot.press("p")  # again: unpinned, and nothing else is kept on it
        await settle(pilot)
        await wait_until(pilot, lambda: article.id not in screen.articles.kept)
        assert entry_of(built[1], article.id) is None and not screen.pane.border_title


async def test_t_tags_with_completion_of_tags_in_use(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    with Notebook.open(built[1]) as notebook:
        notebook.tag(ArticleRecord("elsewhere"), ["Geneva-talks"])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.pane.article is not None and bool(screen.known_tags))
        await pilot.press("T", "g", "e")
        await settle(pilot)
        await pilot.press("right")  # takes the suggestion
        field = app.screen.query_one(Input)
        assert field.value == "Geneva-talks"
        await pilot.press("comma", "space", "w", "a", "r", "enter")
        await settle(pilot)
        article = screen.pane.article
        assert article is not None
        await wait_until(pilot, lambda: article.id in screen.articles.kept)
        entry = entry_of(built[1], article.id)
        assert entry is not None and entry.tags == ("Geneva-talks", "war")
        assert "#Geneva-talks" in screen.articles.kept[article.id]
        await pilot.press("T", "minus", "w", "a", "r", "enter")  # -tag takes one off
        await settle(pilot)
        await wait_until(pilot, lambda: "#war" not in screen.articles.kept.get(article.id, "#war"))
        entry = entry_of(built[1], article.id)
        assert entry is not None and entry.tags == ("Geneva-talks",)


async def test_a_writes_a_note_and_shows_it_again(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen, article = await reading(pilot)
        await pilot.press("a", *"check", "space", *"this", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: article.id in screen.articles.kept)
        entry = entry_of(built[1], article.id)
        assert entry is not None and entry.note == "check this"
        await pilot.press("a")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "check this"  # to edit, or empty to clear
        await pilot.press("ctrl+a", "ctrl+k", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: article.id not in screen.articles.kept)
        assert entry_of(built[1], article.id) is None


async def test_h_highlights_the_paragraph_at_the_current_match(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "mandate")
        await pilot.press("enter", "enter")
        await settle(pilot)
        await pilot.press("n")  # the current match: "mandate", in the second paragraph
        await settle(pilot)
        screen = reader(app)
        article = screen.pane.article
        assert article is not None and article.id == "ceasefire.txt"
        picker, start, end = await preselected(pilot, app)
        chosen = article.body[start:end]
        assert chosen.startswith("The peacekeeping force would need a mandate")
        at = picker.highlighted
        await pilot.press("k")  # k and j move it, as in every list (only the arrows did)
        assert picker.highlighted == (at or 0) - 1
        await pilot.press("j")
        assert picker.highlighted == at
        await pilot.press("enter", *"why", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: article.id in screen.articles.kept)
        entry = entry_of(built[1], article.id)
        assert entry is not None
        [highlight] = entry.highlights
        assert highlight.exact == chosen and highlight.note == "why"
        assert article.body[highlight.start : highlight.end] == chosen
        assert "1 highlight" in screen.articles.kept[article.id]
        await wait_until(
            pilot, lambda: highlight.id in first_lines(screen.pane.layout_.lines, PASSAGE_MARK)
        )


async def test_h_before_n_preselects_the_paragraph_of_the_first_match(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    """nu34 #4: `/mandate`, enter, tab, `h` preselected the top paragraph though the border
    said "1 match (n/N)": the first match's paragraph is the current one until `n`."""
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "mandate")
        await pilot.press("enter", "tab")
        await settle(pilot)
        screen = reader(app)
        article = screen.pane.article
        assert article is not None and article.id == "ceasefire.txt"
        assert screen.pane.current_match == -1 and screen.pane.match_count == 1
        _, start, end = await preselected(pilot, app)
        assert article.body[start:end].startswith("The peacekeeping force would")
        assert start > 0  # not the top paragraph


async def test_b_lists_the_notebook_and_enter_reads_at_the_passage(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index_dir = built
    keep(corpus, index_dir)
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(100, 10)) as pilot:  # a short pane: the passage is below
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, NotebookScreen)
        screen = app.screen
        labels = [row.label.plain for row in screen.listed]
        assert any("Farmers count the cost" in label for label in labels)
        assert any("Peacekeepers could arrive" in label and "soon" in label for label in labels)
        assert any(label.startswith("#crops") for label in labels)
        assert any(label.startswith("peace") and "new" in label for label in labels)
        await pilot.press("slash", *"arrive", "enter")  # filter, then to the list
        await settle(pilot)
        assert [row.highlight is not None for row in screen.listed] == [False, True]
        await pilot.press("down", "enter")
        await settle(pilot)
        rs = reader(app)
        assert app.screen is rs
        await wait_until(pilot, lambda: rs.pane.article is not None)
        assert rs.pane.article is not None and rs.pane.article.id == "ceasefire.txt"
        lines = first_lines(rs.pane.layout_.lines, PASSAGE_MARK)
        [line] = lines.values()
        top = int(rs.pane.scroll_offset.y)
        assert top > 0 and top <= line < top + rs.pane.size.height


async def test_the_notebook_screen_exports_what_it_lists(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index_dir = built
    with Notebook.open(index_dir) as notebook:
        notebook.pin(ArticleRecord("harvest.txt", "Farmers count the cost"), tags=["crops"])
        notebook.pin(ArticleRecord("markets.md", "Markets rally"), note="=1+1")
    app = BroadsheetApp(corpus, index_dir)
    target = tmp_path / "out.csv"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        field = app.screen.query_one(Input)
        field.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        await wait_until(pilot, target.exists)
    rows = list(csv.DictReader(target.open(newline="", encoding="utf-8")))
    assert {row["article"] for row in rows} == {"harvest.txt", "markets.md"}
    assert {row["title"] for row in rows} == {
        "Farmers count the cost of the drought",
        "Markets rally on ceasefire hopes",
    }
    assert next(row for row in rows if row["article"] == "markets.md")["note"] == "'=1+1"


async def test_saved_searches_run_from_the_command_palette(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "peacekeepers")
        screen = reader(app)
        hits = screen.total
        assert hits == 2
        await pilot.press("enter", "ctrl+p", *"save this")  # to the list; the command palette

        await palette_offers(pilot, app, "Save this search")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"peace", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: bool(screen.saved_searches))
        [(saved, new)] = screen.saved_searches
        assert saved.query == "peacekeepers" and new == 0
        titles = [command.title for command in screen.notebook_commands()]
        assert "Saved search: peace" in titles
        screen.search_box.value = ""
        await settle(pilot)
        await wait_until(pilot, lambda: screen.total == 4)
        screen.run_saved(saved)
        await settle(pilot)
        assert screen.search_box.value == "peacekeepers"
        await wait_until(pilot, lambda: screen.total == hits)


async def test_a_search_saved_from_the_cli_is_in_the_palette_without_a_restart(
    app: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    """nu14 item 8: the palette read the saved searches only as the reader started."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with Notebook.open(built[1]) as notebook:  # as `broadsheet saved add` writes it
            notebook.saved.add("later", "harvest")
        await pilot.press("ctrl+p", *"later")

        def offered() -> bool:
            options = app.screen.query_one(OptionList)
            shown = [
                str(options.get_option_at_index(k).prompt) for k in range(options.option_count)
            ]
            return any("Saved search: later" in line for line in shown)

        await wait_until(pilot, offered)
        assert [saved.name for saved, _ in reader(app).saved_searches] == ["later"]
        await wait_until(pilot, lambda: reader(app).saved_searches[0][1] is not None)  # counted


def test_b_no_longer_pages_up() -> None:
    from tui import keymap

    keys = {key.id: key.keys.split(",") for key in keymap.ALL}
    assert "b" not in keys["list-page-up"] and "b" not in keys["pane-page-up"]
    assert "pageup" in keys["list-page-up"] and keys["notebook-open"] == ["b"]


def test_the_file_name_picks_the_export_format() -> None:
    from index.notebook.exports import ExportFormat
    from tui.notebook_ops import format_for

    assert format_for(Path("memo.MD")) is ExportFormat.MARKDOWN
    assert format_for(Path("refs.csl.json")) is ExportFormat.CSLJSON
    assert format_for(Path("/tmp/x.json")) is ExportFormat.JSON
    assert (
        format_for(Path("a.ris")) is ExportFormat.RIS
        and format_for(Path("a.csv")) is ExportFormat.CSV
    )
    assert format_for(Path("notes.txt")) is None and format_for(Path("noext")) is None


async def test_an_export_that_cannot_be_written_says_why(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index_dir = built
    with Notebook.open(index_dir) as notebook:
        notebook.pin(ArticleRecord("harvest.txt", "Farmers count the cost"))
    app = BroadsheetApp(corpus, index_dir)
    said: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        app.notify = lambda message, **_: said.append(str(message))  # type: ignore[method-assign]
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one(Input).value = str(tmp_path / "no such folder" / "memo.md")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, NotebookScreen)
    assert any(
        line.startswith("Not exported: cannot write") and "(No such file or directory)" in line
        for line in said
    ), said
