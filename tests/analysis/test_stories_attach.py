"""Lone articles attached to the story they clearly belong to; headline words of addresses."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import linkage
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.vectors import url_words

DAY = datetime(2021, 8, 30, 20)


def pairs_of(raw: dict[tuple[int, int], float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    keys = sorted(raw)
    return (
        np.array([k[0] for k in keys], dtype=np.int64),
        np.array([k[1] for k in keys], dtype=np.int64),
        np.array([raw[k] for k in keys], dtype=np.float32),
    )


def attach_by_hand(
    labels: list[int], raw: dict[tuple[int, int], float], floor: float, margin: float
) -> list[frozenset[int]]:
    """The oracle: the rule of `attach_lone` written out article by article."""
    size = {g: labels.count(g) for g in set(labels)}
    moved = list(labels)
    for x, own in enumerate(labels):
        if size[own] != 1:
            continue
        totals: dict[int, float] = {}
        for (a, b), s in raw.items():
            if x in (a, b):
                other = labels[b if a == x else a]
                totals[other] = totals.get(other, 0.0) + s
        averages = sorted(((t / size[g], g) for g, t in totals.items()), reverse=True)
        if not averages:
            continue
        best, group = averages[0]
        ties = [g for avg, g in averages if avg == best]
        group = min(ties)
        runner_up = max((avg for avg, g in averages if g != group), default=0.0)
        if size[group] >= 2 and best >= floor and best >= margin * runner_up:
            moved[x] = group
    out: dict[int, set[int]] = {}
    for x, g in enumerate(moved):
        out.setdefault(g, set()).add(x)
    return sorted(frozenset(g) for g in out.values())  # type: ignore[type-var]


def partition(labels: np.ndarray) -> list[frozenset[int]]:
    out: dict[int, set[int]] = {}
    for x, g in enumerate(labels.tolist()):
        out.setdefault(g, set()).add(x)
    return sorted(frozenset(g) for g in out.values())  # type: ignore[type-var]


def test_a_third_angle_joins_the_pair_it_clearly_belongs_to() -> None:
    # 0-1 a pair; 2 scores 0.2 with each (under the 0.3 threshold) and nothing else;
    # 3 scores 0.2 with the pair but 0.15 with 4: no clear first choice, so it stays alone
    raw = {(0, 1): 0.6, (0, 2): 0.2, (1, 2): 0.2, (1, 3): 0.4, (3, 4): 0.15}
    labels = linkage.average_link(5, pairs_of(raw), 0.3)
    assert partition(labels) == [frozenset({0, 1}), frozenset({2}), frozenset({3}), frozenset({4})]
    attached = linkage.attach_lone(labels, pairs_of(raw), 0.15, 2.0)
    assert frozenset({0, 1, 2}) in partition(attached)
    assert frozenset({3}) in partition(attached)


def test_two_lone_articles_never_attach_to_each_other() -> None:
    raw = {(0, 1): 0.25}
    labels = linkage.average_link(2, pairs_of(raw), 0.3)
    assert linkage.attach_lone(labels, pairs_of(raw), 0.15, 2.0).tolist() == [0, 1]


def test_groups_are_numbered_by_their_lowest_article_after_attaching() -> None:
    raw = {(1, 2): 0.9, (0, 1): 0.2, (0, 2): 0.2}
    labels = linkage.average_link(4, pairs_of(raw), 0.3)
    assert labels.tolist() == [0, 1, 1, 2]
    assert linkage.attach_lone(labels, pairs_of(raw), 0.15, 2.0).tolist() == [0, 0, 0, 1]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(2, 14).flatmap(
        lambda m: st.tuples(
            st.just(m),
            st.dictionaries(
                st.tuples(st.integers(0, m - 1), st.integers(0, m - 1)).filter(
                    lambda k: k[0] < k[1]
                ),
                st.integers(1, 100).map(lambda v: v / 100),
                max_size=40,
            ),
        )
    ),
    st.sampled_from([0.1, 0.2, 0.3]),
    st.sampled_from([1.0, 1.5, 2.0, 3.0]),
)
def test_attach_lone_matches_the_rule_written_out(
    case: tuple[int, dict[tuple[int, int], float]], floor: float, margin: float
) -> None:
    m, raw = case
    labels = linkage.average_link(m, pairs_of(raw), 0.5)
    attached = linkage.attach_lone(labels, pairs_of(raw), floor, margin)
    # float32 scores: compare with the oracle on the same rounded values
    rounded = {k: float(np.float32(v)) for k, v in raw.items()}
    assert partition(attached) == attach_by_hand(labels.tolist(), rounded, floor, margin)


def test_assign_follows_the_same_rule() -> None:
    story_of = np.array([0, 0, 1, -1])
    sizes = np.array([2.0, 1.0])
    partners = np.array([0, 1, 2])
    # average 0.2 to story 0, 0.05 to story 1: attached (0.2 >= 0.15 and >= 2 x 0.05)
    assert (
        linkage.assign(3, partners, np.array([0.2, 0.2, 0.05]), story_of, sizes, 0.3, 0.15, 2) == 0
    )
    # a close runner-up: alone
    assert (
        linkage.assign(3, partners, np.array([0.2, 0.2, 0.15]), story_of, sizes, 0.3, 0.15, 2) == -1
    )
    # without the rule (its defaults) only the threshold counts
    assert linkage.assign(3, partners, np.array([0.2, 0.2, 0.05]), story_of, sizes, 0.3) == -1
    # a lone story is never joined by the rule, only by the threshold
    assert (
        linkage.assign(3, partners, np.array([0.0, 0.0, 0.2]), story_of, sizes, 0.3, 0.15, 2) == -1
    )


EVACUATION = (
    StoryArticle(
        "kabul-wire",
        "Last US military flight leaves Kabul, ending America's longest war",
        "The last US military planes left Kabul airport on Monday, the commander of US Central "
        "Command announced at the Pentagon, completing the withdrawal from Afghanistan and "
        "ending a twenty-year war.",
        "Wire A",
        DAY,
    ),
    StoryArticle(
        "kabul-paper",
        "Final US flight departs Afghanistan as withdrawal is completed",
        "The final US military flight departed Kabul airport shortly before midnight, the "
        "Pentagon said, completing the withdrawal of American troops from Afghanistan after "
        "twenty years.",
        "Paper B",
        DAY + timedelta(hours=2),
    ),
    StoryArticle(
        "kabul-angle",
        "Critics recall pledge to stay until every American was out",
        # (its text says "flight" and "Kabul": the address's slug words count only where
        # the text has them, fx34b)
        "As the last US flight left Kabul, critics replayed an interview in which the "
        "president pledged that troops would stay until every American citizen was evacuated.",
        "Paper C",
        DAY + timedelta(hours=3),
        "https://example.com/2021/08/30/last-us-flight-leaves-kabul-critics-recall-pledge/",
    ),
)


def test_a_story_told_from_another_angle_is_kept_whole_in_builds_and_updates() -> None:
    built = StoryModel.build(EVACUATION)
    assert len({built.story_of(a.id) for a in EVACUATION}) == 1
    # without the attachment (nor the rare-term support: in three articles every shared
    # term is rare) the angle stays apart
    strict = StoryModel.build(EVACUATION, params=StoryParams(attach_floor=1.0, rare_bonus=0.0))
    assert strict.story_of("kabul-angle") != strict.story_of("kabul-wire")
    updated = StoryModel.build(EVACUATION[:2]).update([EVACUATION[2]])
    assert updated.story_of("kabul-angle") == updated.story_of("kabul-wire")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (
            "https://www.cnn.com/2021/10/18/politics/qualified-immunity-supreme-court/index.html",
            "qualified immunity supreme court",
        ),
        ("http://www.rte.ie/news/2017/0327/862972-berlin-coin/", ""),  # 2 words: no slug
        (
            "http://www.dw.com/en/black-hole-eats-star/a-37436483?maca=en-rss-en-all-1573-rdf",
            "black hole eats star",
        ),
        ("https://www.reuters.com/article/us-usa-budget-idUSKBN2HA1XY", ""),  # a section
        (
            "https://www.reuters.com/article/us-usa-budget-senate-vote-idUSKBN2HA1XY",
            "us usa budget senate vote",
        ),
        ("http://europe.chinadaily.com.cn/epaper/2016-12/16/content_27685674.htm", ""),
        ("https://example.com/", ""),
        (None, ""),
        ("", ""),
    ],
)
def test_url_words_read_the_headline_slug(url: str | None, words: str) -> None:
    assert url_words(url) == words
