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
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.analysis import story_changes, story_files, story_mapped
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
    for counts in (read_counts(folder), read_counts(folder, mapped=True)):  # st75: an update's
        for x, y in zip(counts[:3], new_counts[:3], strict=True):
            assert x.dtype == y.dtype and np.array_equal(x, y)
        assert counts[3] == new_counts[3]
    mapped = story_mapped.map_counts(folder)
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
    # an article added, none dropped: format 3 wrote that, with the fingerprints whole;
    # this code still reads it
    assert not [name for name in changes if name.endswith("+drop")]
    updated = model.update([follow]).parts()
    with np.load(tmp_path / "next" / story_files.CHANGES) as saved:
        kept = {k: saved[k] for k in saved.files if not k.startswith(("fp+", "fp_"))}
    with open(tmp_path / "next" / story_files.CHANGES, "wb") as handle:
        np.savez(handle, **kept)
    for name in ("fp_hash", "fp_doc"):
        (tmp_path / "next" / f"{name}.npy").unlink()
        np.save(tmp_path / "next" / f"{name}.npy", updated.arrays[name])
    text = (tmp_path / "next" / story_files.META).read_text(encoding="utf-8")
    older = text.replace(f'"format":{story_files.DELTA_FORMAT},', '"format":3,', 1)
    assert older != text
    (tmp_path / "next" / story_files.META).write_text(older, encoding="utf-8")
    _same_parts(StoryModel.load(tmp_path / "next").parts(), updated)


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


def _model_rows(rng: np.random.Generator, n: int, first: int, width: int) -> dict[str, Any]:
    """Per-row arrays of ``n`` rows numbered from ``first``: values, partners (row numbers
    of the ``first + n`` rows, -1 none) and fingerprints (hashes with ties)."""
    x = rng.integers(-3, 4, size=(n, 2)).astype(np.float32)
    x[rng.random((n, 2)) < 0.2] = np.nan
    partners = rng.integers(-1, max(first + n, 1), size=(n, 3)).astype(np.int32)
    per = rng.integers(0, 4, size=n)
    return {
        "scores": x,
        "neighbours": partners,
        "fp_hash": rng.integers(0, 9, size=int(per.sum())).astype(np.uint64),
        "fp_doc": (np.repeat(np.arange(n), per) + first).astype(np.int32),
        "counts": _csr(rng, n, width),
    }


def _dropped(a: dict[str, Any], keep: np.ndarray) -> dict[str, Any]:
    """``a`` less the rows not kept, as `story_update._drop` makes them: partners and
    fingerprints renumbered, a row's lost partners' places closed."""
    remap = np.full(len(keep) + 1, -1, dtype=np.int64)
    remap[:-1][keep] = np.arange(int(keep.sum()))
    partners = remap[a["neighbours"].astype(np.int64)][keep]
    partners = np.take_along_axis(partners, np.argsort(partners < 0, axis=1, kind="stable"), 1)
    fp = keep[a["fp_doc"]]
    data, indices, indptr = a["counts"]
    rows = np.flatnonzero(keep)
    at = np.concatenate([np.arange(indptr[r], indptr[r + 1]) for r in rows] + [np.zeros(0, int)])
    ptr = np.concatenate(([0], np.cumsum(np.diff(indptr)[rows]))).astype(np.int64)
    return {
        "scores": a["scores"][keep],
        "neighbours": partners.astype(np.int32),
        "fp_hash": a["fp_hash"][fp],
        "fp_doc": remap[a["fp_doc"][fp]].astype(np.int32),
        "counts": (data[at.astype(np.int64)], indices[at.astype(np.int64)], ptr),
    }


def _appended(a: dict[str, Any], more: dict[str, Any]) -> dict[str, Any]:
    hashes = np.concatenate((a["fp_hash"], more["fp_hash"]))
    docs = np.concatenate((a["fp_doc"], more["fp_doc"]))
    order = np.argsort(hashes, kind="stable")
    (d, i, p), (d2, i2, p2) = a["counts"], more["counts"]
    return {
        "scores": np.concatenate((a["scores"], more["scores"])),
        "neighbours": np.concatenate((a["neighbours"], more["neighbours"])),
        "fp_hash": hashes[order],
        "fp_doc": docs[order],
        "counts": (
            np.concatenate((d, d2)),
            np.concatenate((i, i2)),
            np.concatenate((p, p2[1:] + p[-1])),
        ),
    }


def _saved(a: dict[str, Any], width: int, kept: np.ndarray | None) -> Parts:
    n = len(a["scores"])
    arrays = {name: a[name] for name in ("scores", "neighbours", "fp_hash", "fp_doc")}
    return Parts(
        {"ids": [str(k) for k in range(n)]}, arrays, (*a["counts"], (n, width)), None, kept
    )


