"""A generation's checksums (`index.store.generations.checksums`) are each file's size and
the CRC-32 of its bytes, whatever its size against the read buffer (1 MiB)."""

from __future__ import annotations

import tempfile
import zlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.store.build import _in_order
from index.store.generations import checksums

MIB = 1 << 20
SIZES = st.one_of(
    st.integers(0, 300), st.sampled_from([MIB - 1, MIB, MIB + 1, 2 * MIB, 2 * MIB + 7])
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(SIZES, st.binary(min_size=1, max_size=64)), max_size=4))
def test_each_file_gets_its_size_and_the_crc_of_its_bytes(files: list[tuple[int, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "stories").mkdir()
        expected = {}
        for number, (size, seed) in enumerate(files):
            data = (seed * (size // len(seed) + 1))[:size]
            name = f"MAIN_{number}.seg" if number % 2 else f"stories/{number}.json"
            (root / name).write_bytes(data)
            expected[name] = [size, zlib.crc32(data)]
        assert checksums(root) == expected


def test_the_index_part_and_the_derived_part_make_the_whole_in_its_order(
    tmp_path: Path,
) -> None:
    """`finish_generation` of an update takes the checksums of the files outside the derived
    folders while its children write them (`check_index_part`), then of the derived
    folders: the manifest lists them as one pass over the whole folder does, in order."""
    names = ["MAIN_1.seg", "_MAIN_1.toc", "listing.bin", "quotes/a.tsv", "quotes/seg/1.bin"]
    names += ["quotes.x", "stories/meta.json", "zeta"]
    for number, name in enumerate(names):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(bytes([number]) * (number + 1))
    derived = ["quotes", "stories"]
    index_part = checksums(tmp_path, keep=lambda name: name not in derived)
    rest = checksums(tmp_path, keep=lambda name: name in derived)
    assert sorted(index_part) == ["MAIN_1.seg", "_MAIN_1.toc", "listing.bin", "quotes.x", "zeta"]
    merged = {name: index_part.get(name) or rest[name] for name in _in_order(index_part, rest)}
    assert list(merged.items()) == list(checksums(tmp_path).items())
