"""A one-word edit of an article must move no other article's story (issue 16, nu34 #5).

It did before stories 13: a near copy weighed its original twice in the average linkage and
counted its words twice in the IDF and the rare terms (`bench.stories_copy_split`: 17 of 247
held-out AllSides events lost an article). Near copies now fold into one member (sd33); the
generated corpus is `tests.analysis.test_story_copies`'s, whose hypothesis form checks more."""

from __future__ import annotations

import dataclasses

from index.analysis.stories import StoryModel
from tests.analysis.test_story_copies import _corpus, _stories


def test_a_one_word_edit_moves_no_other_article() -> None:
    articles = _corpus(0)
    original = articles[15]
    words = original.body.split()
    edited = ["reportedly", *words]  # one word inserted at the start
    copy = dataclasses.replace(original, id=original.id + "~copy", body=" ".join(edited))
    ids = [a.id for a in articles]
    alone = StoryModel.build(articles)
    grown = StoryModel.build([*articles, copy])
    assert _stories(grown, ids) == _stories(alone, ids)
