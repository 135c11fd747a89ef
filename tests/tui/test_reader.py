"""Pilot tests: each key of the reader, with workers awaited (no sleeps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.quotes import QuotesScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane


def listed(app: BroadsheetApp) -> list[str]:
    return [hit.id for hit in reader(app).articles.hits]


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


def pane_text(app: BroadsheetApp) -> str:
    return "\n".join(line.plain for line in reader(app).pane.layout_.lines)


async def test_startup_lists_all_newest_first(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert listed(app)[:2] == ["harvest.txt", "markets.md"]
        assert set(listed(app)[2:]) == {"ceasefire.txt", "hostile.txt"}  # unknown dates last
        assert "4 articles" in status(app) and "index fresh" in status(app)
        assert reader(app).pane.article is not None  # the first article is previewed


async def test_startup_builds_a_missing_index(corpus_dir: Path, tmp_path: Path) -> None:
    app = BroadsheetApp(corpus_dir, tmp_path / "fresh-index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(listed(app)) == 4


async def test_typing_searches_stem_aware(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeeper")
        assert isinstance(app.focused, Input)
        assert set(listed(app)) == {"ceasefire.txt", "markets.md"}
        assert "2 hits" in status(app)
        assert reader(app).articles.snippets  # visible rows got snippets
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleList)


async def test_escape_leaves_the_search_bar(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        assert listed(app) == ["harvest.txt"]
        await pilot.press("escape")  # one press (nu31 #6: a second was needed)
        await pilot.pause(0.2)
        await settle(pilot)
        search_bar = reader(app).query_one("#search", Input)
        assert search_bar.value == "drought" and len(listed(app)) == 1  # kept (nu40 #9)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("slash", "escape")  # an empty bar: left as well
        assert isinstance(app.focused, ArticleList)


async def test_list_movement_keys(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = reader(app).articles
        await pilot.press("j")
        assert articles.cursor == 1
        await pilot.press("down", "down")
        assert articles.cursor == 3
        await pilot.press("k", "up")
        assert articles.cursor == 1
        await pilot.press("G")
        assert articles.cursor == 3
        await pilot.press("g")
        assert articles.cursor == 0
        await pilot.press("pagedown")  # space marks now
        assert articles.cursor == 3
        await pilot.press("pageup")
        assert articles.cursor == 0


async def test_open_article_and_jump_between_matches(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeepers")
        await pilot.press("enter")  # to the list
        while (
            reader(app).articles.current is None
            or reader(app).articles.current.id != "ceasefire.txt"
        ):
            await pilot.press("j")
        await pilot.press("l")
        await settle(pilot)
        pane = reader(app).pane
        assert isinstance(app.focused, ReadingPane)
        assert pane.article is not None and pane.article.id == "ceasefire.txt"
        assert pane.match_count == 3  # peacekeepers, peacekeeping, Peacekeepers
        await pilot.press("n")
        assert str(pane.border_subtitle) == "match 1 of 3"
        await pilot.press("n", "n")
        assert str(pane.border_subtitle) == "match 3 of 3"
        await pilot.press("n")
        assert str(pane.border_subtitle) == "match 1 of 3"  # wraps around
        await pilot.press("N")
        assert str(pane.border_subtitle) == "match 3 of 3"
        await pilot.press("j", "k", "G", "g", "space", "b")  # scrolling keys do not fail


async def test_a_query_that_finds_nothing_leaves_no_old_matches_in_the_pane(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "peacekeepers")
        pane = reader(app).pane
        assert pane.article is not None and pane.match_count > 0
        shown = pane.article.id
        # still in the search bar: "peacekeeperszqxz", no article (and no offer: "zz" was
        # respelt "peacekeepers", whose hits are shown since nu66)
        await pilot.press("z", "q", "x", "z")
        await pilot.pause(0.2)  # the search waits for a pause in typing
        await settle(pilot)
        assert reader(app).search_text == "peacekeeperszqxz"
        assert reader(app).total == 0
        assert pane.article is None  # not the last list's article, as if it matched (nu40 #14)
        assert "No article matches “peacekeeperszqxz”." in pane.layout_.lines[0].plain
        assert pane.match_count == 0
        assert "matches (n/N)" not in status(app)
        await pilot.press(*["backspace"] * 4)  # the hits again: their article shown
        await pilot.pause(0.2)
        await settle(pilot)
        assert pane.article is not None and pane.article.id == shown


async def test_removed_boilerplate_toggles(app: BroadsheetApp, built: tuple[Path, Path]) -> None:
    corpus, _ = built
    (corpus / "appeal.txt").write_text(
        "Bridge reopens after repairs\n\nThe bridge reopened on Monday after three months of "
        "repairs, the council said.\n\nA Message from The Bridge Gazette:\nDear readers,\n"
        "Please support us.\nRemind me later.\n"
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        await search(pilot, "bridge")
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert "Dear readers" not in pane_text(app)
        await pilot.press("t")
        await settle(pilot)
        assert "Dear readers" in pane_text(app)
        await pilot.press("t")
        await settle(pilot)
        assert "Dear readers" not in pane_text(app)


async def test_tab_cycles_panes(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("tab")
        assert isinstance(app.focused, ReadingPane)
        await pilot.press("tab")
        assert isinstance(app.focused, Input)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ReadingPane)


async def test_sort_cycles(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reader(app).sort == "relevance" and listed(app)[0] == "harvest.txt"  # newest
        await pilot.press("s")  # no query: "newest" would list the same, passed over (nu58)
        await settle(pilot)
        assert reader(app).sort == "oldest" and listed(app)[0] == "markets.md"
        await pilot.press("s")
        await settle(pilot)
        assert reader(app).sort == "source" and listed(app)[0] == "markets.md"  # Daily Ledger
        await pilot.press("s")
        await settle(pilot)
        assert reader(app).sort == "relevance" and listed(app)[0] == "harvest.txt"
        await search(pilot, "ceasefire")  # a query: relevance, then newest, in the cycle
        await pilot.press("enter", "s")  # enter: to the list (s typed into the search bar)
        await settle(pilot)
        assert reader(app).sort == "newest"


async def test_filter_by_source(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        await pilot.press("down", "enter")  # the first outlet after "All outlets"
        await settle(pilot)
        assert reader(app).source is not None
        assert all(hit.source == reader(app).source for hit in reader(app).articles.hits)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("up", "enter")  # it opens on the outlet in force: up to All outlets
        await settle(pilot)
        assert reader(app).source is None and len(listed(app)) == 4


async def test_update_in_background_with_u(app: BroadsheetApp, built: tuple[Path, Path]) -> None:
    corpus, _ = built
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (corpus / "late.txt").write_text("Late news arrives\n\nA late story about tides.\n")
        await pilot.press("u")
        await settle(pilot)
        assert "late.txt" in listed(app)
        assert "5 articles" in status(app)


async def test_mark_and_compare(app: BroadsheetApp) -> None:
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m")
        assert len(reader(app).articles.marked) == 2
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        screen = app.screen
        assert screen.comparison is not None
        for key in (
            "j",
            "k",
            "right_square_bracket",
            "left_square_bracket",
            "right_curly_bracket",
            "left_curly_bracket",
            "tab",
            "u",
            "u",
            "x",
        ):
            await pilot.press(key)
            await settle(pilot)
        assert screen.ids[0] != reader(app).articles.marked[0]  # swapped
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)
        assert reader(app).articles.cursor == 1  # selection kept


async def test_compare_with_most_similar(app: BroadsheetApp) -> None:
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        while (
            reader(app).articles.current is None
            or reader(app).articles.current.id != "ceasefire.txt"
        ):
            await pilot.press("j")
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.ids[0] == "ceasefire.txt"


async def test_an_offer_s_hits_compare_with_the_offer_lit(app: BroadsheetApp) -> None:
    """nu66: "drougth" lists drought's hits; a comparison from them lights "drought", and
    the quotes of the query are drought's."""
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drougth")
        assert listed(app) == ["harvest.txt"]
        reader(app)._compare("harvest.txt", "ceasefire.txt")  # as `c` opens one
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.search_query == "drought"
        app.pop_screen()
        await settle(pilot)
        reader(app).quote_jump.open()  # as `q` opens the quotes of the query listed
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen) and app.screen.scope.query == "drought"


