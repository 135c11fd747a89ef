"""`C` on a story compares its outlets at once: which articles it picks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.models import StoryMember
from tui.screens.story import outlets_first

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
