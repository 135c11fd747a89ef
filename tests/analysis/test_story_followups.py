"""`story_followups.later_related` over generated corpora: what it lists holds to its
definition (after the story, outside it, at or above the floor, best first), a smaller
limit is a prefix and a higher floor a subset (fu34); `in_date_order` sorts the closest by
date (nu48 #7); a later wire naming two of the story's companies needs only
`ACTORS_FLOOR` (st46)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_followups import (
    ACTORS_FLOOR,
    FOLLOWUP_FLOOR,
    in_date_order,
    later_related,
)
from tests.analysis.test_stories import BOULDER, CORPUS
from tests.cli.test_followups_cli import EARLIER, FOLLOW_UP, UNRELATED

POOL = (*CORPUS, FOLLOW_UP, UNRELATED, EARLIER)


@st.composite
def corpora(draw: st.DrawFn) -> list[StoryArticle]:
    """The Boulder story and a few others, each other article moved by up to 20 days."""
    others = draw(st.lists(st.sampled_from(POOL[len(BOULDER) :]), unique=True, max_size=8))
    shifts = draw(st.lists(st.integers(-20, 20), min_size=len(others), max_size=len(others)))
    moved = [
        replace(a, date=None if a.date is None else a.date + timedelta(days=d))
        for a, d in zip(others, shifts, strict=True)
    ]
    return [*BOULDER, *moved]


@settings(max_examples=25, deadline=None)
@given(corpora(), st.integers(1, 4), st.floats(0.0, 0.6))
def test_what_is_listed_holds_to_the_definition(
    articles: list[StoryArticle], limit: int, floor: float
) -> None:
    model = StoryModel.build(articles)
    members = [a.id for a in BOULDER]
    story_of = {a.id: model.story_of(a.id) for a in articles}
    dates = {a.id: a.date for a in articles}
    last = max(dates[m] for m in members if dates[m] is not None)  # type: ignore[type-var]
    whole = later_related(model, members, limit=10**6, floor=floor)
    for article_id, likeness in whole:
        assert article_id not in members
        assert story_of[article_id] not in {story_of[m] for m in members}
        assert dates[article_id] is not None and dates[article_id] > last  # type: ignore[operator]
        assert floor <= likeness <= 1.0
    assert whole == sorted(whole, key=lambda kv: (-kv[1], kv[0]))
    assert later_related(model, members, limit=limit, floor=floor) == whole[:limit]
    higher = later_related(model, members, limit=10**6, floor=floor + 0.1)
    assert higher == [kv for kv in whole if kv[1] >= floor + 0.1]
    told = in_date_order(model, whole[:limit])  # the closest few, as a list reads them
    assert sorted(told) == sorted(whole[:limit])
    when = [(dates[a], a) for a, _ in told]
    assert when == sorted(when)  # type: ignore[type-var]


def test_the_week_on_report_is_listed_the_unrelated_and_earlier_not() -> None:
    model = StoryModel.build([*CORPUS, FOLLOW_UP, UNRELATED, EARLIER])
    found = later_related(model, [a.id for a in BOULDER])
    assert [article_id for article_id, _ in found] == [FOLLOW_UP.id]
    assert found[0][1] >= FOLLOWUP_FLOOR
    # asked of one of its articles, the story's later one is no follow-up: it is in the story
    inside = {a.id for a in BOULDER}
    assert not {a for a, _ in later_related(model, [BOULDER[0].id], floor=0.0)} & inside


def _wire(key: str, title: str, body: str, hours: int) -> StoryArticle:
    return StoryArticle(
        key, title, body, "Reuters", datetime(1987, 3, 4, 15) + timedelta(hours=hours)
    )


BID = [
    _wire(
        "b1",
        "GLOBAL AIR <GLA> MAKES MERGER OFFER FOR NORTHAIR <NRA>",
        "Global Air Corp said it offered to buy Northair Inc for 52 dlrs a share in cash, a"
        " bid worth about 1.6 billion dlrs. Global Air said the merger would create a large"
        " carrier in the east.",
        0,
    ),
    _wire(
        "b2",
        "NORTHAIR <NRA> HAS NO COMMENT ON GLOBAL AIR <GLA> OFFER",
        "Northair Inc said it had no comment on the merger offer from Global Air Corp, which"
        " bid 52 dlrs a share for the carrier.",
        1,
    ),
]
REPLY = _wire(
    "r",
    "NORTHAIR <NRA> REJECTS GLOBAL AIR <GLA> TAKEOVER BID",
    "The board of Northair turned the proposal down, calling it inadequate and saying the"
    " company would stay independent. Directors met overnight in Pittsburgh.",
    18,
)
ONE_COMPANY = _wire(
    "t",
    "GLOBAL AIR <GLA> FEBRUARY LOAD FACTOR RISES",
    "Global Air Corp, whose merger offer for Northair Inc stands at 52 dlrs a share, said its"
    " February load factor rose to 61.2 pct.",
    19,
)


def test_a_reply_naming_the_storys_two_companies_is_listed_under_the_floor() -> None:
    # nu48's "USAIR <U> REJECTS TWA <TWA> TAKEOVER BID" (0.264) for the TWA bid story, in
    # words of my own: the reply names both companies, the load-factor wire one of them
    model = StoryModel.build([*BID, REPLY, ONE_COMPANY])
    alike = {r.id: r.likeness for b in BID for r in model.related(b.id, 10)}
    assert ACTORS_FLOOR <= alike["r"] < FOLLOWUP_FLOOR  # under the plain floor...
    assert ACTORS_FLOOR <= alike["t"] < FOLLOWUP_FLOOR  # ...as is the one-company wire
    found = later_related(model, ["b1", "b2"])
    assert [a for a, _ in found] == ["r"]
    assert later_related(model, ["b1", "b2"], actors_floor=FOLLOWUP_FLOOR) == []  # the old rule