async def test_help_screen(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")


async def test_query_error_shows_inline(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, '"unclosed')
        note = str(reader(app).query_one("#query-note", Static).render())
        assert "unclosed quote at column 1" in note


async def test_suggestion_is_a_key(app: BroadsheetApp) -> None:
    """A query of one word the index lacks lists its offer's hits, saying so; ctrl+y
    searches it as typed (nothing, "Did you mean"), and ctrl+y then takes the offer (nu66)."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drougth")
        note = str(reader(app).query_one("#query-note", Static).render())
        assert "Showing results for drought; ctrl+y searches instead for drougth" in note
        assert listed(app) == ["harvest.txt"]
        await pilot.press("ctrl+y")
        await pilot.pause(0.2)
        await settle(pilot)
        note = str(reader(app).query_one("#query-note", Static).render())
        assert "Did you mean drought?" in note
        assert listed(app) == []
        await pilot.press("ctrl+y")
        await pilot.pause(0.2)
        await settle(pilot)
        assert reader(app).search_text == "drought"
        assert listed(app) == ["harvest.txt"]
        # typed anew, its offer's hits again (rv75: the first ctrl+y had it searched as
        # typed for good: "No matches. Did you mean drought?")
        await pilot.press("escape", "slash", "ctrl+u", *"drougth")
        await pilot.pause(0.2)
        await settle(pilot)
        note = str(reader(app).query_one("#query-note", Static).render())
        assert reader(app).search_text == "drougth"
        assert "Showing results for drought" in note
        assert listed(app) == ["harvest.txt"]


async def test_watch_words_from_the_palette(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Highlight term")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"ceasefire", "enter")
        await settle(pilot)
        assert reader(app).watch_words == ["ceasefire"]
        assert "watching: ceasefire" in status(app)
        assert reader(app).pane.watch_words


async def test_narrow_layout_stacks(app: BroadsheetApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert reader(app).has_class("-narrow")
        articles, pane = reader(app).articles.region, reader(app).pane.region
        assert pane.y >= articles.bottom  # stacked
        assert articles.right <= 80 and pane.right <= 80


@pytest.mark.parametrize("key", ["Q", "ctrl+q"])
async def test_quit(app: BroadsheetApp, key: str) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        assert app.return_code == 0 or not app.is_running


async def test_help_scrolls_with_the_keyboard(app: BroadsheetApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.body
        assert body.max_scroll_y > 0  # at 80x24 the help is longer than the screen
        await pilot.press("j", "j")
        await pilot.pause()
        assert body.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert body.scroll_y == 1
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 2
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_typing_in_the_outlet_filter_narrows_it(app: BroadsheetApp) -> None:
    """nu15: about 140 outlets could only be scrolled; typed words narrow the list."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources = [name for name, _ in reader(app).library.sources()]
        wanted = sources[-1]
        await pilot.press("f")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, SourcePicker)
        typed = wanted.split()[-1].lower()[:4]
        await pilot.press(*typed)
        await pilot.pause()
        shown = [o.id for o in picker.query_one(OptionList).options]
        assert wanted in shown and "" not in shown  # "All outlets" goes while typing
        assert all(typed in name.casefold() for name in shown if name is not None)
        while picker.query_one(OptionList).highlighted_option.id != wanted:  # type: ignore[union-attr]
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert reader(app).source == wanted
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("z", "q", "x")
        await pilot.pause()
        assert "No outlet" in str(app.screen.query_one(OptionList).options[0].prompt)
        await pilot.press("enter")  # nothing to pick: the picker stays
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
