"""The live manifest `indexed_corpus` parsed is the one the next `load_manifest` of that file
gets (`index.store.kept`): parsed once, not twice, and never a file that changed since."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.store import json_bytes, kept
from index.store.build import rebuild
from index.store.generations import (
    current_generation,
    load_manifest,
    read_json,
    write_json,
)
from index.store.live import indexed_corpus
from index.store.sums import MANIFEST
from tests.conftest import ARTICLES, write_corpus


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    folder = tmp_path / "index"
    rebuild(corpus, folder, procs=1)
    generation = current_generation(folder)
    assert generation is not None
    return folder, generation


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = json_bytes.loads

    def loads(data: bytes) -> object:
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(json_bytes, "loads", loads)
    return calls


def test_the_manifest_is_parsed_once_for_the_check_and_the_build(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, generation = built
    fresh = read_json(generation / MANIFEST)
    calls = _counting(monkeypatch)
    assert indexed_corpus(folder) == Path(fresh["corpus"])
    assert load_manifest(generation) == fresh
    assert len(calls) == 1
    assert load_manifest(generation) == fresh  # handed out once: read again
    assert len(calls) == 2


def test_a_manifest_written_again_is_read_again(built: tuple[Path, Path]) -> None:
    folder, generation = built
    indexed_corpus(folder)
    changed = read_json(generation / MANIFEST)
    changed["built_at"] = "2000-01-01T00:00:00+00:00"  # same size: another file all the same
    write_json(generation / MANIFEST, changed)
    assert load_manifest(generation)["built_at"] == "2000-01-01T00:00:00+00:00"


def test_a_manifest_changed_in_place_is_read_again(built: tuple[Path, Path]) -> None:
    folder, generation = built
    indexed_corpus(folder)
    path = generation / MANIFEST
    manifest = json.loads(path.read_bytes())
    manifest["articles"] = int(manifest["articles"]) + 1
    with open(path, "r+b") as handle:  # the same inode, rewritten
        handle.write(json_bytes.dumps(manifest))
        handle.truncate()
    assert load_manifest(generation)["articles"] == manifest["articles"]


def test_another_files_read_drops_what_was_kept(built: tuple[Path, Path], tmp_path: Path) -> None:
    folder, generation = built
    indexed_corpus(folder)
    other = tmp_path / "other.json"
    other.write_text("{}", encoding="utf-8")
    assert kept.take(other) is None
    assert kept.take(generation / MANIFEST) is None  # dropped, not held on
