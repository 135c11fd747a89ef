"""rv73: reports seconds or minutes after the first were "+0h" (lags are to a tenth of an
hour) and their rows said "same time", yet the tie was told by exact instants: `story` read
"first: 1 article the same time, 2021-10-18 10:00 UTC: CNN" and CNBC, at 10:00:30, was named
nowhere in the head (not tied, not followed), and ``first_tied`` held the first alone.
Oracles over generated timed stories: the tie's outlets are the first's and those
`tied_and_later` ties; every dated outlet is said in the head once, as tied or as a
follower; a lag of 0 hours in the JSON is a tie; a quote carried by the same articles ties
the same articles (`quote_tied`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import Occurrence, QuoteGroup
from index.analysis.story_view import timeline
from index.models import Story, StoryMember, StoryTimeline
from tui.cli.story_records import timeline_record
from tui.quote_text import quote_tied
from tui.screens.story import summary
from tui.story_first import first_tied, tied_and_later

START = datetime(2021, 10, 18, 10, 0)
OUTLETS = ["CNN", "CNBC", "Fox News", "The Hill"]

member_facts = st.tuples(
    st.sampled_from(OUTLETS),
    st.one_of(st.integers(0, 600), st.integers(0, 40).map(lambda m: m * 60)),
)
"""An article's outlet and its time, in seconds after 10:00 (to 10 minutes; or whole
minutes to 40)."""


def _told(facts: list[tuple[str, int]]) -> tuple[list[StoryMember], StoryTimeline]:
    members = sorted(
        (
            StoryMember(f"a{k}", f"T{k}", source, START + timedelta(seconds=secs), None)
            for k, (source, secs) in enumerate(facts)
        ),
        key=lambda m: (m.date, m.id),
    )
    ids = tuple(m.id for m in members)
    sources = tuple(dict.fromkeys(m.source for m in members if m.source))
    dates = [m.date for m in members if m.date is not None]
    story = Story("s1", "T", ids, sources, ids[0], min(dates), max(dates))
    return members, timeline(story, members)


@settings(max_examples=150, deadline=None)
@given(st.lists(member_facts, min_size=2, max_size=6))
@example([("CNN", 0), ("CNBC", 30), ("Fox News", 3600)])  # the tz corpus of the review
@example([("CNN", 0), ("CNBC", 179), ("CNBC", 181)])  # 0.0 h and 0.1 h after
def test_a_tie_is_told_at_the_lags_precision(facts: list[tuple[str, int]]) -> None:
    members, told = _told(facts)
    assert told.first is not None
    tied, later = tied_and_later(told)
    together = first_tied(told)
    if tied:
        assert {m.source for m in together} == {told.first.source, *tied}
    else:
        assert together == []
    # every outlet is said once in the head: the first, tied, or a follower
    said = [str(told.first.source), *tied, *(lag.source for lag in later)]
    assert sorted(said) == sorted({str(m.source) for m in members})
    head = summary(told).plain
    for source in said:
        assert source in head, (source, head)
    # the JSON: a lag of 0 hours is a tie (or the first itself), a tie's articles are listed
    record = timeline_record(told)
    zero = {lag["source"] for lag in record["lags"] if lag["hours_after_first"] == 0}
    assert zero == {told.first.source, *tied}
    assert record["first_tied"] == [m.id for m in together]
    # a quote carried by the same articles ties the same ones
    occurrences = tuple(
        Occurrence(
            m.id, m.source, m.date.isoformat() if m.date else None, 0, 1, "w", None, "same", ()
        )
        for m in members
    )
    group = QuoteGroup("q", "w", None, occurrences, members[0].id)
    assert set(quote_tied(group)) == {m.id for m in together}
