"""nu65 #7: the notebook's export dialog warned "not the corpus folder: the next update would
index it" for a corpus that is one .jsonl file, where nothing beside it is indexed. Oracle:
`scan` of the corpus, which is what the next update reads."""

from __future__ import annotations

from pathlib import Path

from index.ingest.files import scan
from tui.export_folder import HOME, NOT_CORPUS, export_folder


def test_a_single_file_corpus_gets_no_corpus_folder_warning(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"id": "a1", "title": "Dam holds", "body": "The dam held."}\n')
    (tmp_path / "notebook.md").write_text("# Notebook\n")
    # the oracle: a notebook.md beside a .jsonl corpus is not read by the next update
    assert all(f.rel != "notebook.md" for f in scan(corpus)[0])
    assert export_folder(home, tmp_path, corpus=corpus) == (home, HOME)
    assert "corpus" not in HOME


def test_a_folder_corpus_keeps_the_warning(tmp_path: Path) -> None:
    home, folder = tmp_path / "home", tmp_path / "news"
    home.mkdir()
    folder.mkdir()
    assert export_folder(home, tmp_path, corpus=folder) == (home, NOT_CORPUS)
    assert export_folder(home, tmp_path) == (home, NOT_CORPUS)  # corpus not known: warned
