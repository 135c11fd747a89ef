"""Stories through the Library: built with the index, kept by updates, kept when a build dies."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_derived import LEAD_CHARACTERS, StoriesDerived, story_article
from index.analysis.story_view import timeline, within
from index.analysis.vectors import LEAD_WORDS
from index.library import BuildFailed, Library, StoriesMissing
from index.models import Article, ProgressCallback, Story, StoryMember
from tests.analysis.test_stories import DAY
from tests.story_corpus import ATLANTA, BOULDER, COPIES, write_corpus

FOLLOW_UP = StoryArticle(
    "boulder-late",
    "Boulder supermarket shooting suspect charged",
    "The man accused of killing ten people at a King Soopers supermarket in Boulder, "
    "Colorado, including police officer Eric Talley, was charged with murder on Tuesday.",
    "Paper E",
    DAY + timedelta(days=1),
)


@pytest.fixture
def library(tmp_path: Path) -> Iterable[Library]:
    write_corpus(tmp_path / "corpus" / "news.jsonl")
    with Library.open(tmp_path / "corpus", tmp_path / "index") as opened:
        yield opened


def groups(stories: Iterable[Story]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


def test_a_rebuild_groups_the_corpus_into_stories(library: Library) -> None:
    found = library.stories()
    assert groups(found) == {
        frozenset(a.id for a in BOULDER),
        frozenset(a.id for a in ATLANTA),
        frozenset(a.id for a in COPIES),
    }
    assert len(library.stories(min_articles=1)) == len(found) + 2  # budget, frost alone
    assert library.stories(min_articles=3) == []


def test_the_library_agrees_with_a_model_built_from_its_articles(library: Library) -> None:
    model = StoryModel.build(story_article(a) for a in library.articles())
    assert library.stories(min_articles=1) == list(model.stories())


def test_story_of_says_none_for_an_article_alone(library: Library) -> None:
    story = library.story_of("boulder-paper")
    assert story is not None and set(story.article_ids) == {"boulder-wire", "boulder-paper"}
    assert library.story_of("budget") is None
    assert library.story_of("no-such-article") is None


def test_a_story_is_told_in_time(library: Library) -> None:
    story = library.story_of("boulder-wire")
    assert story is not None
    told = library.story(story.id)
    assert [a.id for a in told.articles] == ["boulder-wire", "boulder-paper"]
    assert told.first.id == "boulder-wire" and told.first.source == "Wire A"
    assert [(lag.source, lag.hours_after_first) for lag in told.lags] == [
        ("Wire A", 0.0),
        ("Paper B", 3.0),
    ]
    assert sum(day.count for day in told.timeline) == 2
    with pytest.raises(KeyError):
        library.story("s000000000000")


def test_related_puts_story_mates_first_with_titles(library: Library) -> None:
    related = library.related("atlanta-wire", 3)
    assert related[0].id == "atlanta-paper" and related[0].same_story
    assert related[0].title == ATLANTA[1].title and related[0].source == "Paper C"
    assert all(not r.same_story for r in related[1:])
    assert "atlanta-wire" not in {r.id for r in related}
    with pytest.raises(KeyError):
        library.related("no-such-article")


def test_story_wording_marks_what_story_mates_print_word_for_word(library: Library) -> None:
    reprint = library.story_wording("dock-reprint")
    assert reprint.compared == 1 and reprint.body == library.article("dock-reprint").body
    shared = [reprint.body[s.start : s.end] for s in reprint.spans]
    assert shared and all(s in COPIES[0].body for s in shared)
    assert "said at a news conference" not in " ".join(shared)  # the reworded words
    assert all(s.holders == 1 for s in reprint.spans)
    wire = library.story_wording("dock-wire", library.story_of("dock-wire").id)  # type: ignore[union-attr]
    assert len(wire.spans) == len(reprint.spans)
    alone = library.story_wording("budget")
    assert alone.spans == () and alone.compared == 0
    with pytest.raises(KeyError):
        library.story_wording("dock-wire", "no-such-story")
    with pytest.raises(KeyError):
        library.story_wording("no-such-article")


def test_a_query_lists_the_stories_whose_articles_match(library: Library) -> None:
    assert [set(s.article_ids) for s in library.stories("spas")] == [{a.id for a in ATLANTA}]
    assert library.stories("eclipse") == []
    assert library.stories("budget") == []  # its article is alone


def test_dates_keep_the_stories_that_ran_between_them(library: Library) -> None:
    late = library.stories(since=DAY + timedelta(days=1))
    assert groups(late) == {frozenset(a.id for a in COPIES)}
    early = library.stories(until=DAY + timedelta(hours=20, minutes=30))
    assert groups(early) == {frozenset(a.id for a in BOULDER), frozenset(a.id for a in COPIES)}


def test_an_update_places_new_articles_and_keeps_story_ids(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus / "news.jsonl")
    with Library.open(corpus, tmp_path / "index") as library:
        before = {s.id: set(s.article_ids) for s in library.stories()}
        write_corpus(corpus / "later.jsonl", [FOLLOW_UP])
        library.update()
        library.refresh()
        after = {s.id: set(s.article_ids) for s in library.stories()}
    boulder = next(k for k, ids in before.items() if "boulder-wire" in ids)
    assert after[boulder] == before[boulder] | {"boulder-late"}
    assert {k: v for k, v in after.items() if k != boulder} == {
        k: v for k, v in before.items() if k != boulder
    }


def test_an_update_drops_the_stories_of_deleted_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus / "news.jsonl", BOULDER + ATLANTA)
    write_corpus(corpus / "copies.jsonl", COPIES)
    with Library.open(corpus, tmp_path / "index") as library:
        kept = library.story_of("atlanta-wire")
        (corpus / "copies.jsonl").unlink()
        library.update()
        library.refresh()
        assert library.story_of("dock-wire") is None
        assert groups(library.stories()) == {
            frozenset(a.id for a in BOULDER),
            frozenset(a.id for a in ATLANTA),
        }
        assert library.story_of("atlanta-wire") == kept


class Exploding:
    """Derived data whose build dies, as a killed build would."""

    name = "exploding"

    def build(
        self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        raise BuildFailed("the build died")

    def update(
        self,
        previous: Path,
        added: Iterable[Article],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        raise BuildFailed("the build died")


def test_a_build_that_dies_leaves_the_previous_stories(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus / "news.jsonl")
    with Library.open(corpus, tmp_path / "index") as library:
        before = library.stories()
    write_corpus(corpus / "later.jsonl", [FOLLOW_UP])
    dying = Library(corpus, tmp_path / "index", derived=(StoriesDerived(), Exploding()))
    with pytest.raises(BuildFailed):
        dying.rebuild()
    with pytest.raises(BuildFailed):
        dying.update()
    with Library.open(corpus, tmp_path / "index") as library:
        assert library.stories() == before
        assert library.story_of("boulder-late") is None


def test_an_index_built_without_stories_says_so_in_one_line(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus" / "news.jsonl")
    with Library.open(tmp_path / "corpus", tmp_path / "index", derived=()) as library:
        with pytest.raises(StoriesMissing, match="broadsheet index update"):
            library.stories()
        assert library.story_of("boulder-wire") is None


def test_derived_titles_are_left_out_and_bodies_cut_to_the_lead() -> None:
    assert LEAD_CHARACTERS == LEAD_WORDS * 12
    article = Article("a", "/a", "Opening words", True, None, None, None, None, "x" * 5000)
    read = story_article(article)
    assert read.title == "" and len(read.body) == LEAD_CHARACTERS


def test_timeline_counts_days_and_lags_on_constructed_members() -> None:
    t0 = datetime(2024, 5, 1, 6)
    members = [
        StoryMember("a", "A", "Wire", t0, None),
        StoryMember("b", "B", "Paper", t0 + timedelta(hours=30), None),
        StoryMember("c", "C", "Wire", t0 + timedelta(hours=31), None),
        StoryMember("d", "D", None, None, None),
    ]
    story = Story("s1", "A", ("a", "b", "c", "d"), ("Wire", "Paper"), "a", t0, members[2].date)
    told = timeline(story, members)
    assert [(d.day, d.source, d.count) for d in told.timeline] == [
        (date(2024, 5, 1), "Wire", 1),
        (date(2024, 5, 2), "Paper", 1),
        (date(2024, 5, 2), "Wire", 1),
    ]
    assert [(lag.source, lag.hours_after_first) for lag in told.lags] == [
        ("Wire", 0.0),
        ("Paper", 30.0),
    ]
    assert within(story, t0 + timedelta(days=1), None)
    assert not within(story, None, t0 - timedelta(seconds=1))
    undated = Story("s2", "D", ("d",), (), "d", None, None)
    assert within(undated, None, None) and not within(undated, t0, None)


def test_the_first_articles_outlet_leads_the_lags_when_others_ran_at_the_same_time() -> None:
    day = datetime(2017, 2, 7)  # a date without a time: every outlet of the day ties
    members = [
        StoryMember("cnn", "C", "CNN", day, None),
        StoryMember("bbc", "B", "BBC News", day, None),
        StoryMember("abc", "A", "ABC News", day + timedelta(hours=5), None),
    ]
    sources = ("CNN", "BBC News", "ABC News")
    story = Story("s1", "C", ("cnn", "bbc", "abc"), sources, "cnn", day, day)
    told = timeline(story, members)
    # ABC's time is the day's first (nu38 #8): the days alone tie with it, 0 hours after
    assert told.first.source == "ABC News"
    assert [(lag.source, lag.hours_after_first) for lag in told.lags] == [
        ("ABC News", 0.0),
        ("BBC News", 0.0),
        ("CNN", 0.0),
    ]
