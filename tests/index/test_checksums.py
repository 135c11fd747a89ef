"""A generation's checksums (`index.store.generations.checksums`) are each file's size and
the CRC-32 of its bytes, whatever its size against the read buffer (1 MiB)."""

from __future__ import annotations

import tempfile
import zlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

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
