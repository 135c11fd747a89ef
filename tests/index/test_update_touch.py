"""`touch` on a file whose content did not change is not a change for the user."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.store import status as status_module
from index.store.build import rebuild
from index.store.status import index_status
from index.store.update import update
from tests.conftest import write_corpus

STORIES = {
    "harbour.txt": "Harbour closes for winter\n\nThe harbour closed on Monday for the winter.\n",
    "orchard.txt": "Frost hits the orchards\n\nA late frost damaged the apple blossom.\n",
    "plain.json": '{"title": "Snow on the pass", "body": "Snow closed the pass again."}\n',
}


def _touch(path: Path) -> None:
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))


def test_a_touched_file_is_unchanged(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", STORIES)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    _touch(corpus / "harbour.txt")
    _touch(corpus / "plain.json")
    status = index_status(corpus, index_dir)  # says what the update will: no change
    assert (status.state, status.changed_files) == ("fresh", 0)
    report = update(corpus, index_dir)
    assert (report.added, report.changed, report.removed) == (0, 0, 0)
    assert report.unchanged == 3
    assert report.summary.startswith("0 articles added, 0 changed, 0 removed, 3 files unchanged")
    again = update(corpus, index_dir)  # the new times were recorded: nothing to read now
    assert (again.indexed, again.unchanged) == (0, 3)


def test_a_touched_file_with_new_content_is_changed(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", STORIES)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    harbour = corpus / "harbour.txt"
    harbour.write_text(harbour.read_text().replace("Monday", "Friday"))  # same size
    _touch(corpus / "orchard.txt")
    assert index_status(corpus, index_dir).changed_files == 1
    report = update(corpus, index_dir)
    assert (report.added, report.changed, report.removed) == (0, 1, 0)
    assert report.unchanged == 2


ACTIONS = ("keep", "touch", "rewrite", "edit")
"""What happens to a file between the rebuild and the update: nothing, a new mtime, the
same bytes written again, or new bytes."""


@settings(max_examples=12, deadline=None)
@given(st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=5))
def test_changed_counts_the_files_whose_bytes_changed(
    tmp_path_factory: object, actions: list[str]
) -> None:
    root = tmp_path_factory.mktemp("touch")  # type: ignore[attr-defined]
    texts = {f"f{i}.txt": f"Story {i}\n\nThe council met for the {i}th time.\n" for i in range(5)}
    corpus = write_corpus(root / "corpus", texts)
    rebuild(corpus, root / "index", procs=1)
    for (name, text), action in zip(texts.items(), actions, strict=False):
        path = corpus / name
        if action == "rewrite":
            path.write_text(text, encoding="utf-8")
        if action == "edit":
            path.write_text(text.replace("council", "cabinet"), encoding="utf-8")
        if action != "keep":
            _touch(path)  # a new mtime even where the write came within the clock's tick
    status = index_status(corpus, root / "index")
    report = update(corpus, root / "index", procs=1)
    edited = actions.count("edit")
    assert status.changed_files == report.changed == edited  # status and update agree
    assert (report.added, report.changed, report.removed) == (0, edited, 0)
    assert report.unchanged == len(texts) - edited
    shutil.rmtree(root)


def test_status_hashes_a_touched_file_once_per_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a touched file leaves the index "fresh": no update records its new time, and the
    # library screen asks every few seconds; it must not read the file on every check
    corpus = write_corpus(tmp_path / "corpus", STORIES)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    hashed: list[str] = []
    real = status_module.file_digest

    def counted(path: str | Path) -> str | None:
        hashed.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(status_module, "file_digest", counted)
    _touch(corpus / "harbour.txt")
    for _ in range(3):
        assert index_status(corpus, index_dir).changed_files == 0
    assert hashed == ["harbour.txt"]
    harbour = corpus / "harbour.txt"
    harbour.write_text(harbour.read_text().replace("Monday", "Friday"))  # same size
    _touch(harbour)  # a new stat: read again, and the change seen
    for _ in range(2):
        assert index_status(corpus, index_dir).changed_files == 1
    assert hashed == ["harbour.txt", "harbour.txt"]
