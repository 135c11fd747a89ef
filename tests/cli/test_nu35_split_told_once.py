"""nu35 #2: the build's news "'X' split: 1 of its articles is now in 'Y'" came again after
every later update and rebuild. A build tells what it moved; `following` keeps listing the
move until the story is opened."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook import FollowedNews, FollowedStory, Moved
from tests.cli.test_following_cli import boulder_story, following
from tests.cli.test_stories_cli import news, run
from tests.story_corpus import ATLANTA, BOULDER, CORPUS, write_corpus
from tui.news_told import untold

__all__ = ["news"]  # the corpus fixture


def test_a_split_is_told_by_the_update_that_made_it_only(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story)[0] == 0
    _, paper = BOULDER
    retold = dataclasses.replace(ATLANTA[1], id=paper.id, source=paper.source)
    write_corpus(news / "news.jsonl", [a if a is not paper else retold for a in CORPUS])
    code, out, _ = run("index", "update")
    assert code == 0 and "split: 1 of its articles is now in" in out
    for how in ("update", "rebuild", "update"):
        code, out, _ = run("index", how)
        assert code == 0 and "split:" not in out, (how, out)
    [entry] = following()  # still listed until the story is opened
    assert [moved["article"] for moved in entry["moved"]] == [paper.id]  # type: ignore[index]
    code, table, _ = run("following")
    assert code == 0 and "split:" in table


FOLLOWED = FollowedStory("s1", "Storm hits the coast", "2026-12-01T00:00:00Z", None, 4)

# one build's state of the followed story: where each seen article is (None: removed, "s1":
# still in it), whether the story is gone, and the articles new in it (nu38 #11)
states = st.tuples(
    st.dictionaries(st.sampled_from("abcd"), st.sampled_from([None, "s1", "s2", "s3"])),
    st.booleans(),
    st.sets(st.sampled_from("wxyz")),
)


def news_of(where: dict[str, str | None], gone: bool, new: set[str]) -> FollowedNews:
    moved = tuple(Moved(a, s) for a, s in sorted(where.items()) if s not in (None, "s1"))
    removed = tuple(a for a, s in sorted(where.items()) if s is None)
    kept = tuple(a for a, s in sorted(where.items()) if s == "s1")
    joined = () if gone else tuple(sorted(new))
    return FollowedNews(FOLLOWED, None if gone else kept + joined, joined, moved, removed)


def told(news: list[FollowedNews]) -> set[tuple[str, ...]]:
    return {
        *(("moved", m.article, m.story) for n in news for m in n.moved),
        *(("removed", a) for n in news for a in n.removed),
        *(("gone",) for n in news if n.gone),
        *(("new", a) for n in news for a in n.new),
    }


@settings(max_examples=60, deadline=None)
@given(builds=st.lists(states, min_size=1, max_size=6))
def test_each_build_tells_what_changed_since_the_one_before(
    builds: list[tuple[dict[str, str | None], bool, set[str]]],
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        before: set[tuple[str, ...]] = set()
        for where, gone, new in builds:
            news = news_of(where, gone, new)
            now = told([news])
            said = untold(Path(folder), [news])
            # the oracle: what there is to tell now, less what the build before told
            fresh = now - before
            if gone and ("gone",) in before and fresh <= {("gone",)}:
                assert said == []
            else:
                [one] = said
                assert told([one]) == fresh | ({("gone",)} if gone else set())
                assert one.articles == news.articles
            before = now
