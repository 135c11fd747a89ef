"""A model loaded for reading (`StoryModel.load(..., reading=True)`: the reader's, without
the per-article titles an update needs) answers as the whole model does, and gives an
update the whole; the status's unknown counts read from two arrays match the model's."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from index.analysis import story_files
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_files import StoryFilesError, check_format
from index.analysis.story_titles import TITLES
from index.library_stories import unknown_in
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
