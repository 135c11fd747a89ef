"""nu62 #8 (fx157): a JSON Lines file that is a binary (an executable, an image, NULs) is
one file skipped, "binary.jsonl: binary file (executable)", not its "records" ("1 file and
3 records skipped" for an empty and a binary file; "bin1.jsonl:1: line 1: binary file").
Oracle: `decode`'s own verdict on the file's first line (binary or not), over hypothesis
draws of signatures and tails; a binary record further down stays one record skipped."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.decode import _MAGIC, DecodeError, decode
from index.ingest.files import ReadError, scan
from index.ingest.readers import read_source

RECORD = b'{"id": "a1", "title": "Ferry", "text": "The ferry returns to the island at dawn."}\n'


def _read(data: bytes) -> list[str]:
    """The reasons of the skips of a JSON Lines file of ``data``, or ["FILE: reason"]."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_bytes(data)
        (source,), _ = scan(path)
        try:
            result = read_source(source)
        except ReadError as error:
            return [f"FILE: {error}"]
        return [f"{skip.path}: {skip.reason}" for skip in result.skipped]


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(st.sampled_from([magic for magic, _ in _MAGIC]), st.just(b"\x00\x00\x00\x00")),
    st.binary(max_size=200),
)
def test_a_binary_file_is_one_file_skipped(magic: bytes, tail: bytes) -> None:
    first = (magic + tail).split(b"\n", 1)[0] + b"\n"
    try:
        decode(first)
        binary = False
    except DecodeError as error:
        binary = str(error).startswith("binary file")
    said = _read(magic + tail + b"\n" + RECORD)
    if binary:
        assert len(said) == 1 and said[0].startswith("FILE: binary file (")
        assert "line" not in said[0]
    else:
        assert not any(reason.startswith("FILE:") for reason in said)


@pytest.mark.parametrize("magic", [magic for magic, _ in _MAGIC if b"\n" not in magic])
def test_a_binary_line_further_down_is_one_record(magic: bytes) -> None:
    said = _read(RECORD + magic + b"\x00\x01\x02\n" + RECORD.replace(b"a1", b"a2"))
    assert len(said) == 1 and said[0].startswith("feed.jsonl:2: ")
    assert "binary file" in said[0]


def test_a_text_file_with_a_bom_is_read() -> None:
    assert _read(b"\xef\xbb\xbf" + RECORD) == []
