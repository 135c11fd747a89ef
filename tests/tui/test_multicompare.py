"""The comparison of many articles in the reader: marking, opening, switching the base."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.wirestory import STORY
from tui import keymap
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.screens.multicompare import MultiCompareScreen
from tui.widgets.alignment_table import AlignmentTable
from tui.widgets.heat_map import LEVELS, HeatMap, level

EXTRA = {
    f"other{k}.txt": f"Note {k}\n\nA short note number {k} about the weather.\n" for k in range(6)
}


@pytest.fixture
def story_app(tmp_path: Path) -> BroadsheetApp:
    corpus = write_corpus(tmp_path / "story", STORY)
    rebuild(corpus, tmp_path / "index")
    return BroadsheetApp(corpus, tmp_path / "index")


def reader_over(tmp_path: Path, files: dict[str, str]) -> BroadsheetApp:
    """The reader over a corpus of ``files``, indexed."""
    corpus = write_corpus(tmp_path / "corpus", files)
    rebuild(corpus, tmp_path / "index")
    return BroadsheetApp(corpus, tmp_path / "index")


def toasts(app: BroadsheetApp) -> str:
    """The text of the notifications on screen."""
    return "\n".join(str(toast.render()) for toast in app.screen.query("Toast"))


def text_of(screen: MultiCompareScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def heat_text(screen: MultiCompareScreen) -> str:
    return "\n".join(line.plain for line in screen.query_one(HeatMap).layout_.lines)


async def open_many(pilot, ids: list[str]) -> MultiCompareScreen:  # type: ignore[no-untyped-def]
    app = pilot.app
    articles = reader(app).articles
    for wanted in ids:
        while articles.current is None or articles.current.id != wanted:
            await pilot.press("j" if articles.cursor < len(articles.hits) - 1 else "g")
        await pilot.press("space")
    await pilot.press("c")
    await wait_until(pilot, lambda: isinstance(app.screen, MultiCompareScreen))
    screen = app.screen
    assert isinstance(screen, MultiCompareScreen)
    heat = screen.query_one(HeatMap)
    await wait_until(pilot, lambda: screen.comparison is not None and heat.current is not None)
    await settle(pilot)
    return screen


async def test_three_marked_open_the_heat_map(story_app: BroadsheetApp) -> None:
    async with story_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        assert screen.ids == ["wire.md", "herald.md", "ledger.md"]  # in the order marked
        assert screen.comparison is not None and screen.base == 0
        assert "1 Coast Wire" in text_of(screen, "#many-bases")
        assert "The port authority said on Monday" in heat_text(screen)
        carriers = text_of(screen, "#many-carriers")
        # the wire's first sentence: word for word in the Herald, in other words in the Ledger
        assert "carried by 2 of 2" in carriers
        assert "2 Bay Herald word for word" in carriers
        assert "3 Evening Ledger in other words" in carriers
        only = text_of(screen, "#many-only")
        assert "Only in 1 Coast Wire" in only and "$1.5 billion" not in only


async def test_tab_and_numbers_switch_the_base(story_app: BroadsheetApp) -> None:
    async with story_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "gazette.md"])
        await pilot.press("tab")
        await wait_until(pilot, lambda: "Local fishermen" in heat_text(screen))
        assert screen.base == 1
        assert "Only in 2 Bay Herald" in text_of(screen, "#many-only")
        assert "Dominguez" in text_of(screen, "#many-only")
        assert "40 percent" in text_of(screen, "#many-only")
        await pilot.press("3")
        await wait_until(pilot, lambda: "Queues at the ferry" in heat_text(screen))
        assert "carried by 0 of 2" in text_of(screen, "#many-carriers")
        assert "not in: 1 Coast Wire, 2 Bay Herald" in text_of(screen, "#many-carriers")
        await pilot.press("8")  # no eighth article: the base stays
        await settle(pilot)
        assert screen.base == 2
        await pilot.press("shift+tab", "shift+tab")
        await wait_until(pilot, lambda: screen.base == 0 and "Helen Okafor" in heat_text(screen))


async def test_moving_through_sentences_and_to_the_next_only_here(
    story_app: BroadsheetApp,
) -> None:
    async with story_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["herald.md", "wire.md", "ledger.md"])
        heat = screen.query_one(HeatMap)
        assert heat.current == 0
        await pilot.press("j")
        assert heat.current == 1 and "Sentence 2 of" in text_of(screen, "#many-carriers")
        await pilot.press("k", "k")
        assert heat.current == 0
        await pilot.press("right_square_bracket")
        alone = [c.sentence for c in screen.coverage if c.count == 0]
        assert alone and heat.current == alone[0]
        assert "carried by 0 of 2" in text_of(screen, "#many-carriers")


async def test_escape_returns_with_the_marks_kept(story_app: BroadsheetApp) -> None:
    async with story_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(story_app.screen, MultiCompareScreen)
        assert reader(story_app).articles.marked == ["wire.md", "herald.md", "ledger.md"]


async def test_two_marked_keep_the_side_by_side_view(story_app: BroadsheetApp) -> None:
    async with story_app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "j", "space", "c")
        await wait_until(pilot, lambda: isinstance(story_app.screen, CompareScreen))


async def test_space_marks_and_unmarks_and_paging_moved(story_app: BroadsheetApp) -> None:
    async with story_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = reader(story_app).articles
        first = articles.current
        assert first is not None
        await pilot.press("space")
        assert articles.marked == [first.id] and articles.cursor == 0
        await pilot.press("space")
        assert articles.marked == []
        await pilot.press("ctrl+d")
        assert articles.cursor == len(articles.hits) - 1
        await pilot.press("ctrl+u")
        assert articles.cursor == 0


async def test_at_most_eight_are_marked(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "many", {**STORY, **EXTRA})
    rebuild(corpus, tmp_path / "index")
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 60), notifications=True) as pilot:
        await settle(pilot)
        articles = reader(app).articles
        assert len(articles.hits) == 10
        for _ in range(9):
            await pilot.press("m", "j")
        assert len(articles.marked) == 8 and articles.hits[8].id not in articles.marked
        await wait_until(pilot, lambda: "At most 8" in toasts(app))


def test_help_lists_the_keys_of_the_comparison_of_many() -> None:
    ids = {key.id for key in keymap.help_keys("MultiCompareScreen")}
    assert {"many-next-base", "many-base-1", "many-next-alone", "many-back"} <= ids
    keys = {key.id: key.keys for key in keymap.ALL}
    assert "space" in keys["list-mark"].split(",")
    assert "space" not in keys["list-page-down"].split(",")


@given(st.integers(0, 7), st.integers(1, 7))
def test_shades_grow_with_the_carriers(count: int, others: int) -> None:
    count = min(count, others)
    shade = LEVELS.index(level(count, others))
    assert (shade == 0) == (count == 0)
    assert (shade == len(LEVELS) - 1) == (count == others)
    if count < others:
        assert LEVELS.index(level(count + 1, others)) >= shade


def table_text(screen: MultiCompareScreen) -> list[str]:
    return [line.plain for line in screen.query_one(AlignmentTable).layout_.lines]


async def test_v_shows_the_alignment_table(story_app: BroadsheetApp) -> None:
    async with story_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        await pilot.press("v")
        await wait_until(pilot, lambda: len(table_text(screen)) > 2)
        table = screen.query_one(AlignmentTable)
        assert table.has_focus and not screen.query_one(HeatMap).display
        lines = table_text(screen)
        assert "1 Coast Wire" in lines[0] and "3 Evening Ledger" in lines[0]
        # the wire's first sentence: one row, a cell in each of the three columns
        first = lines[2].split("│")
        assert len(first) == 3 and all(cell.strip() for cell in first)
        # the Herald's "40 percent" sentence is alone in its row: the others' cells blank
        alone = next(line for line in lines if "Local fishermen" in line).split("│")
        assert alone[0].strip() == "" and alone[2].strip() == ""
        assert alone[1].strip().startswith("Local fishermen")
        assert table.current == 0
        await pilot.press("j")
        assert table.current == 1
        await pilot.press("tab")  # the base column leads the order, rows follow it
        await wait_until(pilot, lambda: screen.base == 1 and table.current == 0)
        await pilot.press("v")
        await wait_until(pilot, lambda: screen.query_one(HeatMap).has_focus)


NEARLY = {
    "courier.txt": "Road closed again\nBy Jane Roe, The Eastford Courier\nMarch 3, 2017\n\n"
    "The river road between Millbrook and Eastford was closed again on Friday as floodwaters "
    "rose, county officials said.\n\nResidents were told to stay home.\n",
    "gazette.txt": "Road closed for third day\nBy Ann Poe, Valley Gazette\nMarch 3, 2017\n\n"
    "The river road between Millbrook and Eastford stayed closed on Friday as floodwaters "
    "rose for a third day, county officials said.\n\nResidents were told to stay home.\n",
    "ledger.txt": "Road shut\nBy Bo Day, Bay Herald\nMarch 3, 2017\n\n"
    "The river road between Millbrook and Eastford was closed again on Friday as floodwaters "
    "rose, county officials said.\n\nSchools will open late.\n",
}


async def test_a_reworded_sentence_is_not_called_word_for_word(tmp_path: Path) -> None:
    """nu15 item 5: "stayed closed ... for a third day" against "was closed again" is nearly word
    for word, with its share; the Herald's identical sentence is word for word."""
    app = reader_over(tmp_path, NEARLY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["courier.txt", "gazette.txt", "ledger.txt"])
        carriers = text_of(screen, "#many-carriers")
        assert "carried by 2 of 2" in carriers
        assert "Valley Gazette nearly word for word (" in carriers
        assert "Bay Herald word for word" in carriers, carriers


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_the_legend_says_its_keys_whole(
    story_app: BroadsheetApp, size: tuple[int, int]
) -> None:
    # nu16: at 80x24 the heat map's legend was cut at "tab, 1-8:"
    async with story_app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        legend = text_of(screen, "#many-legend")
        assert legend.rstrip().endswith("v table") or legend.rstrip().endswith("v: table")
        assert legend.startswith("carried by:") and "tab, 1-8: base" in legend, legend
        assert "…" not in legend  # at 80x24 the shades are said short (rv48 #5, fx106)
        words = ("only here", "all others") if size[0] > 80 else ("none", "half+", "all")
        assert all(f" {word} " in legend for word in words), legend
        await pilot.press("v")
        await settle(pilot)
        assert text_of(screen, "#many-legend").rstrip().endswith("heat map")


