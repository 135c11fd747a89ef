"""Stories on constructed cases: copies join, different events stay apart, updates, files."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_files import StoryFilesError

DAY = datetime(2021, 3, 22)

BOULDER = (
    StoryArticle(
        "boulder-wire",
        "Gunman kills ten at Boulder supermarket",
        "A gunman opened fire at a King Soopers supermarket in Boulder, Colorado, on Monday, "
        "killing ten people including a police officer, authorities said. The suspect was "
        "taken into custody after a standoff.",
        "Wire A",
        DAY + timedelta(hours=20),
    ),
    StoryArticle(
        "boulder-paper",
        "Ten dead in Colorado grocery store shooting",
        "Ten people, among them police officer Eric Talley, were killed when a man opened fire "
        "inside a King Soopers grocery store in Boulder, Colorado, police said on Monday.",
        "Paper B",
        DAY + timedelta(hours=23),
    ),
)
ATLANTA = (
    StoryArticle(
        "atlanta-wire",
        "Eight killed in shootings at Atlanta-area spas",
        "A gunman killed eight people at three spas in the Atlanta area on Tuesday, police in "
        "Georgia said. Six of the victims were Asian women. A 21-year-old suspect was arrested "
        "in Crisp County.",
        "Wire A",
        DAY + timedelta(hours=21),
    ),
    StoryArticle(
        "atlanta-paper",
        "Atlanta spa shootings leave eight dead",
        "Police in Georgia arrested a 21-year-old man after eight people were shot dead at "
        "three massage spas in and around Atlanta on Tuesday evening; six of the dead were "
        "women of Asian descent.",
        "Paper C",
        DAY + timedelta(hours=22),
    ),
)
OTHERS = (
    StoryArticle(
        "budget",
        "Council approves harbour budget",
        "The city council approved the harbour budget on Monday after a long debate about "
        "dredging and the cost of new cranes.",
        "Gazette",
        DAY + timedelta(hours=10),
    ),
    StoryArticle(
        "frost",
        "Apple growers count frost losses",
        "Growers in the valley said a late frost destroyed half the blossom; the cooperative "
        "will ask for emergency aid.",
        "Gazette",
        DAY - timedelta(days=1),
    ),
)
WIRE_TEXT = (
    "Dock workers at the port of Portsmouth ended a three-week strike on Tuesday after the "
    "port authority and the union agreed a pay deal worth four percent over two years, "
    "union leaders told a news conference at the harbour gates."
)
COPIES = (
    StoryArticle("dock-wire", "Harbour strike ends", WIRE_TEXT, "Wire A", DAY),
    StoryArticle(
        "dock-reprint",
        "Portsmouth dockers return to work",
        WIRE_TEXT.replace("told a news conference", "said at a news conference"),
        "Paper D",
        DAY + timedelta(days=2),
    ),
)
CORPUS = BOULDER + ATLANTA + OTHERS + COPIES


def partition(model: StoryModel) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in model.stories()}


@pytest.fixture(scope="module")
def model() -> StoryModel:
    return StoryModel.build(CORPUS)


def test_same_day_different_shootings_stay_apart(model: StoryModel) -> None:
    assert frozenset(a.id for a in BOULDER) in partition(model)
    assert frozenset(a.id for a in ATLANTA) in partition(model)


def test_near_copies_join_even_days_apart(model: StoryModel) -> None:
    assert model.story_of("dock-wire") == model.story_of("dock-reprint")
    related = model.related("dock-wire", 1)[0]
    assert related.id == "dock-reprint"
    assert related.shared_passage and related.same_story and not related.same_day


def test_unrelated_articles_are_alone(model: StoryModel) -> None:
    assert frozenset({"budget"}) in partition(model)
    assert frozenset({"frost"}) in partition(model)


def test_story_fields(model: StoryModel) -> None:
    story = model.story(model.story_of("boulder-paper") or "")
    assert story is not None
    assert story.article_ids == ("boulder-wire", "boulder-paper")  # oldest first
    assert story.first == "boulder-wire"
    assert story.sources == ("Wire A", "Paper B")
    assert story.start == DAY + timedelta(hours=20) and story.end == DAY + timedelta(hours=23)
    assert story.title in {a.title for a in BOULDER}
    assert model.stories(2)[0].size == 2 and all(s.size >= 2 for s in model.stories(2))


def test_related_puts_the_story_first_and_says_why(model: StoryModel) -> None:
    related = model.related("atlanta-wire", 10)
    assert related[0].id == "atlanta-paper" and related[0].same_story
    assert {"eight", "spas"} <= set(related[0].shared_terms)
    assert related[0].same_day
    assert all(not r.same_story for r in related[1:])
    assert [r.score for r in related[1:]] == sorted((r.score for r in related[1:]), reverse=True)
    assert "atlanta-wire" not in {r.id for r in related}
    assert model.related("nope") == () and model.related("atlanta-wire", 0) == ()


BOULDER_LATE = StoryArticle(
    "boulder-late",
    "Boulder supermarket shooting suspect charged",
    "The man accused of killing ten people at a King Soopers supermarket in Boulder, "
    "Colorado, including police officer Eric Talley, was charged with murder.",
    "Paper E",
    DAY + timedelta(days=1),
)
"""A later article of the Boulder story, with a headline of its own."""


def test_update_places_new_articles_and_keeps_ids(model: StoryModel) -> None:
    before = {a.id: model.story_of(a.id) for a in CORPUS}
    fresh = StoryArticle(
        "eclipse", "Eclipse seen across the north", "Millions watched the solar eclipse.", None, DAY
    )
    updated = model.update([BOULDER_LATE, fresh])
    assert {a.id: updated.story_of(a.id) for a in CORPUS} == before
    assert updated.story_of("boulder-late") == before["boulder-wire"]
    assert updated.story_of("eclipse") not in before.values()
    assert len(updated) == len(CORPUS) + 2
    assert "boulder-late" in {r.id for r in updated.related("boulder-wire")}


def test_removal_drops_articles_and_empty_stories(model: StoryModel) -> None:
    story = model.story_of("atlanta-wire")
    updated = model.update(removed=["atlanta-paper", "budget"])
    assert "atlanta-paper" not in updated and len(updated) == len(CORPUS) - 2
    assert updated.story_of("atlanta-wire") == story
    assert updated.story(model.story_of("budget") or "") is None
    assert all(r.id != "atlanta-paper" for r in updated.related("atlanta-wire"))
    assert updated.story_of("boulder-wire") == model.story_of("boulder-wire")


def test_an_added_id_that_exists_replaces_the_article(model: StoryModel) -> None:
    changed = dataclasses.replace(OTHERS[0], title="Council delays harbour budget")
    updated = model.update([changed])
    assert len(updated) == len(CORPUS)
    assert updated.story(updated.story_of("budget") or "") is not None


def test_save_and_load_round_trip(model: StoryModel, tmp_path: Path) -> None:
    model.save(tmp_path / "stories")
    loaded = StoryModel.load(tmp_path / "stories")
    assert loaded.stories() == model.stories()
    assert all(loaded.story_of(a.id) == model.story_of(a.id) for a in CORPUS)
    assert all(loaded.related(a.id) == model.related(a.id) for a in CORPUS)
    assert loaded.params == model.params
    # an update of a loaded model can be saved and loaded again
    again = loaded.update(removed=["frost"])
    again.save(tmp_path / "next")
    assert StoryModel.load(tmp_path / "next").stories() == again.stories()


def test_loading_refuses_missing_or_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(StoryFilesError):
        StoryModel.load(tmp_path)
    (tmp_path / "stories.json").write_text(json.dumps({"format": 999}), encoding="utf-8")
    with pytest.raises(StoryFilesError, match="another format"):
        StoryModel.load(tmp_path)


def test_rebuild_with_previous_keeps_story_ids(model: StoryModel) -> None:
    # without the founding article the story would get a new id, unless the old model is given
    rest = [a for a in CORPUS if a.id != "boulder-wire"]
    rebuilt = StoryModel.build(rest, previous=model)
    assert rebuilt.story_of("boulder-paper") == model.story_of("boulder-wire")
    assert StoryModel.build(rest).story_of("boulder-paper") != model.story_of("boulder-wire")


def test_empty_and_degenerate_input(tmp_path: Path) -> None:
    empty = StoryModel.build([])
    assert empty.stories() == () and len(empty) == 0 and empty.story_of("x") is None
    empty.save(tmp_path / "empty")
    assert StoryModel.load(tmp_path / "empty").stories() == ()
    odd = [
        StoryArticle("blank", "", ""),
        StoryArticle("blank", "Duplicate id", "ignored: the first article of an id wins"),
        StoryArticle("undated-1", "Harbour strike ends", WIRE_TEXT),
        StoryArticle("undated-2", "Harbour strike ends", WIRE_TEXT),
        StoryArticle("symbols", "!!!", "... --- ..."),
    ]
    built = StoryModel.build(odd)
    assert len(built) == 4
    assert built.story_of("undated-1") == built.story_of("undated-2")
    assert built.story(built.story_of("undated-1") or "").start is None  # type: ignore[union-attr]
    assert built.related("blank") == ()
    grown = built.update([StoryArticle("undated-3", "Harbour strike ends", WIRE_TEXT)])
    assert grown.story_of("undated-3") == built.story_of("undated-1")


def test_core_import_loads_no_numpy() -> None:
    code = (
        "import sys; import index.analysis.stories; "
        "print(sorted(m for m in ('numpy', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- properties -------------------------------------------------------------------------------

WORDS = "harbour strike union pay deal frost blossom council budget police fire vote".split()  # noqa: SIM905
articles_strategy = st.lists(
    st.builds(
        StoryArticle,
        id=st.text("abcdef", min_size=1, max_size=4),
        title=st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join),
        body=st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
        source=st.sampled_from([None, "A", "B"]),
        date=st.one_of(st.none(), st.integers(0, 240).map(lambda h: DAY + timedelta(hours=h))),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, st.randoms(use_true_random=False))
def test_every_article_is_in_exactly_one_story_whatever_the_order(
    articles: list[StoryArticle], rng: object
) -> None:
    model = StoryModel.build(articles)
    ids = {a.id for a in articles}
    listed = [a for s in model.stories() for a in s.article_ids]
    assert sorted(listed) == sorted(ids)
    assert all(model.story_of(a) == s.id for s in model.stories() for a in s.article_ids)
    shuffled = list(reversed(articles))
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    # the first article of a repeated id wins, so only shuffle inputs without repeats
    if len(ids) == len(articles):
        again = StoryModel.build(shuffled)
        assert again.stories() == model.stories()


def _at(article_id: str, hours: int | None, body: str = "harbour") -> StoryArticle:
    date = None if hours is None else DAY + timedelta(hours=hours)
    return StoryArticle(article_id, "", body, date=date)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, articles_strategy)
# seed 0 (st24b): new articles placed into the kept story outvoted its one kept article, so
# its id went with them and the kept article's group got a new id; only kept articles vote
@example(
    [_at("a", None, ""), _at("a", None, ""), _at("aa", 51, "harbour harbour")],
    [_at("a", 89), _at("aaa", 0), *[_at("a", None, "")] * 2, _at("b", 145), _at("aa", 108)],
)
# int42 (st50's 1.5 days): an update groups two undated articles as a rebuild does, once
# removed articles moved the word weights
@example(
    [
        StoryArticle("b", "", "", None, None),
        StoryArticle("a", "", "harbour union", None, None),
        StoryArticle("e", "", "harbour harbour", None, None),
        StoryArticle("aaaa", "", "harbour harbour harbour", None, None),
        StoryArticle("a", "", "", None, None),
        StoryArticle("d", "", "union pay", None, None),
        StoryArticle("aaa", "", "harbour strike union", None, None),
        StoryArticle("a", "", "", None, None),
        StoryArticle("c", "", "harbour", None, None),
        StoryArticle("aa", "", "harbour strike", None, None),
    ],
    [],
)
def test_updates_keep_ids_drop_removed_and_cover_every_article(
    first: list[StoryArticle], second: list[StoryArticle]
) -> None:
    model = StoryModel.build(first)
    added = [dataclasses.replace(a, id=f"n{a.id}") for a in second]
    removed = {a.id for a in first[::3]}
    updated = model.update(added, removed)
    kept = {a.id for a in first} - removed
    fresh = {a.id for a in added}
    undated = {a for s in updated.stories() for a, _, d in updated.dated(s.id) if d is None}
    now = {s.id for s in updated.stories()}
    for article_id in kept - undated:
        # a story keeps its id unless the update grouped it again (st24): joined into
        # another (its id gone), or split, the id staying with one of its parts
        old = model.story_of(article_id)
        if updated.story_of(article_id) != old:
            assert old is not None
            parts = {updated.story_of(a) for a in kept & set(model.story(old).article_ids)}
            assert old not in now or (len(parts) > 1 and old in parts)
    for article_id in kept & undated:  # asked again when a dated story changed (un24)
        story = updated.story(updated.story_of(article_id) or "")
        assert story is not None
        if story.id != model.story_of(article_id):  # into a dated story, or alone
            dated = [d for _, _, d in updated.dated(story.id) if d is not None]
            # or grouped again (st24) with a story that lost an article or gained one; an
            # undated story loses one also when its article moves into a dated story (seed
            # 13: b's partner c joined a changed dated story; b, left, joined other undated
            # ones, exactly as a rebuild given the previous model does, st24b)
            into_dated = {
                model.story_of(k)
                for k in kept
                if updated.story_of(k) != model.story_of(k)
                and any(d for _, _, d in updated.dated(updated.story_of(k) or ""))
            }
            lost = {model.story_of(r) for r in removed} | into_dated
            members = set(story.article_ids) | {article_id}
            again = bool(members & fresh) or any(model.story_of(m) in lost for m in members)
            if not (story.size == 1 or dated or again):
                # or as a rebuild of the same articles groups it: removing articles moves the
                # word weights, and two undated articles compared 1.5 days apart (st50) may
                # then meet (int42: 'harbour union' and 'union pay' once two of the
                # 'harbour strike' reports are gone); the rebuild is the oracle there
                rebuilt = StoryModel.build([a for a in first if a.id in kept] + added)
                theirs = rebuilt.story(rebuilt.story_of(article_id) or "")
                again = theirs is not None and set(story.article_ids) == set(theirs.article_ids)
            assert story.size == 1 or dated or again
    listed = sorted(a for s in updated.stories() for a in s.article_ids)
    assert listed == sorted(kept | {a.id for a in added})
    for article_id in kept:
        assert not removed & {r.id for r in updated.related(article_id, 50)}
    for a in added:
        for r in updated.related(a.id):
            assert r.id != a.id and 0.0 <= r.score <= 1.0
            assert r.same_story == (updated.story_of(r.id) == updated.story_of(a.id))


def test_params_are_recorded() -> None:
    params = StoryParams(threshold=0.5)
    assert StoryModel.build(CORPUS[:2], params=params).params == params


@given(
    st.builds(
        StoryArticle,
        st.text(),
        st.text(),
        st.text(),
        st.none() | st.text(),
        st.none() | st.datetimes(),
        st.none() | st.text(),
    )
)
def test_story_article_pickles_to_itself(article: StoryArticle) -> None:
    import pickle

    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(article, protocol))
        assert again == article
        assert dataclasses.astuple(again) == dataclasses.astuple(article)


def test_an_update_leaves_the_model_it_started_from_as_it_was(tmp_path: Path) -> None:
    """A reader may hold the old model while an update makes the next: an update that
    re-titles a story must not re-title the old model's (CI found a module fixture's
    story titled by a later test's update)."""
    old = StoryModel.build(CORPUS)
    before = StoryModel.build(CORPUS).stories()  # asked of a twin: `stories()` is cached
    for article in CORPUS:
        old.update(removed=[article.id])
        copy = dataclasses.replace(article, id=f"{article.id}-again", source="Paper Z")
        old.update(added=[copy])
    assert old.update([BOULDER_LATE]).stories() != before  # retitled (or regrouped)
    assert old.stories() == before
    old.save(tmp_path / "stories")
    assert StoryModel.load(tmp_path / "stories").stories() == before
