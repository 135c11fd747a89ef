"""A followed story across a rebuild and an update that move its articles (nu33 #1):
`index rebuild` keeps the ids the updates gave, and `following` (text and JSON) and the
update's news say which articles are in another story now."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryModel
from tests.analysis.test_stories import DAY
from tests.cli.test_following_cli import FOLLOWING_KEYS, boulder_story, following
from tests.cli.test_stories_cli import news, run
from tests.story_corpus import ATLANTA, BOULDER, CORPUS, write_corpus

__all__ = ["news"]  # the corpus fixture

EARLY = dataclasses.replace(
    BOULDER[1], id="boulder-early", source="Paper E", date=DAY + timedelta(hours=19)
)
"""A report of the Boulder shooting earlier than the story's first: a rebuild not told of
the previous stories named the story after it (a new id)."""


def story_ids() -> dict[str, str]:
    code, out, _ = run("stories", "--json", "--min-articles", "1")
    assert code == 0
    return {a: s["id"] for s in json.loads(out) for a in s["articles"]}


def test_a_rebuild_keeps_the_ids_an_update_gave(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story)[0] == 0
    write_corpus(news / "news.jsonl", (*CORPUS, EARLY))
    assert run("index", "update")[0] == 0
    before = story_ids()
    assert before[EARLY.id] == story  # the update placed it in the followed story
    code, out, _ = run("index", "rebuild")
    assert code == 0 and "moved" not in out and "split" not in out
    assert story_ids() == before  # nothing changed: no id did either
    [entry] = following()
    assert entry["story"] == story and entry["gone"] is False
    assert entry["moved"] == [] and entry["removed"] == []


def test_an_article_that_leaves_a_followed_story_is_told_as_moved(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story)[0] == 0
    atlanta = story_ids()[ATLANTA[0].id]
    # the paper's file now tells the Atlanta shootings: its article moves to that story
    wire, paper = BOULDER
    retold = dataclasses.replace(ATLANTA[1], id=paper.id, source=paper.source)
    write_corpus(news / "news.jsonl", [a if a is not paper else retold for a in CORPUS])
    code, out, _ = run("index", "update")
    assert code == 0
    assert "'Gunman kills ten at Boulder supermarket' split: 1 of its articles is now in" in out
    [entry] = following()
    assert set(entry) == FOLLOWING_KEYS
    assert entry["story"] == story and entry["articles"] == [wire.id]
    assert entry["moved"] == [
        {"article": paper.id, "story": atlanta, "title": entry["moved"][0]["title"]}  # type: ignore[index]
    ]
    assert entry["removed"] == []
    code, table, _ = run("following")
    assert code == 0 and f"{paper.id} -> {atlanta}" in table and "split" in table
    # following again takes the story as it is: the move was told
    assert run("follow", story)[0] == 0
    assert following()[0]["moved"] == []
    code, out, _ = run("index", "update")
    assert code == 0 and "split" not in out


def test_an_article_deleted_from_a_followed_story_is_listed(news: Path) -> None:
    """rv33 #4: the update's news and `following` say it left the index, and which one,
    with no "0 new" beside it."""
    story = boulder_story()
    assert run("follow", story)[0] == 0
    wire, paper = BOULDER
    write_corpus(news / "news.jsonl", [a for a in CORPUS if a is not paper])
    code, out, _ = run("index", "update")
    assert code == 0
    assert "'Gunman kills ten at Boulder supermarket': 1 of its articles left the index" in out
    assert "0 new in" not in out
    [entry] = following()
    assert entry["removed"] == [paper.id] and entry["articles"] == [wire.id]
    code, table, _ = run("following")
    assert code == 0 and f"{paper.id} left the index" in table


def test_the_news_line_names_where_the_articles_went() -> None:
    from index.notebook import FollowedNews, FollowedStory, Moved
    from tui import followed_lines
    from tui.screens.follow_mode import followed_row

    followed = FollowedStory("s1", "Storm hits the coast", "2026-12-01T00:00:00Z", None, 6)
    moved = (
        Moved("a", "s2", "Floods close schools"),
        Moved("b", "s2", "Floods close schools"),
        Moved("c", "s3", None),
        Moved("d", "s4", "Ferry cancelled"),
        Moved("e", "s5", "Power cut"),
    )
    news = FollowedNews(followed, ("f",), (), moved, ("g",))
    assert followed_lines.news_line(news) == (
        "'Storm hits the coast' split: 2 of its articles are now in 'Floods close schools', "
        "1 in 's3', 2 in 2 others; 1 of its articles left the index"
    )
    news = FollowedNews(followed, ("f", "h"), ("h",), moved[:1])
    assert followed_lines.news_line(news) == (
        "1 new in 'Storm hits the coast'; split: 1 of its articles is now in 'Floods close schools'"
    )
    gone = FollowedNews(followed, None, (), moved[:2])  # all it had is in another story
    assert followed_lines.news_line(gone) == (
        "'Storm hits the coast' is gone: 2 of its articles are now in 'Floods close schools'"
    )
    assert followed_lines.news_line(FollowedNews(followed, ("f",), ("f",))) == (
        "1 new in 'Storm hits the coast'"
    )
    # the story list's row: ★, then the new and moved counts before the title
    story = StoryModel.build(CORPUS).stories()[0]
    row = followed_row(story, FollowedNews(followed, ("f", "h"), ("h",), moved[:2]))
    assert row.plain.startswith("★ 1 new · 2 moved · ")
    # the notebook screen's line (`b`)
    from tui.screens.notebook_rows import _story_item

    item = _story_item(FollowedNews(followed, ("f", "h"), ("h",), moved[:2]))
    assert item.label.plain.endswith("2 articles · 1 new · 2 moved, now in 'Floods close schools'")
    assert _story_item(gone).label.plain.endswith(
        "gone: 2 of its articles are now in 'Floods close schools'"
    )
    item = _story_item(FollowedNews(followed, ("f",), (), moved))
    assert item.label.plain.endswith(
        "1 article · 0 new · 5 moved, now in 'Floods close schools' and 3 other stories"
    )


def test_the_news_line_tells_removed_articles_without_a_zero_count() -> None:
    """rv33 #4: only removed says how many left (no "0 new"); a gone story that had some
    moved and some deleted says both, and so does its notebook line."""
    from index.notebook import FollowedNews, FollowedStory, Moved
    from tui import followed_lines
    from tui.screens.notebook_rows import _story_item

    followed = FollowedStory("s1", "Storm hits the coast", "2026-12-01T00:00:00Z", None, 4)
    only_removed = FollowedNews(followed, ("a",), (), (), ("g", "h"))
    assert followed_lines.news_line(only_removed) == (
        "'Storm hits the coast': 2 of its articles left the index"
    )
    assert _story_item(only_removed).label.plain.endswith("1 article · 0 new · 2 left the index")
    new_and_removed = FollowedNews(followed, ("a", "b"), ("b",), (), ("g",))
    assert followed_lines.news_line(new_and_removed) == (
        "1 new in 'Storm hits the coast'; 1 of its articles left the index"
    )
    gone = FollowedNews(followed, None, (), (Moved("a", "s2", "Floods close schools"),), ("g",))
    assert followed_lines.news_line(gone) == (
        "'Storm hits the coast' is gone: 1 of its articles is now in 'Floods close schools'; "
        "1 of its articles left the index"
    )
    assert _story_item(gone).label.plain.endswith(
        "gone: 1 of its articles is now in 'Floods close schools'; 1 of its articles left the index"
    )
    assert followed_lines.news_line(FollowedNews(followed, ("a",), ())) == (
        "0 new in 'Storm hits the coast'"
    )


@settings(max_examples=80, deadline=None)
@given(
    into=st.lists(st.sampled_from(["s2", "s3", "s4", "s5"]), min_size=1, max_size=6),
    fresh=st.dictionaries(st.sampled_from(["s2", "s3", "s4", "s5"]), st.integers(1, 3)),
)
def test_the_split_line_says_the_new_articles_where_the_moved_ones_are(
    into: list[str], fresh: dict[str, int]
) -> None:
    """fl43: each of the two stories named (most moved articles, then id) says how many of
    its articles the followed story had not seen; the others and a story with none, nothing."""
    from index.notebook import FollowedNews, FollowedStory, Moved
    from tui import followed_lines

    followed = FollowedStory("s1", "Storm hits the coast", "2026-12-01T00:00:00Z", None, 6)
    moved = tuple(Moved(f"a{k}", story, f"Title {story}") for k, story in enumerate(into))
    new = tuple((s, tuple(f"n{s}{k}" for k in range(n))) for s, n in sorted(fresh.items()))
    news = FollowedNews(followed, ("f",), (), moved, moved_new=new)
    line = followed_lines.news_line(news)
    plain = followed_lines.news_line(FollowedNews(followed, ("f",), (), moved))
    counts = {story: into.count(story) for story in into}
    named = sorted(counts, key=lambda s: (-counts[s], s))[:2]
    said = [f"'Title {s}', with {fresh[s]} article" for s in named if s in fresh]
    assert all(part in line for part in said)
    assert line.count(", with ") == len(said)
    assert line.count("you have not seen") == len(said)
    if not said:
        assert line == plain
    gone = followed_lines.news_line(FollowedNews(followed, None, (), moved, moved_new=new))
    assert gone.count("you have not seen") == len(said)


def test_a_move_told_before_tells_its_new_articles_no_more(tmp_path: Path) -> None:
    from index.notebook import FollowedNews, FollowedStory, Moved
    from tui.news_told import untold

    followed = FollowedStory("s1", "Storm hits the coast", "2026-12-01T00:00:00Z", None, 2)
    news = FollowedNews(
        followed, ("a",), (), (Moved("b", "s2", "Fuel"),), moved_new=(("s2", ("n",)),)
    )
    [first] = untold(tmp_path, [news])
    assert first.moved_new == (("s2", ("n",)),)
    [again] = untold(tmp_path, [news])
    assert again.moved == () and again.moved_new == ()
