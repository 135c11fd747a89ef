"""Opening an index reads its manifest once: `build_needed` hands what it read to the
reader, which takes it only for the generation it was read from. The listing is read
when first asked for (a search's hits need none: `StoreReader.hit`), once."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.search.engine import WhooshEngine
from index.store import generations, reader
from index.store.build import rebuild
from index.store.listing import PACKED
from index.store.update import update


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real = generations.read_json

    def counted(path: Path) -> object:
        reads.append(f"{path.parent.name}/{path.name}")
        return real(path)

    real_listing = reader.read_listing

    def counted_listing(folder: Path, json_name: str, manifest: dict[str, object]) -> object:
        reads.append(f"{folder.name}/{PACKED}")
        return real_listing(folder, json_name, manifest)

    monkeypatch.setattr(generations, "read_json", counted)  # load_manifest's
    monkeypatch.setattr(reader, "read_listing", counted_listing)  # the listing's
    return reads


def test_open_reads_the_manifest_once(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    reads = _count_reads(monkeypatch)
    engine = WhooshEngine(index_dir)
    assert engine.build_needed() is None
    engine.open()
    live = generations.current_generation(index_dir)
    assert live is not None
    assert reads == [f"{live.name}/{generations.MANIFEST}"]  # the listing when asked for
    assert engine.searcher.reader.manifest["articles"] == len(engine)
    assert len(engine) == len(engine.searcher.reader.listing)  # read once
    assert reads == [f"{live.name}/{generations.MANIFEST}", f"{live.name}/{PACKED}"]
    engine.close()


def test_a_manifest_of_another_generation_is_read_again(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    engine = WhooshEngine(index_dir)
    assert engine.build_needed() is None
    (corpus / "late.txt").write_text("Late news\n\nA harbour reopened today.\n", encoding="utf-8")
    update(corpus, index_dir)  # a new generation is published between the two
    reads = _count_reads(monkeypatch)
    engine.open()
    live = generations.current_generation(index_dir)
    assert live is not None
    assert reads == [f"{live.name}/{generations.MANIFEST}"]
    assert len(engine) == len(engine.searcher.reader.listing)  # the listing of that one
    assert reads == [f"{live.name}/{generations.MANIFEST}", f"{live.name}/{PACKED}"]
    assert engine.searcher.reader.generation == live
    assert engine.searcher.reader.manifest == generations.load_manifest(live)
    engine.close()
