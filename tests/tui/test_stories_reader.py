"""Pilot tests of stories in the reader: `S` lists stories, a story's screen, `r` related."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList, Static

from index.store.build import rebuild
from tests.story_corpus import ATLANTA, BOULDER, write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.related import RelatedDialog
from tui.missing_data import NO_STORIES, NO_STORIES_RELATED
from tui.screens.compare import CompareScreen
from tui.screens.story import StoryScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.story_list import StoryList, content_width
from tui.widgets.story_row import sparkline


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")  # built with its stories


def stories(app: BroadsheetApp) -> StoryList:
    return reader(app).query_one(StoryList)


def titles(app: BroadsheetApp) -> list[str]:
    return [s.title for s in stories(app).stories]


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


async def show_stories(pilot: Any) -> None:
    """Wait for the reader's first list, then switch it to the stories (`S`)."""
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)


def story_text(app: BroadsheetApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_s_switches_the_list_between_articles_and_stories(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert not stories(news).display and reader(news).articles.display
        await pilot.press("S")
        await settle(pilot)
        assert stories(news).display and not reader(news).articles.display
        assert news.focused is stories(news)
        assert len(titles(news)) == 3 and BOULDER[0].title in titles(news)
        assert all(s.size == 2 for s in stories(news).stories)
        await pilot.press("S")
        await settle(pilot)
        assert reader(news).articles.display and isinstance(news.focused, ArticleList)


async def test_a_query_lists_the_stories_whose_articles_match(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await search(pilot, "spas")
        assert [set(s.article_ids) for s in stories(news).stories] == [{a.id for a in ATLANTA}]
        await search(pilot, " eclipse")
        assert stories(news).stories == []
        assert "No stories match" in str(stories(news).get_option_at_index(0).prompt)


async def test_a_misspelt_query_is_offered_the_articles_lists_respelling(
    news: BroadsheetApp,
) -> None:
    # nu16: `S` then `/gorsuh` said only "No stories match"; the articles list offered
    # gorsuch: the story list offers the same respelling. Since fx169 it lists the offer's
    # stories, as the article list its hits: as typed (ctrl+y), it offers the respelling
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await search(pilot, "atlantta")
        assert stories(news).stories != []
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: stories(news).stories == [])
        assert str(stories(news).get_option_at_index(0).prompt) == (
            "No stories match 'atlantta'.\nDid you mean: atlanta?"
        )


async def test_a_corpus_without_stories_says_why(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"  # four articles, each alone
    app = BroadsheetApp(seeds, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert stories(app).stories == []
        shown = str(stories(app).get_option_at_index(0).prompt)
        # wrapped to the list's width (fx138, nu56 #8: the first line was cut "on the…")
        width = content_width(stories(app))
        assert width is not None and all(len(line) <= width for line in shown.split("\n"))
        assert " ".join(shown.split("\n")) == (
            "No stories yet: a story needs two articles on the same event; "
            "these 4 articles each stand alone."
        )
        # a query finds no story: it says how many articles match (was "No stories match
        # 'peacekeep*'", as if none did)
        await search(pilot, "peacekeep*")
        assert str(stories(app).get_option_at_index(0).prompt) == (
            "3 articles match 'peacekeep*';\nnone is in a story of 2 or more."
        )
        await pilot.press("enter")  # out of the bar (S typed there went into the query, and
        await settle(pilot)  # `r` read the article the pane kept: fx169, nu67 #9)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("enter")  # the top hit in the pane
        await settle(pilot)
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, RelatedDialog))
        # the seeds' undated articles (one subject: UN peacekeepers in Ukraine) meet the
        # dated ones by content (st23): listed as related, never as story-mates
        assert isinstance(app.screen, RelatedDialog) and app.screen.related
        assert not any(r.same_story for r in app.screen.related)


async def test_opening_a_story_shows_its_timeline_and_back(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        index = titles(news).index(BOULDER[0].title)
        stories(news).highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(news.screen, StoryScreen)
        await wait_until(pilot, lambda: news.screen.timeline is not None)  # type: ignore[attr-defined]
        head = story_text(news, "#story-head")
        assert BOULDER[0].title in head and "2 articles · 2 outlets" in head
        assert "First: Wire A, 2021-03-22 20:00" in head and "Paper B +3h" in head
        chart = story_text(news, "#story-chart")
        assert chart == "One day, 2021-03-22: one article an outlet"  # one line (nu83 #2)
        await pilot.press("escape")
        await settle(pilot)
        assert news.screen is reader(news) and news.focused is stories(news)


async def test_reading_an_article_of_a_story(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        stories(news).highlighted = titles(news).index(ATLANTA[0].title)
        await pilot.press("enter")
        await settle(pilot)
        articles = news.screen.query_one(OptionList)
        assert articles.highlighted is not None
        await pilot.press("j")  # past the second outlet's heading
        chosen = news.screen.current  # type: ignore[attr-defined]
        assert chosen == "atlanta-paper"
        await pilot.press("o")
        await settle(pilot)
        assert news.screen is reader(news)
        article = reader(news).pane.article
        assert article is not None and article.id == "atlanta-paper"


async def test_c_in_a_story_compares_with_its_first(news: BroadsheetApp) -> None:
    async with news.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        story = news.screen.timeline  # type: ignore[attr-defined]
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(news.screen, CompareScreen)
        outlet = {m.id: m.source for m in story.articles}  # two outlets when it has them (nu56 #7)
        assert (
            len(set(outlet.values())) < 2
            or outlet[news.screen.ids[0]] != outlet[news.screen.ids[1]]
        )


async def test_r_lists_related_articles_and_opens_one(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "atlanta")
        await pilot.press("enter")  # to the list
        await settle(pilot)
        current = reader(news).articles.current
        assert current is not None and current.id in {a.id for a in ATLANTA}
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(news.screen, RelatedDialog)
        first = news.screen.related[0]
        assert first.same_story and first.id in {a.id for a in ATLANTA} - {current.id}
        await pilot.press("enter")
        await settle(pilot)
        assert news.screen is reader(news)
        article = reader(news).pane.article
        assert article is not None and article.id == first.id


async def test_without_stories_the_list_says_why(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    rebuild(tmp_path / "news", tmp_path / "index")  # no derived data
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert "no stories yet" in str(stories(app).get_option_at_index(0).prompt)


async def test_without_stories_the_reader_names_the_key_that_adds_them(tmp_path: Path) -> None:
    """After `index rebuild --no-stories` a new user read "run `broa…" (cut) in the list at
    80x24 and "related failed: … run `broadsheet index update`" on `r`: `u` adds them."""
    write_corpus(tmp_path / "news" / "news.jsonl")
    rebuild(tmp_path / "news", tmp_path / "index")  # no derived data
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index", config_dir=tmp_path / "config")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")  # no article open yet: the reader says so
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert NO_STORIES_RELATED in said, said
        await pilot.press("S")
        await settle(pilot)
        row = str(stories(app).get_option_at_index(0).prompt)
        assert row == NO_STORIES and "broadsheet" not in row
        assert all(len(line) < stories(app).size.width - 2 for line in row.splitlines())
        await pilot.press("u")  # the update adds them, and the list shows them
        await wait_until(pilot, lambda: stories(app).option_count > 1, seconds=60)


def test_sparkline_bins_days_and_scales_to_the_busiest() -> None:
    assert sparkline([1, 0, 4]) == "▂ █"
    assert sparkline([]) == ""
    assert sparkline([1] * 28, width=14) == "█" * 14
    assert len(sparkline(list(range(100)), width=14)) <= 14


async def test_capital_c_in_a_story_compares_its_outlets_at_once(news: BroadsheetApp) -> None:
    from tui.screens.multicompare import MultiCompareScreen

    async with news.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        story = news.screen
        assert isinstance(story, StoryScreen) and story.timeline is not None
        outlets = {m.source for m in story.timeline.articles}
        await pilot.press("C")
        await settle(pilot)
        if len(outlets) >= 3 or len(story.timeline.articles) >= 3:
            assert isinstance(news.screen, MultiCompareScreen)
            assert len(news.screen.ids) >= 3
        else:
            assert isinstance(news.screen, CompareScreen)


# nu13: search, `S`, `/`, `esc` emptied the bar but the pane kept lighting the old word
# ("1 match (n/N)"); the article list already cleared it.
def lit(app: BroadsheetApp) -> bool:
    return bool(reader(app).pane.highlighter)


async def test_clearing_the_query_in_the_stories_list_unlights_the_pane(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "spas")
        await pilot.press("enter")  # to the list
        await wait_until(pilot, lambda: reader(news).pane.article is not None)
        assert lit(news)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("slash", "backspace", "enter")  # cleared (esc keeps it: nu40 #9)
        await pilot.pause(0.2)
        await settle(pilot)
        assert reader(news).search_text == ""
        assert not lit(news)
        assert not reader(news).highlighter
        assert reader(news).pane.match_count == 0 and "(n/N)" not in status(news)
        await pilot.press("S")  # back to the articles: still nothing lit
        await settle(pilot)
        assert not lit(news)


async def test_a_query_typed_in_the_stories_list_lights_the_pane(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await search(pilot, "spas")
        await wait_until(pilot, lambda: reader(news).pane.article is not None)
        await settle(pilot)
        assert lit(news) and reader(news).pane.match_count > 0


async def test_the_pane_border_follows_an_article_opened_from_a_story(news: BroadsheetApp) -> None:
    """nu17 #2: after `S`, the border kept the previous article's "★ pinned · …"."""
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(news)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        pinned = screen.pane.article
        assert pinned is not None
        await pilot.press("p")
        await wait_until(pilot, lambda: "★ pinned" in str(screen.pane.border_title))
        other = next(a.id for a in ATLANTA + BOULDER if a.id != pinned.id)
        screen._read(other)  # as a story's or a related article is opened
        await wait_until(
            pilot, lambda: screen.pane.article is not None and screen.pane.article.id == other
        )
        await settle(pilot)
        assert not screen.pane.border_title
        screen._read(pinned.id)
        await wait_until(pilot, lambda: "★ pinned" in str(screen.pane.border_title))


async def test_back_in_articles_the_pane_shows_the_row_under_the_cursor(
    news: BroadsheetApp,
) -> None:
    """nu18 #6: after `S` `S` the pane kept the story list's article while the cursor was
    on another row."""
    from tui.widgets.reading_pane import ReadingPane

    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("j", "j")  # the pane follows the story list's cursor
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        pane = reader(news).query_one(ReadingPane).article
        current = reader(news).articles.current
        assert pane is not None and current is not None and pane.id == current.id