def _reads_back(folder: Path, parts: Parts, rng: np.random.Generator) -> None:
    for name, array in parts.arrays.items():
        got = read_array(folder, name)
        assert (got.dtype, got.shape) == (array.dtype, array.shape), name
        assert got.tobytes() == array.tobytes(), name
        assert read_array(folder, name, mapped=True).tobytes() == array.tobytes(), name
    assert parts.counts is not None
    whole = (read_counts(folder), read_counts(folder, mapped=True))
    for counts in (*whole, story_mapped.map_counts(folder)):
        assert counts[3] == parts.counts[3]
        for x, y in zip(counts[:3], parts.counts[:3], strict=True):
            at = rng.integers(0, len(y), size=9) if len(y) else np.zeros(0, np.int64)
            assert len(x) == len(y) and np.array_equal(x[at], y[at]) and x[at].dtype == y.dtype
            assert np.array_equal(np.asarray(x), y)


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW)
@given(
    st.integers(0, 2**32 - 1),
    st.integers(1, 5),
    st.sampled_from([0.25, 0.5, 1.0]),
    st.sampled_from(["kept", "none", "wrong"]),
    st.sampled_from([0, 4096]),
)
@example(seed=1607, steps=2, share=1.0, told="kept", runs=0)  # mx49: all dropped, then added
def test_updates_that_drop_rows_read_back_as_written(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
    steps: int,
    share: float,
    told: str,
    runs: int,
) -> None:
    """Chains of updates that drop rows (anywhere), change some and add others, as an
    update does, saved against the previous folder: every array, the term counts (read
    and mapped) and the fingerprints read back byte for byte, whatever the writer was
    told of the rows kept (the update's flags, none, or wrong ones); told the truth, with
    everything allowed to be changes, no array of a base with rows is written whole (an
    empty base, every row dropped by the step before, has nothing to link)."""
    monkeypatch.setattr(story_files, "DELTA_SHARE", share)
    monkeypatch.setattr(story_changes, "RUNS", runs)  # 0: the kept entries gathered
    rng = np.random.default_rng(seed)
    root = tmp_path_factory.mktemp("drops")
    width = 6
    n = int(rng.integers(1, 25))
    model = _model_rows(rng, n, 0, width)
    base = root / "0"
    write(base, _saved(model, width, None))
    for step in range(1, steps + 1):
        keep = rng.random(n) < rng.choice([0.5, 0.9, 1.0])
        model = _dropped(model, keep)
        k = int(keep.sum())
        for row in rng.integers(0, max(k, 1), size=int(rng.integers(0, 3))) if k else []:
            model["scores"][row] = rng.integers(-3, 4, size=2)  # a kept row changed
        added = int(rng.integers(0, 6))
        width += int(rng.integers(0, 2))
        model = _appended(model, _model_rows(rng, added, k, width))
        n = k + added
        kept = {"kept": keep, "none": None, "wrong": rng.random(len(keep)) < 0.5}[told]
        parts = _saved(model, width, kept)
        folder = root / str(step)
        write(folder, parts, base)
        _reads_back(folder, parts, rng)
        if told == "kept" and share == 1.0:
            names = np.load(folder / story_files.CHANGES).files if n else []
            for name in ("scores", "neighbours") if n and len(keep) else ():
                assert f"{name}+rows" in names, name
        base = folder


def test_an_update_of_the_first_articles_writes_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first rows replaced (an update of the first files of a corpus): the base's
    files are linked, its rows dropped on read, not every row written again."""
    monkeypatch.setattr(story_files, "DELTA_SHARE", 1.0)  # a small corpus: any share
    model = StoryModel.build(CORPUS)
    model.save(tmp_path / "base")
    first = [dataclasses.replace(a, body=f"{a.body} Amended.") for a in CORPUS[:2]]
    updated = StoryModel.load(tmp_path / "base").update(first, {a.id for a in first})
    updated.save(tmp_path / "next", tmp_path / "base")
    updated.save(tmp_path / "whole")
    changes = np.load(tmp_path / "next" / story_files.CHANGES).files
    assert "time+drop" in changes and "counts+drop" in changes and "fp+at" in changes
    for name in ("time", "neighbours", "fp_hash"):
        linked = os.stat(tmp_path / "next" / f"{name}.npy").st_ino
        assert linked == os.stat(tmp_path / "base" / f"{name}.npy").st_ino
    _same_parts(
        StoryModel.load(tmp_path / "next").parts(), StoryModel.load(tmp_path / "whole").parts()
    )


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from([0, 4096]))
def test_the_rows_an_update_keeps_are_taken_as_take_takes_them(seed: int, runs: int) -> None:
    """`story_rows.take_runs` (runs of rows copied a run at a time, or gathered past
    `story_changes.RUNS` runs) is `story_rows.take` of the kept rows, dtypes included."""
    from index.analysis.story_rows import Rows, take, take_runs

    rng = np.random.default_rng(seed)
    n, width = int(rng.integers(0, 30)), 7
    counts = Rows.of((*_csr(rng, n, width), (n, width)))
    keep = rng.random(n) < rng.choice([0.0, 0.5, 0.95, 1.0])
    original = story_changes.RUNS
    story_changes.RUNS = runs
    try:
        ours = take_runs(counts, keep)
    finally:
        story_changes.RUNS = original
    theirs = take(counts, np.flatnonzero(keep))
    assert ours.shape == theirs.shape
    for x, y in zip(ours.parts()[:3], theirs.parts()[:3], strict=True):
        assert x.dtype == y.dtype and x.tobytes() == y.tobytes()
