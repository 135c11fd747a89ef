"""The story screen's outlet rows say "same day" (or "same time") only when some outlet
follows later (nu83 #1: on a story whose outlets all tie, every row said "same day", the head
having said "First: 3 articles the same day" once). Oracle: the outlets' first days, counted
here from the generated dates, not from `tied_and_later`."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_view import timeline
from index.models import Story, StoryMember
from tui.screens.story import grouped

DAY = datetime(2021, 3, 22)
OUTLETS = ("CNN", "BBC News", "Fox News", "The Hill")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(OUTLETS), st.integers(0, 2)), min_size=2, max_size=7))
def test_rows_say_the_tie_only_when_someone_follows(rows: list[tuple[str, int]]) -> None:
    members = [
        StoryMember(f"a{k}", f"T{k}", outlet, DAY + timedelta(days=days), None)
        for k, (outlet, days) in enumerate(sorted(rows, key=lambda r: r[1]))
    ]
    ids = tuple(m.id for m in members)
    story = Story("s", "T0", ids, tuple(dict.fromkeys(o for o, _ in rows)), "a0", DAY, DAY)
    told = timeline(story, members)
    firsts: dict[str, int] = {}
    for outlet, days in rows:
        firsts[outlet] = min(days, firsts.get(outlet, days))
    start = min(firsts.values())
    heads = {str(o.prompt).split("  ")[0]: str(o.prompt) for o in grouped(told) if o.disabled}
    assert set(heads) == set(firsts)
    tied = [o for o, d in firsts.items() if d == start]
    if len(tied) == 1:  # one outlet ran first: its row says so
        assert heads[tied[0]] == f"{tied[0]}  first"
    elif all(d == start for d in firsts.values()):  # all tie: no row labelled
        assert all(head == outlet for outlet, head in heads.items())
    elif len(tied) > 1:  # some tie, some follow: the tied rows say it
        assert all(heads[o] == f"{o}  same day" for o in tied)
    for outlet, days in firsts.items():
        if days > start:
            lag = days - start
            assert heads[outlet] == f"{outlet}  {'next day' if lag == 1 else f'+{lag} days'}"
