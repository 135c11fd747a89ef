"""An OpenSearch `index update` says what files changed, as a Whoosh one does (fx18a, issue
16's leftover): "…; files: 1 new, 1 changed, 1 deleted". No node: the cluster's part of the
update is a stand-in; what is tested is the engine's count from its record of the last
build and its summary line, beside a Whoosh update of the same corpus."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import scan
from index.models import Article, BuildReport, Skipped
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.opensearch.documents import document
from index.opensearch.files import CorpusFiles
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


def _changes(corpus: Path) -> None:
    """From a, b, c and f.jsonl (two records): a touched (same text, a later time), b
    changed, c deleted, d new, f less one record."""
    for name in ("a", "b", "c"):
        _write(corpus, f"{name}.txt", f"Harbour news {name}.\n\nThe ferry ran late.\n")
    records = [{"id": f"f{n}", "title": f"Ferry {n}", "body": "The ferry ran."} for n in (1, 2)]
    _write(corpus, "f.jsonl", "".join(json.dumps(r) + "\n" for r in records))


def _change(corpus: Path) -> None:
    later = (corpus / "a.txt").stat().st_mtime_ns + 5 * 10**9
    os.utime(corpus / "a.txt", ns=(later, later))
    _write(corpus, "b.txt", "Harbour news b, longer now.\n\nThe ferry ran very late.\n")
    (corpus / "c.txt").unlink()
    _write(corpus, "d.txt", "Harbour news d.\n\nA new ferry.\n")
    record = {"id": "f1", "title": "Ferry 1", "body": "The ferry ran."}
    _write(corpus, "f.jsonl", json.dumps(record) + "\n")


UNCHANGED = "1 file unchanged; files: 1 new, 2 changed, 1 deleted"
"""After `_change`: a.txt is the one file unchanged (touched), b.txt and f.jsonl changed."""


def test_a_touched_file_is_unchanged_and_files_are_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fx19's plan: an OpenSearch update counted a touched file as changed (its record
    keeps the stat) and said "N files unchanged" of the articles not sent."""
    corpus = tmp_path / "news"
    corpus.mkdir()
    _changes(corpus)
    rebuild(corpus, tmp_path / "whoosh")
    before = CorpusFiles(corpus)
    cluster = {a.id: document(a)["digest"] for a in before.articles()}
    record = {"index": SERVING, "files": before.signatures, "ids": before.ids}
    write_record(tmp_path / "os" / "opensearch", record)
    _change(corpus)
    engine = _engine(tmp_path / "os", monkeypatch)

    def send(articles: Iterable[Article], *, sent_ids: set[str], **_: Any) -> BuildReport:
        told = [a for a in articles if cluster.get(a.id) != document(a)["digest"]]
        sent_ids.update(a.id for a in told)  # as the cluster does: only what changed
        return BuildReport(len(told), 0, 0, len(told), (), 0.01, full=False)

    monkeypatch.setattr(engine.index, "update", send)
    whoosh = update(corpus, tmp_path / "whoosh")
    found = engine.update(corpus)
    assert whoosh.files == found.files == (1, 2, 1)
    assert whoosh.unchanged == found.unchanged == 1
    assert UNCHANGED in whoosh.summary and UNCHANGED in found.summary


@pytest.mark.opensearch
def test_on_a_node_the_update_counts_files_as_whoosh_does(tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    _changes(corpus)
    rebuild(corpus, tmp_path / "whoosh")
    engine = OpenSearchEngine(tmp_path / f"bs-test-{uuid.uuid4().hex[:12]}", configured_url())
    try:
        engine.rebuild(corpus)
        _change(corpus)
        whoosh, found = update(corpus, tmp_path / "whoosh"), engine.update(corpus)
        assert whoosh.files == found.files == (1, 2, 1)
        assert UNCHANGED in whoosh.summary and UNCHANGED in found.summary
        again = engine.update(corpus)
        assert (again.files, again.unchanged) == ((0, 0, 0), 4)
        assert "4 files unchanged (" in again.summary
    finally:
        engine.index.drop()


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


def test_the_status_counts_parts_left_out_apart_from_skipped_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rv24 #7: the record keeps "left_out" beside "skipped"; a record from before has none
    (the status leaves it unknown until the next build)."""
    from index.opensearch import corpus as module

    corpus = tmp_path / "news"
    corpus.mkdir()
    _write(corpus, "a.txt", "A title\n\nSome words of a body.")
    engine = _engine(tmp_path / "os", monkeypatch)
    monkeypatch.setattr(
        engine, "_kinds", lambda serving: ({"format": module.FORMAT_VERSION}, None, [])
    )
    monkeypatch.setattr(engine.index.client, "exists", lambda **_: False, raising=False)
    monkeypatch.setattr(type(engine.index), "__len__", lambda self: 1)
    skips = (Skipped("a.txt", "empty file"),)
    notes = (Skipped("b.json", "JSON field ignored: date"), Skipped("c.json", "Field ignored: x"))
    report = BuildReport(1, 0, 0, 1, skips, 0.01, full=True)
    files = SimpleNamespace(signatures=_signatures(corpus), ids={}, skipped=list(notes))
    engine._write_record(SERVING, files, report, [])  # type: ignore[arg-type]
    status = engine.status(corpus)
    assert (status.skipped, status.left_out) == (1, 2)
    record = read_record(tmp_path / "os" / "opensearch")
    del record["left_out"]
    write_record(tmp_path / "os" / "opensearch", record)
    assert engine.status(corpus).left_out is None
