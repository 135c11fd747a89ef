"""The packed listing (`index.store.listing`): the dict it stands for, its file, damage."""

from __future__ import annotations

import marshal
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.errors import IndexDamaged
from index.search.engine import WhooshEngine
from index.store.build import rebuild
from index.store.generations import (
    LISTING,
    MANIFEST,
    checksums,
    current_generation,
    load_manifest,
    read_json,
    write_json,
)
from index.store.listing import (
    MAGIC,
    MANIFEST_KEY,
    PACKED,
    Listing,
    pack,
    read_listing,
    unpack,
)
from index.store.update import update

text = st.text(max_size=12)
rows = st.lists(
    st.tuples(
        text,  # id
        text,  # title
        st.booleans(),
        st.none() | st.sampled_from(["Reuters", "AP", "", "Le Monde"]),
        st.none() | st.sampled_from(["1987-02-26T15:01:01", "2020-01-01T00:00:00+00:00"]),
        st.sampled_from(["bulk.jsonl", "a.txt", "b/c.md"]),
    ),
    max_size=30,
)


def _as_dict(found: list[tuple[Any, ...]]) -> dict[str, list[Any]]:
    return {article_id: list(rest) for article_id, *rest in found}


@settings(max_examples=60, deadline=None)
@given(rows)
def test_a_listing_reads_as_the_dict_it_was_made_from(found: list[tuple[Any, ...]]) -> None:
    expected = _as_dict(found)
    for listing in (Listing.from_rows(expected), unpack(pack(expected))):
        assert len(listing) == len(expected)
        assert list(listing) == list(expected)  # the build's order
        assert listing.to_rows() == expected
        assert listing == expected
        for article_id, row in expected.items():
            assert article_id in listing
            assert listing[article_id] == row
        assert "no such id" not in listing or "no such id" in expected
        assert listing.get("no such id") == expected.get("no such id")
        assert listing.sources() == [row[2] for row in expected.values()]


def test_the_file_round_trips_and_shares_each_outlet() -> None:
    listing = {
        f"id-{n}": [f"Title {n}", n % 2 == 0, "Reuters", None, "bulk.jsonl"] for n in range(50)
    }
    back = unpack(pack(listing))
    assert back.to_rows() == listing
    assert len({id(source) for source in back.sources()}) == 1


def _framed(body: bytes) -> bytes:
    return MAGIC + zlib.crc32(body).to_bytes(4, "big") + body


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a listing",
        MAGIC,
        _framed(b"\x00garbage"),
        _framed(marshal.dumps([1, 2, 3])),
        _framed(
            marshal.dumps(
                [
                    ["a"],
                    ["t"],
                    b"\x00",
                    ["S"],
                    b"\x07\x00\x00\x00",
                    [None],
                    ["f"],
                    b"\x00\x00\x00\x00",
                ]
            )
        ),
        _framed(
            marshal.dumps(
                [
                    ["a", "b"],
                    ["t"],
                    b"\x00",
                    ["S"],
                    b"\x00\x00\x00\x00",
                    [None],
                    ["f"],
                    b"\x00\x00\x00\x00",
                ]
            )
        ),
        _framed(
            marshal.dumps(
                [
                    [1],
                    ["t"],
                    b"\x00",
                    ["S"],
                    b"\x00\x00\x00\x00",
                    [None],
                    ["f"],
                    b"\x00\x00\x00\x00",
                ]
            )
        ),
    ],
)
def test_what_is_not_a_packed_listing_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        unpack(data)


def test_a_flipped_byte_fails_the_checksum() -> None:
    data = bytearray(pack({"a": ["Title", False, "AP", None, "a.txt"]}))
    data[-3] ^= 0x20
    with pytest.raises(ValueError, match="checksum"):
        unpack(bytes(data))


def test_a_build_writes_it_and_the_reader_opens_it(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    live = current_generation(index_dir)
    assert live is not None
    rows = read_json(live / LISTING)
    assert unpack((live / PACKED).read_bytes()).to_rows() == rows
    engine = WhooshEngine(index_dir)
    engine.open()
    try:
        assert isinstance(engine.searcher.reader.listing, Listing)
        assert engine.searcher.reader.listing == rows
        assert engine.search("").total == len(rows)
    finally:
        engine.close()


def test_a_damaged_or_missing_packed_listing_falls_back_to_the_json(
    corpus: Path, index_dir: Path
) -> None:
    rebuild(corpus, index_dir)
    live = current_generation(index_dir)
    assert live is not None
    rows = read_json(live / LISTING)
    packed = live / PACKED
    manifest = load_manifest(live)
    packed.write_bytes(packed.read_bytes()[:-5])  # cut short
    assert read_listing(live, LISTING, manifest).to_rows() == rows
    packed.unlink()
    assert read_listing(live, LISTING, manifest).to_rows() == rows


def test_with_both_damaged_the_index_is_damaged(tmp_path: Path) -> None:
    (tmp_path / PACKED).write_bytes(b"BSLST1\nxxxx")
    manifest = {MANIFEST_KEY: int.from_bytes(b"xxxx", "big")}  # vouches for that packed file
    (tmp_path / LISTING).write_text('{"a": [1, 2', encoding="utf-8")
    with pytest.raises(IndexDamaged, match="damaged"):
        read_listing(tmp_path, LISTING, manifest)
    (tmp_path / LISTING).write_text('{"a": "not a row"}', encoding="utf-8")
    with pytest.raises(IndexDamaged, match="damaged"):
        read_listing(tmp_path, LISTING, manifest)
    (tmp_path / LISTING).unlink()
    with pytest.raises(IndexDamaged, match="missing"):
        read_listing(tmp_path, LISTING, manifest)


def test_a_packed_listing_an_older_update_left_behind_is_not_read(
    corpus: Path, index_dir: Path
) -> None:
    # An update by a version without the packed listing hard-links every file of the live
    # generation (listing.bin too) into the new one, rewrites listing.json, and writes a
    # manifest of its own: checksums of every file (the stale listing.bin's included) and
    # no `MANIFEST_KEY`. The reader must list what that update indexed.
    rebuild(corpus, index_dir)
    first = current_generation(index_dir)
    assert first is not None
    stale = (first / PACKED).read_bytes()
    (corpus / "late.txt").write_text("A late article\n\nAbout wheat.\n", encoding="utf-8")
    update(corpus, index_dir)
    live = current_generation(index_dir)
    assert live is not None and live != first
    (live / PACKED).write_bytes(stale)  # as the older update linked it
    manifest = read_json(live / MANIFEST)
    del manifest[MANIFEST_KEY]
    manifest["checksums"] = checksums(live)
    write_json(live / MANIFEST, manifest)
    rows = read_json(live / LISTING)
    assert "late.txt" in rows and unpack(stale).to_rows() != rows
    assert read_listing(live, LISTING, manifest).to_rows() == rows
    engine = WhooshEngine(index_dir)
    engine.open()
    try:
        assert engine.searcher.reader.listing == rows
        found = engine.search("wheat")
        assert found.total == 1
    finally:
        engine.close()
