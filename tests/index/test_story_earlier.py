"""A close article outside a story, dated before its first, is named (issue 16, nu51 #1):
checked against an oracle over generated related lists (`index.story_earlier`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.story_view import timeline
from index.models import RelatedArticle, Story, StoryMember
from index.related_floor import WEAKER_SCORE
from index.story_earlier import MOST, earlier_outside

DAY = datetime(2021, 10, 18)  # the story's first: a day alone
MEMBERS = [
    StoryMember("m0", "T0", "Epoch", DAY, None),
    StoryMember("m1", "T1", "Quartz", DAY, None),
]

row_facts = st.tuples(
    st.booleans(),  # same story
    st.one_of(st.none(), st.integers(-4, 1), st.integers(-30, 30).map(lambda h: h / 2 + 0.25)),
    st.sampled_from([0.0, 0.01, WEAKER_SCORE, 0.05, 0.2]),
    st.booleans(),  # its own nearest article is of the story
)
"""A related row of the first: same story or not; date (None, whole days from the first's
day: a day alone; or hours: a time); score; whether its own nearest is a member."""


def _date(code: int | float | None) -> datetime | None:
    if code is None:
        return None
    return DAY + (timedelta(days=code) if isinstance(code, int) else timedelta(hours=code))


def _related(facts: list[tuple[bool, int | float | None, float, bool]]):  # type: ignore[no-untyped-def]
    rows = [
        RelatedArticle(f"r{k}", f"R{k}", "NYT", _date(code), score, same, (), False, False, 0.5)
        for k, (same, code, score, _) in enumerate(facts)
    ]
    nearest = {f"r{k}": "m1" if near else "x9" for k, (*_, near) in enumerate(facts)}
    asked: list[tuple[str, int]] = []

    def related(article_id: str, limit: int) -> list[RelatedArticle]:
        asked.append((article_id, limit))
        if article_id == "m0":
            return rows[:limit]
        other = nearest[article_id]
        return [RelatedArticle(other, "", None, None, 0.1, False, (), False, False, 0.1)]

    return related, rows, asked


def oracle(facts: list[tuple[bool, int | float | None, float, bool]]) -> list[str]:
    """Rows outside the story on an earlier day than the first's day alone (a time on its day
    orders nothing against a day alone), scoring the floor or more, whose nearest is a
    member: in the list's order, `MOST` at most."""
    found = [
        f"r{k}"
        for k, (same, code, score, near) in enumerate(facts[:10])
        if not same
        and code is not None
        and _date(code).date() < DAY.date()  # type: ignore[union-attr]
        and score >= WEAKER_SCORE
        and near
    ]
    return found[:MOST]


@settings(max_examples=200, deadline=None)
@given(st.lists(row_facts, max_size=12))
@example([(False, -3, 0.05, True)])  # nu51 #1: NYT three days before, alone, near Quartz
@example([(False, -3, 0.05, False)])  # an earlier event of its own: its nearest is elsewhere
@example([(False, -3, 0.01, True)])  # under the related list's floor
@example([(False, -0.75, 0.2, True)])  # the evening before, timed: earlier
@example([(False, 3.5, 0.2, True)])  # its day, timed: a day alone orders nothing within it
def test_earlier_outside_names_what_the_oracle_does(
    facts: list[tuple[bool, int | float | None, float, bool]],
) -> None:
    ids = tuple(m.id for m in MEMBERS)
    story = Story("s1", "T0", ids, ("Epoch", "Quartz"), "m0", DAY, DAY)
    told = timeline(story, MEMBERS)
    assert told.first is not None and told.first.id == "m0"  # tied: Epoch by name
    related, _, _ = _related(facts)
    assert [r.id for r in earlier_outside(told, related)] == oracle(facts)


def test_a_story_without_a_first_names_none() -> None:
    undated = [StoryMember("m0", "T0", "Quartz", None, None)]
    told = timeline(Story("s1", "T0", ("m0",), ("Quartz",), "m0", None, None), undated)
    related, _, asked = _related([(False, -3, 0.2, True)])
    assert earlier_outside(told, related) == () and asked == []
