"""A corpus moved keeps its notebook (nu36 #3): opened with no index yet, it gets a copy of
the notebook of the one old index whose corpus is gone and whose files it holds; with two
such, or an old path on what looks like a drive not mounted, it says where they are and
takes nothing (`index.library_adopt`). The old notebook is never renamed or removed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.library import Library
from index.library_notebook import NOTEBOOK_FILE
from index.notebook import ArticleRecord
from index.store.generations import default_index_dir
from tests.conftest import ARTICLES, write_corpus


@pytest.fixture(autouse=True)
def _default_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Index folders in the (test's) user data folder, one a corpus, as a user has them."""
    monkeypatch.delenv("BROADSHEET_INDEX_DIR", raising=False)


def _noted(corpus: Path, tag: str) -> None:
    with Library.open(corpus) as library, library.notebook() as notebook:
        notebook.pin(ArticleRecord.of(library.article("orchard.txt")), tags=[tag])
        notebook.stories.follow("s-orchard", ["orchard.txt"])


def _tags(library: Library) -> dict[str, tuple[str, ...]]:
    with library.notebook() as notebook:
        return {e.article.id: e.tags for e in notebook.notes()}


def test_a_moved_corpus_brings_its_notebook(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news", ARTICLES)
    _noted(corpus, "frost")
    write_corpus(tmp_path / "other", {"a.txt": "Other news\n\nNothing of the orchards.\n"})
    Library.open(tmp_path / "other").close()  # an index whose corpus is still there
    moved = tmp_path / "archive" / "news-2021"
    moved.parent.mkdir()
    corpus.rename(moved)
    with Library.open(moved) as library:
        assert library.built is not None
        assert "notes copied from" in library.built.reason
        assert str(corpus) in library.built.reason
        assert _tags(library) == {"orchard.txt": ("frost",)}
        with library.notebook() as notebook:
            assert [f.story for f in notebook.stories.all()] == ["s-orchard"]
    # moved once more: the copy (the newest) is taken, not the first, left whole
    again = tmp_path / "news-again"
    moved.rename(again)
    with Library.open(again) as library:
        assert library.built is not None and str(moved) in library.built.reason
        assert _tags(library) == {"orchard.txt": ("frost",)}


def test_another_corpus_takes_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news", ARTICLES)
    _noted(corpus, "frost")
    shutil.rmtree(corpus)
    other = write_corpus(tmp_path / "other", {"orchard.txt": ARTICLES["orchard.txt"] + "More.\n"})
    with Library.open(other) as library:
        assert library.built is not None and library.built.reason == "no index yet"
        assert not library.has_notebook()


def test_two_candidates_are_named_and_neither_taken(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "one", ARTICLES)
    second = write_corpus(tmp_path / "two", ARTICLES)
    _noted(first, "one")
    _noted(second, "two")
    shutil.copytree(first, tmp_path / "three")
    shutil.rmtree(first)
    shutil.rmtree(second)
    with Library.open(tmp_path / "three") as library:
        assert library.built is not None
        assert "may be in 2 index folders" in library.built.reason
        assert "notebook.sqlite3" in library.built.reason
        assert not library.has_notebook()


def test_the_old_notebook_is_left_whole(tmp_path: Path) -> None:
    """Copied, never renamed or removed (rv35 #3): moved back, the corpus has its notes."""
    corpus = write_corpus(tmp_path / "news", ARTICLES)
    _noted(corpus, "frost")
    old = default_index_dir(corpus)
    corpus.rename(tmp_path / "moved")
    with Library.open(tmp_path / "moved") as library:
        assert library.built is not None and str(old / NOTEBOOK_FILE) in library.built.reason
    assert sorted(p.name for p in old.glob(f"{NOTEBOOK_FILE}*")) == [NOTEBOOK_FILE]
    (tmp_path / "moved").rename(corpus)
    with Library.open(corpus) as library:
        assert _tags(library) == {"orchard.txt": ("frost",)}


def test_a_copy_beside_a_missing_drive_is_told_the_cp_and_takes_nothing(tmp_path: Path) -> None:
    """The old path's folder gone too and another name: a drive not mounted, this a copy."""
    drive = write_corpus(tmp_path / "usb" / "news", ARTICLES)
    _noted(drive, "frost")
    shutil.copytree(drive, tmp_path / "backup")
    (tmp_path / "usb").rename(tmp_path / "usb-unplugged")
    with Library.open(tmp_path / "backup") as library:
        assert library.built is not None
        reason = library.built.reason
        assert "a drive not mounted?" in reason and str(drive) in reason
        assert f"`cp {default_index_dir(drive) / NOTEBOOK_FILE} " in reason
        assert not library.has_notebook()


def test_a_moved_file_corpus_takes_its_own_notebook(tmp_path: Path) -> None:
    """A JSON Lines file moved (its folder kept): matched by the file itself."""
    record = '{"id": "f1", "title": "Dam report", "body": "The dam report said."}\n'
    feed = write_corpus(tmp_path / "data", {"feed.jsonl": record}) / "feed.jsonl"
    with Library.open(feed) as library, library.notebook() as notebook:
        notebook.pin(ArticleRecord.of(library.article("f1")), tags=["dam"])
    (tmp_path / "archive").mkdir()
    feed.rename(tmp_path / "archive" / "feed-2021.jsonl")
    with Library.open(tmp_path / "archive" / "feed-2021.jsonl") as library:
        assert _tags(library) == {"f1": ("dam",)}
