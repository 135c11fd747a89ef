"""rv34: an update that removes one article joins two unrelated undated articles.

The generated corpus of `tests.analysis.test_story_copies` (seed 6: 20 articles, 6
stories) has two undated articles, e1-5 and e3-3, each a story alone. Removing nearly any
other article by an update (e0-1, e2-0, e3-4; also e0-0 once a one-word edit of it is
present, the case the brief asked about: a copy group whose original is deleted) leaves 5
stories, e1-5 and e3-3 under one id; a rebuild of the same articles keeps them apart.
Found reviewing sd33 (stories 13), but the same on int33 before sd33's merge (c14a2fe):
not caused by the fold, not fixed by it. Fixed by fs34: `story_split` groups undated articles
with every undated article they reach, as a build does.
"""

from __future__ import annotations

import dataclasses

import pytest

from index.analysis.stories import StoryArticle, StoryModel
from tests.analysis.test_story_copies import _corpus, _stories


def _with_copy(articles: list[StoryArticle]) -> list[StoryArticle]:
    """``articles`` and a one-word edit of the first ("reportedly" inserted)."""
    original = articles[0]
    words = original.body.split()
    body = " ".join([*words[:6], "reportedly", *words[6:]])
    return [*articles, dataclasses.replace(original, id=original.id + "~copy", body=body)]


@pytest.mark.parametrize(
    ("copy", "removed"), [(False, "e0-1"), (False, "e2-0"), (False, "e3-4"), (True, "e0-0")]
)
def test_a_removal_moves_no_other_article(copy: bool, removed: str) -> None:
    articles = _corpus(6)
    if copy:
        articles = _with_copy(articles)
    left = [a.id for a in articles if a.id != removed]
    built = StoryModel.build(articles)
    updated = built.update(removed=[removed])
    rebuilt = StoryModel.build([a for a in articles if a.id != removed])
    assert built.story_of("e1-5") != built.story_of("e3-3")  # apart before
    assert _stories(updated, left) == _stories(rebuilt, left)
    assert updated.story_of("e1-5") != updated.story_of("e3-3")
