"""A story model saved against its base (an update's changes only) reads back as saved whole.

The oracle is the model written whole, as before the change files (issue 21): over random
chains of updates (articles added, edited, removed; each saved against the previous one's
folder, so changes pile up on one base until too many rows changed), every array, the term
counts, the vocabulary and every answer (stories, each article's story, its related
articles) are the same from the folder of changes as from the folder written whole; and
the articles of the updated model are those a full rebuild over the same articles lists.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import story_files
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_files import Parts, StoryFilesError, read_array, read_counts, write
from tests.analysis.test_stories import CORPUS

SLOW = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


def _same_parts(a: Parts, b: Parts) -> None:
    assert {k: v for k, v in a.meta.items() if k != "format"} == {
        k: v for k, v in b.meta.items() if k != "format"
    }
    assert sorted(a.arrays) == sorted(b.arrays)
    for name in a.arrays:
        x, y = np.asarray(a.arrays[name]), np.asarray(b.arrays[name])
        assert (x.dtype, x.shape) == (y.dtype, y.shape), name
        assert x.tobytes() == y.tobytes(), name
    assert a.counts is not None and b.counts is not None
    for x, y in zip(a.counts[:3], b.counts[:3], strict=True):
        assert x.dtype == y.dtype and np.array_equal(x, y)
    assert a.counts[3] == b.counts[3]
    assert a.vocab == b.vocab


def _answers(model: StoryModel, ids: list[str]) -> object:
    return (
        model.stories(),
        [model.story_of(i) for i in ids],
        [model.related(i, 50) for i in ids],
    )


steps_strategy = st.lists(
    st.tuples(
        st.lists(st.integers(0, 40), max_size=4),  # removed: positions in the ids
        st.lists(st.integers(0, 40), max_size=4),  # edited: positions in the ids
        st.lists(st.integers(0, len(CORPUS) - 1), max_size=3),  # added: new copies of these
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=30, deadline=None, suppress_health_check=SLOW)
@given(
    st.lists(st.sampled_from(CORPUS), min_size=1, max_size=20),
    steps_strategy,
    st.sampled_from([0.25, 1.0]),
)
def test_a_chain_of_updates_reads_back_as_written_whole(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    first: list[StoryArticle],
    steps: list[tuple[list[int], list[int], list[int]]],
    share: float,
) -> None:
    monkeypatch.setattr(story_files, "DELTA_SHARE", share)  # 1.0: changes whatever changed
    root = tmp_path_factory.mktemp("chain")
    articles = {a.id: a for a in first}
    model = StoryModel.build(articles.values())
    base = root / "0"
    model.save(base)
    fresh = 0
    for step, (gone, edited, added) in enumerate(steps, start=1):
        ids = sorted(articles)
        removed = {ids[k % len(ids)] for k in gone} if ids else set()
        picked = [ids[k % len(ids)] for k in edited] if ids else []
        changed = [
            dataclasses.replace(articles[i], body=f"{articles[i].body} Amended {step}.")
            for i in picked
            if i not in removed
        ]
        new = []
        for k in added:
            fresh += 1
            new.append(dataclasses.replace(CORPUS[k], id=f"new-{fresh}"))
        fed = list({a.id: a for a in changed + new}.values())
        loaded = StoryModel.load(base)
        updated = loaded.update(fed, removed)
        folder, whole = root / str(step), root / f"{step}-whole"
        updated.save(folder, base)
        updated.save(whole)
        # the folder written whole is what the code before the change files wrote
        assert story_files.read_meta(whole)["format"] == story_files.FORMAT
        _same_parts(StoryModel.load(folder).parts(), StoryModel.load(whole).parts())
        for name in removed:
            articles.pop(name, None)
        articles.update({a.id: a for a in fed})
        every = sorted(articles)
        assert _answers(StoryModel.load(folder), every) == _answers(StoryModel.load(whole), every)
        rebuilt = StoryModel.build(articles.values())
        listed = sorted(a for s in StoryModel.load(folder).stories() for a in s.article_ids)
        assert listed == sorted(a for s in rebuilt.stories() for a in s.article_ids) == every
        base = folder


DTYPES = [np.float64, np.float32, np.int32, np.int8, np.bool_]


@st.composite
def arrays_and_change(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    dtype = draw(st.sampled_from(DTYPES))
    width = draw(st.sampled_from([None, 1, 3]))
    m = draw(st.integers(1, 30))
    shape = (m,) if width is None else (m, width)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    old = (rng.integers(-3, 4, size=shape)).astype(dtype)
    if dtype in (np.float64, np.float32):
        old[rng.random(shape) < 0.2] = np.nan
    new = old.copy()
    for row in draw(st.lists(st.integers(0, m - 1), max_size=6)):
        new[row] = rng.integers(-3, 4, size=shape[1:]).astype(dtype)
    grown = draw(st.integers(-2, 8))
    if grown < 0:
        new = new[: max(1, m + grown)]
    else:
        more = rng.integers(-3, 4, size=(grown, *shape[1:])).astype(dtype)
        new = np.concatenate((new, more))
    return old, new


def _csr(rng: np.random.Generator, rows: int, width: int) -> tuple[np.ndarray, ...]:
    sizes = rng.integers(0, 4, size=rows)
    indptr = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    indices = rng.integers(0, width, size=int(indptr[-1])).astype(np.int32)
    data = rng.integers(1, 5, size=int(indptr[-1])).astype(np.float32)
    return data, indices, indptr


@settings(max_examples=150, deadline=None, suppress_health_check=SLOW)
@given(arrays_and_change(), st.integers(0, 2**32 - 1), st.sampled_from([0.25, 1.0]))
def test_an_array_and_the_counts_read_back_as_written(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    change: tuple[np.ndarray, np.ndarray],
    seed: int,
    share: float,
) -> None:
    monkeypatch.setattr(story_files, "DELTA_SHARE", share)
    old, new = change
    rng = np.random.default_rng(seed)
    m, width = int(rng.integers(1, 20)), int(rng.integers(1, 9))
    old_counts = _csr(rng, m, width)
    keep = int(rng.integers(0, m + 1))  # the rows kept as they are; then changed, added rows
    tail = _csr(rng, int(rng.integers(0, 6)), width + int(rng.integers(0, 3)))
    nnz = int(old_counts[2][keep])
    data = np.concatenate((old_counts[0][:nnz], tail[0]))
    indices = np.concatenate((old_counts[1][:nnz], tail[1]))
    indptr = np.concatenate((old_counts[2][: keep + 1], tail[2][1:] + nnz))
    new_width = width + int(rng.integers(0, 3))
    new_counts = (data, indices, indptr, (keep + len(tail[2]) - 1, new_width))
    root = tmp_path_factory.mktemp("array")
    base, folder = root / "base", root / "new"
    write(base, Parts({"ids": []}, {"x": old}, (*old_counts, (m, width)), None))
    write(folder, Parts({"ids": []}, {"x": new}, new_counts, None), base)
    got = read_array(folder, "x")
    assert (got.dtype, got.shape) == (new.dtype, new.shape)
    assert got.tobytes() == new.tobytes()
    assert read_array(folder, "x", mapped=True).tobytes() == new.tobytes()
    counts = read_counts(folder)
    for x, y in zip(counts[:3], new_counts[:3], strict=True):
        assert x.dtype == y.dtype and np.array_equal(x, y)
    assert counts[3] == new_counts[3]
    mapped = story_files.map_counts(folder)
    assert mapped[3] == new_counts[3]
    for x, y in zip(mapped[:3], new_counts[:3], strict=True):  # read as related_fill reads
        at = rng.integers(0, len(y), size=7) if len(y) else np.zeros(0, np.int64)
        assert len(x) == len(y) and np.array_equal(x[at], y[at]) and x[at].dtype == y.dtype
        assert np.array_equal(np.asarray(x), y)
    linked = os.stat(folder / "x.npy").st_ino == os.stat(base / "x.npy").st_ino
    changes = folder / story_files.CHANGES
    assert linked == (changes.exists() and "x+rows" in np.load(changes).files)


def test_a_model_of_changes_is_refused_by_code_that_reads_only_whole_files(
    tmp_path: Path,
) -> None:
    model = StoryModel.build(CORPUS)
    model.save(tmp_path / "base")
    follow = dataclasses.replace(CORPUS[0], id="follow-up")
    model.update([follow]).save(tmp_path / "next", tmp_path / "base")
    meta = story_files.read_meta(tmp_path / "next")
    assert meta["format"] == story_files.DELTA_FORMAT != story_files.FORMAT
    changes = np.load(tmp_path / "next" / story_files.CHANGES).files
    assert "time+rows" in changes and "counts+start" in changes


def test_damaged_changes_are_named(tmp_path: Path) -> None:
    model = StoryModel.build(CORPUS)
    model.save(tmp_path / "base")
    follow = dataclasses.replace(CORPUS[0], id="follow-up")
    model.update([follow]).save(tmp_path / "next", tmp_path / "base")
    changes = tmp_path / "next" / story_files.CHANGES
    saved = dict(np.load(changes))
    saved["time+rows"] = saved["time+rows"] + 1  # the added rows not after the base's
    saved["counts+start"] = np.asarray(10**6)  # past the base's rows
    with open(changes, "wb") as handle:
        np.savez(handle, **saved)
    with pytest.raises(StoryFilesError, match=r"time\.npy .* damaged"):
        read_array(tmp_path / "next", "time")
    with pytest.raises(StoryFilesError, match=r"counts\.npz .* damaged"):
        read_counts(tmp_path / "next")
    changes.write_bytes(b"not a zip")
    with pytest.raises(StoryFilesError, match="unreadable"):
        read_counts(tmp_path / "next")
    with pytest.raises(StoryFilesError, match="unreadable"):
        read_array(tmp_path / "next", "time")
