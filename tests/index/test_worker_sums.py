"""A rebuild's workers take their own segments' checksums (`index.store.sums.segment_sums`);
the manifest must hold what reading every file of the generation again gives (`checksums`,
the oracle), in its order, and the segments must stay plain Whoosh (`W3Codec`)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage

from index.library import DERIVED
from index.store import build as build_module
from index.store.build import rebuild
from index.store.generations import checksums, current_generation, load_manifest
from index.store.sums import segment_sums

MIB = 1 << 20
SIZES = st.one_of(st.integers(0, 300), st.sampled_from([MIB - 1, MIB, MIB + 1, 2 * MIB + 7]))
NAMES = st.sampled_from(
    ["MAIN_a.pst", "MAIN_a._stored.col", "MAIN_ab.trm", "MAIN_b.pst", "_MAIN_1.toc", "listing.bin"]
)


@settings(max_examples=25, deadline=None)
@given(
    st.dictionaries(NAMES, st.tuples(SIZES, st.binary(min_size=1, max_size=64)), max_size=6),
    st.sampled_from(["MAIN_a.", "MAIN_b.", "MAIN_c."]),
)
def test_a_segments_sums_are_what_checksums_reads(
    files: dict[str, tuple[int, bytes]], prefix: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, (size, seed) in files.items():
            (root / name).write_bytes((seed * (size // len(seed) + 1))[:size])
        whole = checksums(root)
        mine = {name: sums for name, sums in whole.items() if name.startswith(prefix)}
        assert segment_sums(root, prefix) == mine


@pytest.mark.parametrize("derived", [(), None])
def test_a_two_process_rebuild_records_the_checksums_of_what_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, derived: tuple[()] | None
) -> None:
    """Several batches for each worker; without the derived data, and with every kind
    (None: `DERIVED`, the command's)."""
    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)
    corpus = tmp_path / "corpus.jsonl"
    words = ["oil", "prices", "rose", "on", "Tuesday", "the", "minister", "said", "in", "Paris"]
    with open(corpus, "w", encoding="utf-8") as out:
        for n in range(450):
            body = " ".join(words[(n + k) % len(words)] for k in range(40)) + f" word{n}."
            out.write(json.dumps({"id": f"a{n}", "title": f"Story {n}", "body": body}) + "\n")
    rebuild(corpus, tmp_path / "index", procs=2, derived=DERIVED if derived is None else derived)
    live = current_generation(tmp_path / "index")
    assert live is not None
    recorded = load_manifest(live)["checksums"]
    assert list(recorded.items()) == list(checksums(live).items())
    ix = FileStorage(str(live)).open_index()
    try:
        segments = ix._read_toc().segments
        assert len(segments) == 2
        assert {type(segment.codec()) for segment in segments} == {W3Codec}
        assert ix.doc_count() == 450
    finally:
        ix.close()
