"""Story ids across an update that pairs two lone articles (st48's `pair_lone`; issue 16:
"story ids stay stable across updates").

rv58: the id oracles (`test_story_rebuild_ids`, `test_story_update_split`) run with the tuned
parameters, under which their generated corpora never pair two lone articles (0 joins in
230 builds and updates). Here the linkage threshold is out of reach, so every article is
left alone and `pair_lone` (its tuned floor and margin) joins some (47 to 76 joins in a
run of 40 cases): the ids must follow the README's rule between the model before an
update and after it, and after a rebuild given it. (That an update groups as a rebuild
does is not asked here: at this threshold they differ without the rule too, rv58's note.)
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from tests.analysis.test_stories import articles_strategy
from tests.analysis.test_story_rebuild_ids import assert_ids_follow_the_rule, members

PAIRING = StoryParams(threshold=0.99)
"""Average linkage joins almost nothing; `pair_lone` joins the clear mutual best pairs."""


def _unique(articles: list[StoryArticle]) -> list[StoryArticle]:
    return [dataclasses.replace(a, id=f"{a.id}-{k}") for k, a in enumerate(articles)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy.map(_unique), st.lists(st.integers(0, 25), max_size=3))
def test_the_ids_follow_the_rule_across_updates_that_pair_lone_articles(
    articles: list[StoryArticle], cuts: list[int]
) -> None:
    bounds = sorted({0, len(articles), *(c % (len(articles) + 1) for c in cuts)})
    bounds += [len(articles)] * (2 - len(bounds))
    model = StoryModel.build(articles[: bounds[1]], params=PAIRING)
    for lo, hi in itertools.pairwise(bounds[1:]):
        updated = model.update(articles[lo:hi])
        assert_ids_follow_the_rule(members(model), members(updated))
        rebuilt = StoryModel.build(articles[:hi], params=PAIRING, previous=model)
        assert_ids_follow_the_rule(members(model), members(rebuilt))
        model = updated


def test_an_undated_article_added_beside_a_pair_joins_it_as_in_a_rebuild() -> None:
    """rv58's case 2 (st50): the update placed its new undated article before its regroup
    paired the two dated ones, and never asked it again (only earlier undated articles
    were): it stayed alone where a rebuild attaches it to the pair."""
    day = datetime(2021, 3, 22)
    corpus = [
        StoryArticle("a-0", "", "harbour", date=day + timedelta(hours=1)),
        StoryArticle("a-1", "harbour", "", date=day),
        StoryArticle("a-2", "", "harbour strike"),
    ]
    model = StoryModel.build(corpus[:1], params=PAIRING)
    updated = model.update(corpus[1:])
    rebuilt = StoryModel.build(corpus, params=PAIRING, previous=model)
    assert sorted(map(sorted, members(rebuilt).values())) == [["a-0", "a-1", "a-2"]]
    assert members(updated) == members(rebuilt)
