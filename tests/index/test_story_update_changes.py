"""`index update` with the stories written as changes answers as with them written whole.

Two indexes of one corpus follow the same random changes (files added, edited, deleted):
one updated as an update now writes its stories (the previous generation's files
hard-linked, plus their changes), the other with every stories file written whole (what
the code before wrote). Every answer the reader and the commands give of stories (the
stories, each article's story, its related articles) is the same from both, every file
of both checks out (`verify`), and the articles listed in stories are those a full
rebuild lists.
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
from index.library import Library
from index.store.generations import current_generation, load_manifest, verify
from tests.story_corpus import CORPUS, write_corpus

SLOW = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


def _answers(library: Library) -> object:
    library.refresh()
    stories = library.stories(min_articles=1)
    ids = sorted(a for s in stories for a in s.article_ids)
    return stories, [library.story_of(i) for i in ids], [library.related(i, 20) for i in ids]


def _update(
    library: Library, index_dir: Path, share: float, monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setattr(story_files, "DELTA_SHARE", share)  # the update's children fork it
    library.update()
    generation = current_generation(index_dir)
    assert generation is not None
    verify(generation, load_manifest(generation), crc=True)
    return generation / "stories"


steps = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "delete"]),
        st.integers(0, 100),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=4, deadline=None, suppress_health_check=SLOW)
@given(st.lists(st.integers(0, len(CORPUS) - 1), min_size=3, max_size=12, unique=True), steps)
def test_updates_answer_as_with_the_stories_written_whole(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    first: list[int],
    changes: list[tuple[str, int]],
) -> None:
    root = tmp_path_factory.mktemp("update")
    corpus = root / "corpus"
    for k in first:
        write_corpus(corpus / f"{k:03d}.jsonl", [CORPUS[k]])
    with (
        Library.open(corpus, root / "changes") as ours,
        Library.open(corpus, root / "whole") as whole,
    ):
        for step, (what, pick) in enumerate(changes):
            files = sorted(corpus.glob("*.jsonl"))
            if what == "add" or len(files) < 2:
                article = dataclasses.replace(CORPUS[pick % len(CORPUS)], id=f"new-{step}")
                write_corpus(corpus / f"new-{step}.jsonl", [article])
            elif what == "edit":
                path = files[pick % len(files)]
                path.write_text(
                    path.read_text(encoding="utf-8").replace(
                        '"body": "', f'"body": "Step {step}. '
                    ),
                    encoding="utf-8",
                )
            else:
                files[pick % len(files)].unlink()
            before = current_generation(root / "changes")
            assert before is not None
            # changes whenever a base's rows are kept; the other never: every file whole
            made = _update(ours, root / "changes", 1.0, monkeypatch)
            plain = _update(whole, root / "whole", -1.0, monkeypatch)
            assert _answers(ours) == _answers(whole)
            assert not (plain / story_files.CHANGES).exists()
            if (made / story_files.CHANGES).exists():  # what changed, its base hard-linked
                names = np.load(made / story_files.CHANGES).files
                linked = [n.removesuffix("+rows") for n in names if n.endswith("+rows")]
                if "fp+at" in names:  # the fingerprints: the base's, and the new inserted
                    linked += ["fp_hash", "fp_doc"]
                for name in linked:
                    inode = os.stat(made / f"{name}.npy").st_ino
                    assert inode == os.stat(before / "stories" / f"{name}.npy").st_ino
        with Library.open(corpus, root / "rebuilt") as rebuilt:
            listed = sorted(a for s in rebuilt.stories(min_articles=1) for a in s.article_ids)
            ours.refresh()
            assert sorted(a for s in ours.stories(min_articles=1) for a in s.article_ids) == listed
