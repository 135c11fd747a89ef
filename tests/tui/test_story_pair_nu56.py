"""`c` on a story's screen compares articles of two outlets first (nu56 #7: on a story of
Al Jazeera x4 and DW x1 it compared two Al Jazeera articles), or two of the user's marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.models import StoryMember
from tui.story_pick import story_pair

SOURCES = st.sampled_from(["Al Jazeera", "al jazeera", "DW", "TASS", None])


def members(sources: list[str | None]) -> list[StoryMember]:
    return [StoryMember(f"a{i}", f"t{i}", s, None, None) for i, s in enumerate(sources)]


def outlet(member: StoryMember) -> str:
    return member.source.casefold() if member.source else f"\0{member.id}"


def test_nu56_story_of_four_al_jazeera_and_one_dw() -> None:
    story = members(["Al Jazeera"] * 4 + ["DW"])
    ids = [m.id for m in story]
    assert story_pair(story, ids, "a0", []) == ("a0", "a4")  # was a0 against a1, both AJ
    assert story_pair(story, ids, "a2", []) == ("a2", "a4")  # the cursor's against DW's
    assert story_pair(story, ids, "a4", []) == ("a0", "a4")
    assert story_pair(story, ids, "a0", ["a3", "nosuch", "a1"]) == ("a1", "a3")  # marks


@given(
    sources=st.lists(SOURCES, min_size=2, max_size=10),
    data=st.data(),
)
def test_two_outlets_first_marks_over_all(sources: list[str | None], data: st.DataObject) -> None:
    story = members(sources)
    copies = set(data.draw(st.lists(st.sampled_from([m.id for m in story]), max_size=3)))
    counted = [m.id for m in story if m.id not in copies]
    if len(counted) < 2:
        return
    current = data.draw(st.sampled_from(counted))
    marked = data.draw(st.lists(st.sampled_from([m.id for m in story] + ["x"]), max_size=4))
    first, second = story_pair(story, counted, current, marked)
    assert first != second and {first, second} <= set(counted)
    order = [m.id for m in story]
    assert order.index(first) < order.index(second)  # in the story's order
    ours = [i for i in dict.fromkeys(marked) if i in counted]
    if len(ours) >= 2:
        assert {first, second} == set(ours[:2])
        return
    assert current in (first, second)
    by_id = {m.id: m for m in story}
    other = second if first == current else first
    kept = [by_id[i] for i in counted]
    if len({outlet(m) for m in kept}) > 1:  # two outlets when the story has them
        assert outlet(by_id[other]) != outlet(by_id[current])
        # the earliest other outlet's first article
        assert other == next(m.id for m in kept if outlet(m) != outlet(by_id[current]))
    if current == counted[0] and len({outlet(m) for m in kept}) > 1:
        firsts: dict[str, str] = {}
        for m in kept:
            firsts.setdefault(outlet(m), m.id)
        assert [first, second] == list(firsts.values())[:2]