LONG_OUTLETS = {
    f"long{k}.md": (
        f"---\ntitle: Harbour bridge story number {k} of the week\n"
        f"source: The Harbour City Evening Dispatch {k}\ndate: 2024-04-0{k + 1}\n---\n"
        "The harbour bridge will stay shut for repairs, the council said on Monday.\n"
    )
    for k in range(6)
}


async def test_at_80x24_the_bases_keep_the_title_line(tmp_path: Path) -> None:
    """nu18 #10: at 80x24 the row of outlets wrapped and pushed the base's title out of the
    two lines the header has."""
    corpus = write_corpus(tmp_path / "long", LONG_OUTLETS)
    rebuild(corpus, tmp_path / "index")
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, sorted(LONG_OUTLETS))
        bases = screen.query_one("#many-bases", Static)
        shown = [strip.text for strip in bases.render_lines(bases.size.region)]
        assert len(shown) == 2, shown
        # every base's tab, each outlet said short enough to tell (nu45 #10)
        assert "1 HCED0" in shown[0] and "6 HCED5" in shown[0], shown
        assert "Harbour bridge story number" in shown[1], shown


@pytest.mark.parametrize("size", [(160, 48), (120, 40), (81, 24)])
async def test_the_tables_rule_and_rows_reach_its_right_edge(
    story_app: BroadsheetApp, size: tuple[int, int]
) -> None:
    """nu19 #10: the rule under the outlets stopped ~4 columns short of the table's edge (the
    columns' shares left the remainder of the width unused)."""
    async with story_app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        await pilot.press("v")
        await wait_until(pilot, lambda: len(table_text(screen)) > 2)
        await settle(pilot)
        table = screen.query_one(AlignmentTable)
        room = table.scrollable_content_region.width
        lines = table_text(screen)
        assert lines[1] == "─" * room, (len(lines[1]), room)
        assert all(len(line) in (0, room) for line in lines), {len(line) for line in lines}


