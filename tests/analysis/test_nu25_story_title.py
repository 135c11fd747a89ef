"""nu25 #8, fixed by tb23 (an update titles the stories it changed as a rebuild does): an
update that removed the article whose headline titled a story left the story titled by an
article no longer in it; a rebuild titles it by one of its articles. Found on a real corpus:
allsides as-5629-left removed, `broadsheet story` still showed its headline ("Drugmakers
seek FDA ... molnupiravir")."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams

DAY = datetime(2017, 2, 13)
BODY = (
    "The spillway of the Oroville dam in California was damaged and nearly two hundred "
    "thousand people living below the dam were told to leave their homes on Sunday evening."
)
TITLES = [
    "Oroville dam spillway damaged, thousands told to leave",
    "Evacuation ordered below Oroville dam",
    "California orders Oroville evacuation as spillway erodes",
    "Oroville: residents flee as dam spillway fails",
]
OUTLETS = ["BBC News", "CNN", "Al Jazeera", "RTE"]


@settings(max_examples=10, deadline=None)
@given(size=st.integers(3, 4), hours=st.lists(st.integers(0, 30), min_size=4, max_size=4))
def test_a_story_is_titled_by_one_of_its_articles_after_an_update(
    size: int, hours: list[int]
) -> None:
    corpus = [
        StoryArticle(f"{k:03d}.txt", TITLES[k], BODY, OUTLETS[k], DAY + timedelta(hours=h), None)
        for k, h in enumerate(hours[:size])
    ]
    params = StoryParams()
    [story] = StoryModel.build(corpus, params=params).stories()
    gone = next(a.id for a in corpus if a.title == story.title)
    updated = StoryModel.build(corpus, params=params).update(removed=[gone])
    titles = {a.id: a.title for a in corpus if a.id != gone}
    for left in updated.stories():
        assert left.title in {titles[i] for i in left.article_ids}
