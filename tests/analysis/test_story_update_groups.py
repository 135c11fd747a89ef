"""An update keeps the near copies a rebuild has when a passage's group crosses
`pairs.MAX_PASSAGE_GROUP` (st87, issue 16): the oracle is `StoryModel.build` of the same
articles, whose neighbour lists hold its near copies (`story_copies.stored_copies`)."""

from __future__ import annotations

import itertools
from datetime import datetime

from index.analysis import pairs as P
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_copies import stored_copies

DAY = datetime(2017, 2, 13)
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ru",
    "te",
    "vo",
    "zan",
    "pel",
    "dor",
    "fis",
    "gu",
    "hem",
    "jat",
    "kor",
    "lun",
    "mav",
    "nep",
]
_WORDS = ["".join(p) for p in itertools.product(_SYLLABLES, repeat=3)]


def _text(start: int, count: int) -> str:
    return " ".join(_WORDS[start : start + count])


BOILERPLATE = _text(0, 50)  # many fingerprints, held by every article


def _article(k: int, shared: bool = False) -> StoryArticle:
    """Article ``k``: a lead of its own words, or (``shared``, k = 0 or 1) of the words
    the two share, k = 1 with a few more; then the boilerplate, most of each: while it
    counts, every article is a near copy of every other; without it, a000 and a001 alone."""
    own = _text(400 + 9 * k, 9)
    if shared:
        own = _text(200, 90) + (" " + _text(300, 3) if k == 1 else "")
    return StoryArticle(
        id=f"a{k:03d}", title=f"Report {_WORDS[1000 + k]}", body=f"{own}. {BOILERPLATE}", date=DAY
    )


def _copies(model: StoryModel) -> set[tuple[str, str]]:
    arrays, ids = model.parts().arrays, model.parts().meta["ids"]
    i, j, _ = stored_copies(arrays["neighbours"], arrays["scores"])
    return {tuple(sorted((ids[a], ids[b]))) for a, b in zip(i.tolist(), j.tolist(), strict=True)}


def _articles(n: int) -> list[StoryArticle]:
    return [_article(k, shared=k < 2) for k in range(n)]


def test_the_boilerplate_makes_copies_while_it_counts() -> None:
    assert ("a002", "a003") in _copies(StoryModel.build(_articles(P.MAX_PASSAGE_GROUP)))
    assert _copies(StoryModel.build(_articles(P.MAX_PASSAGE_GROUP + 1))) == {("a000", "a001")}


def test_an_update_taking_a_passage_past_the_limit_drops_the_copy_for_good() -> None:
    articles = _articles(P.MAX_PASSAGE_GROUP + 2)
    model = StoryModel.build(articles[: P.MAX_PASSAGE_GROUP])
    grown = model.update(articles[P.MAX_PASSAGE_GROUP : P.MAX_PASSAGE_GROUP + 1])
    assert _copies(grown) == _copies(StoryModel.build(articles[: P.MAX_PASSAGE_GROUP + 1]))
    later = grown.update(articles[P.MAX_PASSAGE_GROUP + 1 :])  # read back from the lists
    assert _copies(later) == _copies(StoryModel.build(articles))


def test_an_update_taking_a_passage_under_the_limit_finds_the_copy() -> None:
    articles = _articles(P.MAX_PASSAGE_GROUP + 3)
    model = StoryModel.build(articles[:-1])
    gone = {a.id for a in articles[2:5]}
    shrunk = model.update(articles[-1:], gone)
    rest = [a for a in articles if a.id not in gone]
    assert ("a000", "a001") in _copies(StoryModel.build(rest))
    assert _copies(shrunk) == _copies(StoryModel.build(rest))
