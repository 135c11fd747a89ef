"""Articles in odd encodings are read, indexed and found."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

from index.search.engine import open_index
from index.store.build import rebuild


def _index(tmp_path: Path, files: dict[str, bytes]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    rebuild(corpus, tmp_path / "index")
    return tmp_path / "index"


def test_cp1252_is_searchable(tmp_path: Path) -> None:
    text = "Café owners in Köln said “prices” rose — naïve hopes of déjà vu faded.\n"
    index_dir = _index(tmp_path, {"old.txt": text.encode("cp1252")})
    with open_index(index_dir) as index:
        assert index.search("naïve").total == 1
        assert "“prices”" in index.article("old.txt").body


def test_latin1_is_searchable(tmp_path: Path) -> None:
    text = "Le garçon était très fâché à la fenêtre, où il a vu Noël et sa sœur.\n"
    index_dir = _index(tmp_path, {"fr.txt": text.replace("œ", "oe").encode("latin-1")})
    with open_index(index_dir) as index:
        assert index.search("garçon").total == 1
        assert index.search("fenêtre").total == 1


def test_utf8_bom_and_utf16_bom(tmp_path: Path) -> None:
    index_dir = _index(
        tmp_path,
        {
            "bom8.txt": codecs.BOM_UTF8 + "Zürich bankers met.\n".encode(),
            "bom16.txt": codecs.BOM_UTF16_LE + "Genève diplomats met.\n".encode("utf-16-le"),
        },
    )
    with open_index(index_dir) as index:
        assert index.search("zürich").total == 1
        assert index.search("genève").total == 1
        assert not index.article("bom8.txt").body.startswith("\ufeff")


def test_decomposed_and_composed_unicode_match(tmp_path: Path) -> None:
    composed = "The café opened.\n"
    decomposed = unicodedata.normalize("NFD", "The café closed.\n")
    index_dir = _index(tmp_path, {"a.txt": composed.encode(), "b.txt": decomposed.encode()})
    with open_index(index_dir) as index:
        assert index.search("café").total == 2
        assert index.search(unicodedata.normalize("NFD", "café")).total == 2


def test_lone_surrogates(tmp_path: Path) -> None:
    # JSON escapes can carry lone surrogates that no UTF-8 file could
    record = '{"id": "s1", "title": "Odd \\ud800 title", "body": "Text with \\udc00 a lone half."}'
    index_dir = _index(tmp_path, {"odd.jsonl": record.encode()})
    with open_index(index_dir) as index:
        article = index.article("s1")
        assert "\ufffd" in article.body and "\ufffd" in article.title
        json.dumps(article.body).encode("utf-8")
