"""A story model keeps each row's copy digest (`story_copy_digest`): an update hashes only
its new rows, and what it saves is what hashing every row gives.

Over random histories of updates (articles removed, edited, added, some of them exact
copies of others), each saved against the previous folder (so drops and changes pile up
on one base) or whole: the digests read back are `story_copies.digests` of the counts read
back, with the stems' keys (the oracle: what an update computed for every row before).
The same history run from a model saved without them (an older model) gives the same
model, digests included: an absent array is computed, never read as zeros.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import story_files
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_copies import digests
from index.analysis.story_copy_digest import rows_from, stored
from index.analysis.story_files import COPY_DIGEST, read_array, read_counts, read_vocab
from index.analysis.story_rows import Rows
from index.analysis.vectors import Vocabulary
from tests.analysis.test_stories import CORPUS
from tests.analysis.test_story_files_delta import _same_parts

SLOW = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


def _computed(folder: Path) -> np.ndarray:
    """Every row's digest computed from the folder's counts and stems (the oracle)."""
    vocab = read_vocab(folder)
    keys = Vocabulary(*(vocab or ([], []))).keys()
    return digests(Rows.of(read_counts(folder)), keys)


def _without_digests(model: StoryModel, folder: Path) -> None:
    """Save ``model`` as a model from before the digests were kept: no such file."""
    model.save(folder)
    (folder / f"{COPY_DIGEST}.npy").unlink()


steps_strategy = st.lists(
    st.tuples(
        st.lists(st.integers(0, 40), max_size=4),  # removed: positions in the ids
        st.lists(st.integers(0, 40), max_size=3),  # edited: positions in the ids
        st.lists(st.integers(0, len(CORPUS) - 1), max_size=4),  # added: copies of these
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=25, deadline=None, suppress_health_check=SLOW)
@given(
    st.lists(st.sampled_from(CORPUS), min_size=1, max_size=16),
    steps_strategy,
    st.sampled_from([0.25, 1.0]),
    st.booleans(),
)
def test_digests_read_back_are_those_computed(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    first: list[StoryArticle],
    steps: list[tuple[list[int], list[int], list[int]]],
    share: float,
    against_base: bool,
) -> None:
    monkeypatch.setattr(story_files, "DELTA_SHARE", share)
    root = tmp_path_factory.mktemp("digests")
    articles = {a.id: a for a in first}
    model = StoryModel.build(articles.values())
    base, old = root / "0", root / "0-old"
    model.save(base)
    _without_digests(model, old)
    saved = read_array(base, COPY_DIGEST)
    assert saved.dtype == np.uint64 and saved.tolist() == _computed(base).tolist()
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
        folder = root / str(step)
        StoryModel.load(base).update(fed, removed).save(folder, base if against_base else None)
        read = read_array(folder, COPY_DIGEST)
        assert read.tolist() == _computed(folder).tolist()
        assert len(read) == len(story_files.read_meta(folder)["ids"])
        # from a model without them: computed, and the same model comes out
        StoryModel.load(old).update(fed, removed).save(root / f"{step}-old")
        _same_parts(StoryModel.load(folder).parts(), StoryModel.load(root / f"{step}-old").parts())
        for name in removed:
            articles.pop(name, None)
        articles.update({a.id: a for a in fed})
        base, old = folder, root / f"{step}-older"
        _without_digests(StoryModel.load(folder), old)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=12), st.integers(0, 12), st.integers(0, 2**32 - 1))
def test_new_rows_hash_as_among_all(sizes: list[int], first: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    indptr = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    indices = rng.integers(0, 9, size=int(indptr[-1])).astype(np.int32)
    data = rng.integers(1, 7, size=int(indptr[-1])).astype(np.float32)
    counts = Rows(data, indices, indptr, (len(sizes), 9))
    keys = rng.integers(0, 2**63, size=9).astype(np.uint64)
    first = min(first, len(sizes))
    assert (
        digests(rows_from(counts, first), keys).tolist() == digests(counts, keys)[first:].tolist()
    )


def test_digests_not_one_per_row_are_not_used() -> None:
    parts = story_files.Parts({}, {COPY_DIGEST: np.arange(3, dtype=np.uint64)})
    assert stored(parts, np.ones(4, bool)) is None
    assert stored(parts, np.array([True, False, True])).tolist() == [0, 2]
    assert stored(story_files.Parts({}), np.ones(3, bool)) is None
