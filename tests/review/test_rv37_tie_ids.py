"""rv37 #2: fx57's tie rule (the larger story takes an earlier story's id) makes a rebuild
end a followed story's id that an update keeps, where main kept it in both.

Story O is three copies at 0 h, 120 h and 240 h (the middle one bridges the ends); story
P is two at 480 h. An update removes the bridge and adds a copy at 360 h: O's 0 h article
is alone, its 240 h one joins P. O's two remaining articles tie, one each. `_story_names`
(build) now gives O to the larger story, which P's two articles claim, so O's id ends and
the 0 h article gets a new id ("...-2"); the update's `split._name` sorts every ballot and
gives O to the 0 h story when the larger is taken. Before fx57 the tie went to the earlier
story in both, and O stayed on its clean continuation (a reader's star too).
"""

from __future__ import annotations

import numpy as np

from index.analysis.stories import StoryModel, StoryParams
from index.analysis.story_build import _story_names
from tests.analysis.test_story_tie_order import _article


def _ids(model: StoryModel) -> dict[frozenset[str], str]:
    return {frozenset(story.article_ids): story.id for story in model.stories()}


def test_an_update_and_a_rebuild_name_a_tied_split_alike() -> None:
    params = StoryParams()
    corpus = [_article(k, "BBC News", h) for k, h in enumerate([0, 120, 240, 480, 480])]
    before = StoryModel.build(corpus, params=params)
    followed = before.story_of("000.txt")
    assert len(before.stories()) == 2  # the premise: O = 0-120-240 h, P = 480 h twice
    added = _article(5, "BBC News", 360)
    updated = before.update(added=[added], removed=[corpus[1].id])
    others = [a for k, a in enumerate(corpus) if k != 1] + [added]
    rebuilt = StoryModel.build(others, params=params, previous=before)
    assert frozenset({"000.txt"}) in _ids(rebuilt)  # the premise: the 0 h copy is alone
    assert _ids(updated) == _ids(rebuilt)
    assert rebuilt.story_of("000.txt") == followed


def test_a_removal_that_moves_an_undated_copy_names_alike() -> None:
    """A removal alone does it: O is an undated copy and two at 0 h (BBC, CNN, BBC), P two
    at 240 h. Removing one 0 h article sends the undated copy to P's story: O ties 1-1, and
    the rebuild ends O's id where the update (and main, both ways) keeps it on the 0 h one.
    Found by random histories (seeded) of removals and additions against a rebuild: 5 of
    300 name differently with fx57, none of those without it."""
    params = StoryParams()
    rows = [("BBC News", 240), ("CNN", 240), ("BBC News", None), ("CNN", 0), ("BBC News", 0)]
    corpus = [_article(k, outlet, hours) for k, (outlet, hours) in enumerate(rows)]
    before = StoryModel.build(corpus, params=params)
    followed = before.story_of("003.txt")
    assert before.story_of("002.txt") == followed != before.story_of("000.txt")  # premise
    updated = before.update(removed=[corpus[4].id])
    rebuilt = StoryModel.build(corpus[:4], params=params, previous=before)
    assert _ids(updated) == _ids(rebuilt)
    assert rebuilt.story_of("003.txt") == followed


def test_a_tied_old_story_stays_on_the_part_no_other_story_claims() -> None:
    old = {"b": "O", "a": "O", "x": "P", "y": "P"}

    class Previous:
        def story_of(self, article_id: str) -> str | None:
            return old.get(article_id)

    labels = np.array([0, 1, 1, 1])  # {b}, {a, x, y}: P takes the second, O ties 1-1
    names = _story_names(labels, np.array([0, 1]), ["b", "a", "x", "y"], Previous())
    assert names == ["O", "P"]
