"""`C` on a story compares its outlets at once: which articles it picks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.models import StoryMember
from tests.analysis.test_stories import BOULDER, BOULDER_LATE, OTHERS
from tests.story_corpus import write_corpus
from tests.tui.conftest import settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.screens.story import ONE_OUTLET, StoryScreen, outlets_first, sole_outlet
from tui.widgets.story_list import StoryList

SOURCES = st.sampled_from(["Reuters", "reuters", "AP", "BBC", "CNN", "Fox", None, "NYT", "WSJ"])


def members(sources: list[str | None]) -> list[StoryMember]:
    return [StoryMember(f"a{i}", f"t{i}", s, None, None) for i, s in enumerate(sources)]


def test_one_article_per_outlet_first_ones_first() -> None:
    story = members(["Reuters", "AP", "Reuters", "BBC", "ap"])
    assert outlets_first(story) == ["a0", "a1", "a3"]


def test_two_outlets_are_filled_up_to_three_articles() -> None:
    story = members(["Reuters", "Reuters", "AP", "AP"])
    assert outlets_first(story) == ["a0", "a2", "a1"]


@given(st.lists(SOURCES, max_size=30))
def test_picks_are_unique_bounded_and_one_per_outlet(sources: list[str | None]) -> None:
    story = members(sources)
    picked = outlets_first(story)
    assert len(picked) == len(set(picked)) <= 8
    assert set(picked) <= {m.id for m in story}
    outlets = {s.casefold() for s in sources if s} | {i for i, s in enumerate(sources) if not s}
    assert len(picked) == min(8, max(len(outlets), min(3, len(story))))
    if len(outlets) >= 3:  # each outlet once, by its first article
        firsts: dict[object, str] = {}
        for i, m in enumerate(story):
            firsts.setdefault(m.source.casefold() if m.source else i, m.id)
        assert picked == list(firsts.values())[:8]


@given(st.lists(SOURCES, min_size=1, max_size=12))
def test_a_sole_outlet_is_one_named_outlet_for_every_article(sources: list[str | None]) -> None:
    story = members(sources)
    named = {s.casefold() for s in sources if s}
    alone = sole_outlet(story)
    if len(named) == 1 and None not in sources:
        assert alone is not None and alone.casefold() in named
    else:
        assert alone is None


async def test_capital_c_on_a_story_of_one_outlet_says_why_and_c_compares(
    tmp_path: Path,
) -> None:
    """sm32: `C` ("compare the story's outlets") on a story that one outlet ran compared its
    articles as if they were outlets, or said nothing; it says why, and `c` still works."""
    boulder = [replace(a, source="Wire A") for a in (*BOULDER, BOULDER_LATE)]
    write_corpus(tmp_path / "news" / "news.jsonl", [*boulder, *OTHERS])
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        found = app.screen.query_one(StoryList)
        found.highlighted = max(range(len(found.stories)), key=lambda n: found.stories[n].size)
        await pilot.press("enter")
        await settle(pilot)
        story = app.screen
        assert isinstance(story, StoryScreen)
        await wait_until(pilot, lambda: story.timeline is not None)
        assert {m.source for m in story.timeline.articles} == {"Wire A"}
        assert story.timeline.story.size >= 2
        await pilot.press("C")
        await settle(pilot)
        assert app.screen is story
        said = [str(n.message) for n in app._notifications]
        assert ONE_OUTLET.format("Wire A") in said, said
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
