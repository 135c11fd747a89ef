"""Full rebuilds, incremental updates and the atomic swap."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from index.errors import BuildFailed
from index.library import Library
from index.models import Progress
from index.search.engine import open_index
from index.store import build as build_module
from index.store import collect as collect_module
from index.store.build import rebuild
from index.store.generations import (
    CURRENT,
    MANIFEST,
    IndexLocked,
    build_lock,
    current_generation,
    default_index_dir,
    load_manifest,
    read_json,
    verify,
    write_json,
)
from index.store.schema import SCHEMA_VERSION
from index.store.update import update


def test_rebuild_indexes_everything(corpus: Path, index_dir: Path) -> None:
    seen: list[Progress] = []
    report = rebuild(corpus, index_dir, on_progress=seen.append)
    assert report.full and report.indexed == 3 and report.total == 3
    assert report.skipped == ()
    assert seen and seen[-1].done == seen[-1].total
    with open_index(index_dir) as index:
        assert len(index) == 3
    assert not [p for p in index_dir.iterdir() if p.name.startswith("tmp-")]


def test_rebuild_swaps_generations(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    first = current_generation(index_dir)
    rebuild(corpus, index_dir)
    second = current_generation(index_dir)
    assert first != second and second is not None and second.is_dir()
    rebuild(corpus, index_dir)
    generations = sorted(p.name for p in index_dir.iterdir() if p.name.startswith("gen-"))
    assert len(generations) == 2  # the live one and the one before it


def test_failed_rebuild_keeps_previous_index(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    (corpus / "new.txt").write_text("A new article about frost.\n")

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_module, "finish_generation", explode)
    with pytest.raises(BuildFailed, match="No space"):
        rebuild(corpus, index_dir)
    assert current_generation(index_dir) == before
    assert not [p for p in index_dir.iterdir() if p.name.startswith("tmp-")]
    with open_index(index_dir) as index:
        assert len(index) == 3


def test_interrupted_rebuild_keeps_previous_index(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)

    def interrupt(progress: Progress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rebuild(corpus, index_dir, on_progress=interrupt)
    with open_index(index_dir) as index:
        assert len(index) == 3
    assert not [p for p in index_dir.iterdir() if p.name.startswith("tmp-")]


def test_second_build_is_refused_while_locked(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    with build_lock(index_dir), pytest.raises(IndexLocked, match="already running"):
        rebuild(corpus, index_dir)


def test_noop_update_reads_nothing(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)

    def no_reading(*args: object) -> None:
        raise AssertionError("a no-op update must not read files")

    monkeypatch.setattr(collect_module, "read_source", no_reading)
    report = update(corpus, index_dir)
    assert (report.indexed, report.deleted, report.unchanged) == (0, 0, 3)
    assert report.summary.startswith("0 articles added, 0 changed, 0 removed, 3 files unchanged")
    assert current_generation(index_dir) == before


def test_update_adds_changes_and_deletes(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    (corpus / "orchard.txt").unlink()
    (corpus / "fresh.txt").write_text("Fresh snow closes the mountain pass.\n")
    harbour = corpus / "harbour.txt"
    harbour.write_text(harbour.read_text() + "\nThe port reopened on Wednesday.\n")
    os.utime(harbour, ns=(1, 1))
    report = update(corpus, index_dir)
    assert report.indexed == 2 and report.deleted == 2 and report.unchanged == 1
    assert (report.added, report.changed, report.removed) == (1, 1, 1)
    assert report.summary.startswith(
        "1 article added, 1 changed, 1 removed, 1 file unchanged; "
        "files: 1 new, 1 changed, 1 deleted ("
    ) and report.summary.endswith("s); 3 articles in all")
    with open_index(index_dir) as index:
        assert len(index) == 3
        assert index.search("orchard OR frost").total == 0
        assert index.search("snow").total == 1
        assert index.search("reopened").total == 1


def test_update_without_index_rebuilds(corpus: Path, index_dir: Path) -> None:
    report = update(corpus, index_dir)
    assert report.full and report.total == 3


def test_older_schema_is_rebuilt(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    generation = current_generation(index_dir)
    assert generation is not None
    manifest = read_json(generation / MANIFEST)
    manifest["schema_version"] = 0
    write_json(generation / MANIFEST, manifest)
    with Library.open(corpus, index_dir) as library:
        assert library.built is not None
        assert (
            library.built.reason
            == f"index has schema version 0, this broadsheet needs {SCHEMA_VERSION}; rebuilding"
        )
        assert len(library) == 3


def test_duplicate_ids_are_skipped(tmp_path: Path, index_dir: Path) -> None:
    line = '{"id": "same", "title": "T", "body": "Body text here."}\n'
    (tmp_path / "a.jsonl").write_text(line)
    (tmp_path / "b.jsonl").write_text(line)
    report = rebuild(tmp_path, index_dir)
    assert report.indexed == 1
    assert "duplicate id 'same'" in report.skipped[0].reason


def test_default_index_dir_is_outside_the_corpus(corpus: Path) -> None:
    folder = default_index_dir(corpus)
    assert not folder.resolve().is_relative_to(corpus.resolve())
    assert folder.parent.name == "indexes"
    assert default_index_dir(corpus) == folder


def test_current_pointer_is_replaced_not_rewritten(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    inode = os.stat(index_dir / CURRENT).st_ino
    rebuild(corpus, index_dir)
    assert os.stat(index_dir / CURRENT).st_ino != inode


def test_two_processes_build_the_same_index(tmp_path: Path) -> None:
    # a corpus big enough for Whoosh's multiprocess writer gives the same answers
    corpus = tmp_path / "many.jsonl"
    words = [
        "harbour",
        "strike",
        "frost",
        "grain",
        "tariff",
        "council",
        "budget",
        "apple",
        "dock",
        "union",
    ]
    with open(corpus, "w", encoding="utf-8") as out:
        for n in range(700):
            body = " ".join(words[(n * k) % len(words)] for k in range(1, 180))
            row = {"id": f"m{n}", "title": f"Report {n}", "date": f"2020-01-{1 + n % 28:02d}"}
            out.write(json.dumps({**row, "body": body}) + "\n")
    one = rebuild(corpus, tmp_path / "one", procs=1)
    two = rebuild(corpus, tmp_path / "two", procs=2)
    assert one.indexed == two.indexed == 700
    with open_index(tmp_path / "one") as a, open_index(tmp_path / "two") as b:
        assert len(b.searcher.reader.searcher.reader().leaf_readers()) == 2  # both processes wrote
        for query in ("harbour", "grain AND tariff", '"dock union"', "date:2020-01-05", ""):
            first = a.search(query, limit=None)
            second = b.search(query, limit=None)
            assert first.total == second.total
            assert {h.id for h in first.hits} == {h.id for h in second.hits}


@pytest.mark.parametrize("links", [True, False])
def test_update_shares_unchanged_files_and_both_generations_verify(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    # an update hard-links the live generation's files (Whoosh never rewrites one) and
    # keeps their checksums; where links fail it copies. Either way both generations
    # stay whole and verifiable.
    if not links:

        def no_links(source: object, target: object) -> None:
            raise OSError(18, "Invalid cross-device link")

        monkeypatch.setattr(build_module.os, "link", no_links)
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    assert before is not None
    (corpus / "orchard.txt").write_text("Apple growers recover\n\nThe frost spared the pears.\n")
    update(corpus, index_dir)
    after = current_generation(index_dir)
    assert after is not None and after != before
    verify(before, load_manifest(before))
    verify(after, load_manifest(after))
    shared = [
        name
        for name in load_manifest(before)["checksums"]
        if (after / name).exists() and os.path.samefile(before / name, after / name)
    ]
    assert bool(shared) is links
    with open_index(index_dir) as index:  # opening verifies every checksum again
        assert [h.id for h in index.search("pears").hits] == ["orchard.txt"]
        assert index.search("blossom").total == 0
