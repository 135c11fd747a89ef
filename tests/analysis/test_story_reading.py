"""A model loaded for reading (`StoryModel.load(..., reading=True)`: the reader's, without
the per-article titles an update needs) answers as the whole model does, and gives an
update the whole; the status's unknown counts read from two arrays match the model's; a
query's stories are sized before they are made (issue 21: the reader's memory)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import story_files
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_files import StoryFilesError, check_format
from index.analysis.story_titles import TITLES
from index.analysis.story_view import ranked_by_hits
from index.library_stories import unknown_in
from index.models import Hit, Story
from tests.analysis.test_stories import articles_strategy


def _unique(articles: Sequence[StoryArticle]) -> list[StoryArticle]:
    """The articles a model keeps: the first of each id."""
    return list({a.id: a for a in reversed(articles)}.values())


def _answers(model: StoryModel, ids: list[str]) -> object:
    """Everything a reader asks of a model, for every article and story."""
    stories = model.stories()
    return (
        stories,
        [(model.story_of(i), model.related(i, limit=50)) for i in ids],
        [(model.story(s.id), model.dated(s.id)) for s in stories],
        model.unknown_counts(),
        len(model),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, articles_strategy)
def test_a_reading_model_answers_as_the_whole_and_updates_alike(
    articles: list[StoryArticle], added: list[StoryArticle]
) -> None:
    built = StoryModel.build(articles)
    ids = [a.id for a in _unique(articles)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "a"
        built.save(folder)
        reading = StoryModel.load(folder, reading=True)
        whole = StoryModel.load(folder)
        assert TITLES not in reading._meta and TITLES in whole._meta
        assert _answers(reading, ids) == _answers(whole, ids) == _answers(built, ids)
        # an update of the reading model has every title: it saves what the whole's saves
        reading.update(added).save(Path(tmp) / "r", folder)
        whole.update(added).save(Path(tmp) / "w", folder)
        for name in sorted(p.name for p in (Path(tmp) / "w").iterdir()):
            assert (Path(tmp) / "r" / name).read_bytes() == (Path(tmp) / "w" / name).read_bytes()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, articles_strategy)
def test_unknown_counts_from_the_arrays_are_the_articles(
    articles: list[StoryArticle], added: list[StoryArticle]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "a", Path(tmp) / "b"
        built = StoryModel.build(articles)
        built.save(first)
        kept = _unique(articles)
        oracle = (sum(a.date is None for a in kept), sum(a.source is None for a in kept))
        assert unknown_in(first) == oracle == StoryModel.load(first).unknown_counts()
        # an update saved against its base (its changes apart when few: `story_files`)
        updated = StoryModel.load(first).update(added)
        updated.save(second, first)
        assert unknown_in(second) == StoryModel.load(second).unknown_counts()
        assert unknown_in(second) == updated.unknown_counts()


def test_the_format_is_checked_from_the_start_of_the_file(tmp_path: Path) -> None:
    StoryModel.build([StoryArticle("a", "Harbour strike", "harbour strike ends")]).save(tmp_path)
    meta = tmp_path / story_files.META
    assert meta.read_bytes().startswith(b'{"format":2,')
    check_format(tmp_path)
    assert unknown_in(tmp_path) == (1, 1)
    saved = json.loads(meta.read_text(encoding="utf-8"))
    # the format elsewhere than first: the whole file is read, and says it
    meta.write_text(json.dumps({"ids": saved["ids"], "format": 2}), encoding="utf-8")
    check_format(tmp_path)
    meta.write_text(json.dumps({"ids": saved["ids"], "format": 999}), encoding="utf-8")
    with pytest.raises(StoryFilesError, match="another format"):
        check_format(tmp_path)
    meta.write_text('{"format": 999, "ids": []}', encoding="utf-8")
    with pytest.raises(StoryFilesError, match="another format"):
        unknown_in(tmp_path)
    meta.write_text("not json", encoding="utf-8")
    with pytest.raises(StoryFilesError, match="unreadable"):
        check_format(tmp_path)
    meta.unlink()
    with pytest.raises(StoryFilesError, match="unreadable"):
        unknown_in(tmp_path)


def _ranked_as_before(model: StoryModel, hits: list[Hit], min_articles: int) -> list[Story]:
    """`story_view.ranked_by_hits` as it was: every hit's story made, then sized."""
    scores: dict[str, float] = {}
    for hit in hits:
        story_id = model.story_of(hit.id)
        if story_id is not None:
            scores[story_id] = scores.get(story_id, 0.0) + max(hit.score, 1e-3)
    found = [(score, model.story(sid)) for sid, score in scores.items()]
    kept = [(s, x) for s, x in found if x is not None and x.size >= max(min_articles, 1)]
    kept.sort(key=lambda pair: (-pair[0], -pair[1].size, pair[1].id))
    return [story for _, story in kept]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    articles_strategy,
    st.lists(st.tuples(st.text("abcdefg", min_size=1, max_size=4), st.floats(0, 30))),
    st.integers(0, 4),
)
def test_stories_of_hits_are_sized_before_they_are_made(
    articles: list[StoryArticle], found: list[tuple[str, float]], min_articles: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        StoryModel.build(articles).save(Path(tmp))
        model, oracle = StoryModel.load(Path(tmp), reading=True), StoryModel.load(Path(tmp))
        hits = [Hit(i, "", False, None, None, score) for i, score in found]
        assert ranked_by_hits(model, hits, min_articles) == _ranked_as_before(
            oracle, hits, min_articles
        )
        # the stories too small to list were never made
        assert all(s.size >= max(min_articles, 1) for s in model._made.values())
        every = oracle.stories()
        assert all(model.size(s.id) == len(s.article_ids) for s in every)
        assert model.size("no such story") == 0
