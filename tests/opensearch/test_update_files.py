"""An OpenSearch `index update` says what files changed, as a Whoosh one does (fx18a, issue
16's leftover): "…; files: 1 new, 1 changed, 1 deleted". No node: the cluster's part of the
update is a stand-in; what is tested is the engine's count from its record of the last
build and its summary line, beside a Whoosh update of the same corpus."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import scan
from index.models import Article, BuildReport
from index.opensearch.corpus import OpenSearchEngine
from index.opensearch.record import files_since, known_files, read_record, write_record
from index.store.build import rebuild
from index.store.update import update

SERVING = "bs-test-files-1"


def _write(corpus: Path, name: str, text: str) -> None:
    (corpus / name).write_text(text, encoding="utf-8")


def _signatures(corpus: Path) -> dict[str, list[int]]:
    return {source.rel: list(source.signature) for source in scan(corpus.resolve())[0]}


class _Indices:
    def put_mapping(self, **_: Any) -> None:
        pass


class _Client:
    indices = _Indices()


def _engine(index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> OpenSearchEngine:
    """An engine whose cluster is a stand-in: the update reads every file, sends nothing."""
    engine = OpenSearchEngine(index_dir, "http://127.0.0.1:1", client=_Client())

    def send(articles: Iterable[Article], **_: Any) -> BuildReport:
        told = list(articles)
        return BuildReport(len(told), 0, 0, len(told), (), 0.01, full=False)

    monkeypatch.setattr(engine.index, "update", send)
    monkeypatch.setattr(engine, "_serving", lambda: SERVING)
    monkeypatch.setattr(engine, "_kinds", lambda serving: ({}, None, []))
    monkeypatch.setattr(engine, "_meta", lambda serving: {})
    monkeypatch.setattr(engine, "_finish", lambda report, *_: report)
    return engine


def test_an_update_says_the_files_as_whoosh_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name in ("a", "b", "c"):
        _write(corpus, f"{name}.txt", f"Harbour news {name}.\n\nThe ferry ran late.\n")
    rebuild(corpus, tmp_path / "whoosh")
    write_record(tmp_path / "os" / "opensearch", {"index": SERVING, "files": _signatures(corpus)})
    _write(corpus, "b.txt", "Harbour news b, longer now.\n\nThe ferry ran very late.\n")
    (corpus / "c.txt").unlink()
    _write(corpus, "d.txt", "Harbour news d.\n\nA new ferry.\n")

    whoosh = update(corpus, tmp_path / "whoosh")
    found = _engine(tmp_path / "os", monkeypatch).update(corpus)
    assert whoosh.files == found.files == (1, 1, 1)
    part = "; files: 1 new, 1 changed, 1 deleted"
    assert part in whoosh.summary and part in found.summary


def test_no_record_of_the_serving_index_says_no_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    _write(corpus, "a.txt", "Harbour news.\n\nThe ferry ran late.\n")
    found = _engine(tmp_path / "os", monkeypatch).update(corpus)  # built from elsewhere
    assert found.files == (0, 0, 0) and "files:" not in found.summary
    write_record(tmp_path / "os" / "opensearch", {"index": "another", "files": {}})
    assert known_files(read_record(tmp_path / "os" / "opensearch"), SERVING) is None


names = st.sampled_from(["a.txt", "b.txt", "c.txt", "d/e.txt", "f.jsonl"])
signatures = st.dictionaries(names, st.lists(st.integers(0, 3), min_size=2, max_size=2))


@settings(max_examples=200, deadline=None)
@given(known=signatures, seen=signatures)
def test_files_since_counts_each_file_once(
    known: dict[str, list[int]], seen: dict[str, list[int]]
) -> None:
    new, changed, deleted = files_since(known, seen)
    assert new == len(seen.keys() - known.keys())
    assert deleted == len(known.keys() - seen.keys())
    assert changed == sum(1 for rel in seen.keys() & known.keys() if seen[rel] != known[rel])
    assert files_since(seen, seen) == (0, 0, 0)


def test_the_record_reads_back(tmp_path: Path) -> None:
    write_record(tmp_path / "x", {"index": SERVING, "files": {"a.txt": [1, 2]}})
    assert known_files(read_record(tmp_path / "x"), SERVING) == {"a.txt": [1, 2]}
    assert read_record(tmp_path / "nothing") == {}
