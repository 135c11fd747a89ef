"""A text with a stray NUL byte is read without it (nu36 #10: it was dropped whole as a
binary file); NULs in numbers, or among other controls, still make a file binary."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.decode import STRAY_NUL_SPAN, DecodeError, decode

texts = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")) | st.just("\n"),
    min_size=1,
    max_size=3000,
).filter(str.strip)


@settings(max_examples=200, deadline=None)
@given(text=texts, where=st.floats(0, 1))
def test_one_stray_nul_is_dropped_and_the_text_kept(text: str, where: float) -> None:
    data = text.encode("utf-8")
    cut = round(where * len(data))
    while cut < len(data) and data[cut] & 0xC0 == 0x80:
        cut += 1  # between characters, as a byte lost in a copy would fall
    # the oracle: the text as it reads without the NUL
    assert decode(data[:cut] + b"\x00" + data[cut:]) == decode(data)


@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_utf16_without_its_mark_stays_binary(text: str) -> None:
    data = text.encode("utf-16-le")
    if data.count(b"\x00") > max(1, len(data) // STRAY_NUL_SPAN):
        with pytest.raises(DecodeError, match="NUL bytes"):
            decode(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00",
        b"\x00\n\x00",
        b"ab\x00\x00cdef",
        b"some text\x00\x01\x02 with nul",
        bytes(range(256)) * 40,
        b"A headline\n\nA body" + b"\x00" * 100,
    ],
)
def test_many_nuls_or_controls_stay_binary(data: bytes) -> None:
    with pytest.raises(DecodeError, match="NUL bytes"):
        decode(data)


def test_the_walkthrough_file() -> None:
    data = b"Nul title\nCNN\n2017-02-10\n\nA body with a nul \x00 byte nulword inside it.\n"
    assert decode(data) == data.replace(b"\x00", b"").decode()