def footer_words(screen: MultiCompareScreen) -> set[str]:
    """The words the footer shows for its keys."""
    from textual.widgets._footer import FooterKey

    return {key.description for key in screen.query(FooterKey)}


async def test_the_tables_footer_offers_the_way_back(story_app: BroadsheetApp) -> None:
    """cl24 #5: in the table the footer still said "v Table"; it names the other view."""
    async with story_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        assert "Table" in footer_words(screen) and "Heat map" not in footer_words(screen)
        for table_view in (True, False, True):
            await pilot.press("v")
            await wait_until(pilot, lambda view=table_view: screen.table_view is view)
            await settle(pilot)
            shown = footer_words(screen)
            assert ("Heat map" in shown) is table_view and ("Table" in shown) is not table_view


PARTLY = {
    "first.txt": "Letter due\nBy Al Ash, North Post\nMarch 20, 2017\n\n"
    "Heavy snow closed the passes. The notification of triggering the exit clause will come "
    "in the form of a letter.\n",
    "second.txt": "Exit letter\nBy Cy Dee, South Times\nMarch 20, 2017\n\n"
    "Notice of the historic step will come in the form of a letter from the premier to "
    "the council president, aides told reporters late on Monday evening.\n",
    "third.txt": "Snow\nBy Ed Fox, West Star\nMarch 20, 2017\n\nHeavy snow closed the passes.\n",
}


async def test_a_passage_in_both_is_partly_not_not_in(tmp_path: Path) -> None:
    """nu45 #6: a sentence sharing "will come in the form of a letter" with another outlet's
    is "partly" there, not "not in" it, and not "only in" its own."""
    app = reader_over(tmp_path, PARTLY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["first.txt", "second.txt", "third.txt"])
        await pilot.press("j")
        carriers = text_of(screen, "#many-carriers")
        assert "South Times partly: 8 words the same" in carriers, carriers
        assert "carried by 0 of 2 (1 partly)" in carriers  # not "0 of 2", read as none (nu75)
        assert "not in: " in carriers and "South Times" not in carriers.split("not in: ")[1]
        only = text_of(screen, "#many-only")
        assert "sentences: 0" in only and "partly in others: 1" in only, only
        assert " partly " in text_of(screen, "#many-legend")  # its shade, said
        told: list[str] = []
        screen.notify = lambda message, **_: told.append(message)  # type: ignore[method-assign]
        await pilot.press("k")
        screen.action_alone(1)  # went to the letter's sentence, "only here" (0 carriers)
        assert told == ["No more sentences only this article has"] and screen.sentence == 0
    assert level(0, 2, partly=True) == "partly" and level(0, 2) == "alone"
