"""A corpus folder moved keeps its notebook (nu36 #3): opened with no index yet, it takes
the notebook of the one old index whose corpus is gone and whose files it holds; with two
such, it says where they are and takes neither (`index.library_adopt`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.library import Library
from index.notebook import ArticleRecord
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
        assert "notes carried over from" in library.built.reason
        assert str(corpus) in library.built.reason
        assert _tags(library) == {"orchard.txt": ("frost",)}
        with library.notebook() as notebook:
            assert [f.story for f in notebook.stories.all()] == ["s-orchard"]
    # moved once more: the live notebook is the one found, the first is set aside
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
