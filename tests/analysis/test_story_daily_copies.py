"""One outlet's daily report copied across days is not folded as one article (st41, issue 16).

`story_daily.not_copies` keeps the grouping's fold of near copies (`story_copies.originals`)
from making one article of the Fed's daily "FED ADDS RESERVES VIA CUSTOMER REPURCHASES":
checked against the rule written out, by the stories a build and an update make of a
generated daily series, and by corpora without one (rule on and off give the same stories).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import story_build, story_update
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_daily import not_copies
from tests.analysis.pair_rows import daily_rows

DAY = datetime(1987, 3, 2, 14)
TEXT = (
    "The Federal Reserve entered the government securities market to arrange customer"
    " repurchase agreements for the banking system, a spokesman for the central bank said"
    " in New York. Dealers said federal funds were trading at the usual rate when the"
    " reserve bank began its temporary and indirect supply of reserves to the banks, as it"
    " does on most mornings when the reserve need is large. The amount was {figure} mln"
    " dlrs."
)


def report(key: str, day: int, figure: int, source: str = "Wire", hour: int = 0) -> StoryArticle:
    """One day's report in the form the wire files every day: a near copy of the others."""
    title = "FED ADDS RESERVES VIA CUSTOMER REPURCHASES"
    return StoryArticle(
        key, title, TEXT.format(figure=figure), source, DAY + timedelta(days=day, hours=hour)
    )


codes = st.sampled_from([-1, 0, 1])
shapes = st.sampled_from([0, 1, 2])
days = st.sampled_from([-1, 0, 1])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(codes, codes, shapes, shapes, days, days, st.sampled_from([0.5, 0.999, 1.0])),
        max_size=30,
    ),
    st.lists(st.sampled_from([0, 1, 2]), min_size=60, max_size=60),
)
def test_not_copies_matches_the_rule_written_out(
    rows: list[tuple[int, int, int, int, int, int, float]], digests: list[int]
) -> None:
    source, found, (i, j, s) = daily_rows(rows)
    series = (source, np.zeros(len(source)), np.zeros(len(source)), found)
    kept = not_copies((i, j, s), series)[0]
    want = [
        2 * k
        for k, (a, b, fa, fb, da, db, v) in enumerate(rows)
        if not (v >= 0.999 and a == b >= 0 and fa == fb != 0 and da != db >= 0 and da >= 0)
    ]
    assert kept.tolist() == want
    # a third column, the text's digest (0 unknown): the same text again is a resend
    texts = np.array(digests[: len(source)], np.int64)[:, None]
    series = (*series[:3], np.hstack((found, texts)))
    kept = not_copies((i, j, s), series)[0]
    resent = [texts[2 * k, 0] == texts[2 * k + 1, 0] != 0 for k in range(len(rows))]
    assert kept.tolist() == sorted(set(want) | {2 * k for k in range(len(rows)) if resent[k]})
    assert not_copies((i, j, s), None)[0] is i
    assert not_copies((i, j, s), series[:3])[0] is i


def _fold_always(pairs: object, series: object) -> object:
    """The rule off: every near copy folded, as before st41."""
    return pairs


@settings(max_examples=12, deadline=None)
@given(
    st.integers(2, 6), st.integers(1, 5), st.lists(st.integers(100, 999), min_size=6, unique=True)
)
def test_a_daily_series_never_shares_a_story_across_days(
    n: int, first: int, figures: list[int]
) -> None:
    series = [report(f"d{k}", k, figures[k]) for k in range(n)]
    series.append(report("again", 0, figures[0], hour=3))  # that day's repeat: its story
    built = StoryModel.build(series)
    first = min(first, n)
    updated = StoryModel.build(series[:first]).update(series[first:])
    for model in (built, updated):
        stories = [model.story_of(a.id) for a in series]
        assert len(set(stories[:n])) == n  # each day its own story
        assert stories[-1] == stories[0]
    assert len(set(built.story_of(a.id) for a in series)) == n


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 3), st.integers(100, 999))
def test_a_wire_sent_again_word_for_word_on_another_day_is_one_article(
    later: int, figure: int
) -> None:
    # Tokyo's morning is the evening before in UTC: the same wire sent again is a resend
    wires = [report("sent", 0, figure, hour=8), report("resent", later, figure, hour=1)]
    for model in (StoryModel.build(wires), StoryModel.build(wires[:1]).update(wires[1:])):
        assert model.story_of("sent") == model.story_of("resent")


def test_the_series_folds_with_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_build, "not_copies", _fold_always)
    series = [report(f"d{k}", k, 100 + k) for k in range(4)]
    model = StoryModel.build(series)
    assert len({model.story_of(a.id) for a in series}) == 1  # the copies are near copies


@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Wire", "Paper", "Post"]), st.integers(0, 3), st.integers(0, 9)),
        min_size=1,
        max_size=6,
        unique_by=lambda x: x[0],  # one outlet, one day: no daily series
    )
)
def test_copies_of_other_outlets_or_one_day_group_as_before(
    wires: list[tuple[str, int, int]],
) -> None:
    articles = [report(f"w{k}", day, 100 + f, source) for k, (source, day, f) in enumerate(wires)]
    articles += [report("same-day", wires[0][1], 500, wires[0][0], hour=5)]
    on = StoryModel.build(articles)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(story_build, "not_copies", _fold_always)
        patch.setattr(story_update, "not_copies", _fold_always)
        off = StoryModel.build(articles)
        off_updated = StoryModel.build(articles[:1]).update(articles[1:])
    on_updated = StoryModel.build(articles[:1]).update(articles[1:])
    ids = [a.id for a in articles]
    assert [on.story_of(x) for x in ids] == [off.story_of(x) for x in ids]
    part = {x: on_updated.story_of(x) for x in ids}
    part_off = {x: off_updated.story_of(x) for x in ids}
    assert _partition(part) == _partition(part_off)


def _partition(stories: dict[str, str | None]) -> set[frozenset[str]]:
    groups: dict[str | None, set[str]] = {}
    for key, story in stories.items():
        groups.setdefault(story, set()).add(key)
    return {frozenset(g) for g in groups.values()}
