"""Decoding bytes and neutralising what could act on a terminal."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.ingest.decode import DecodeError, decode
from index.ingest.sanitize import sanitize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain", "plain"),
        ("red \x1b[31mtext\x1b[0m", "red text"),
        ("title \x1b]0;pwned\x07bar", "title bar"),
        ("osc st \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "osc st link"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("c1 \x9b31m csi", "c1  csi"),
        ("bidi \u202eevil\u202c", "bidi evil"),
        ("isolate \u2066x\u2069", "isolate x"),
        ("crlf\r\nline\rcr", "crlf\nline\ncr"),
        ("tab\tkept\nnewline kept", "tab\tkept\nnewline kept"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ],
)
def test_sanitize_neutralises(raw: str, expected: str) -> None:
    assert sanitize(raw) == expected


def test_sanitize_composes_unicode() -> None:
    decomposed = unicodedata.normalize("NFD", "café")
    assert decomposed != "café"
    assert sanitize(decomposed) == "café"


@given(st.text())
def test_sanitize_never_leaves_controls(text: str) -> None:
    clean = sanitize(text)
    assert "\x1b" not in clean
    assert all(
        ch in "\n\t"
        or not unicodedata.category(ch).startswith("C")
        or ch == "\ufffd"
        or unicodedata.category(ch) in ("Cf", "Co", "Cn")
        for ch in clean
    )
    assert not any(0x202A <= ord(ch) <= 0x202E for ch in clean)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("héllo wörld".encode(), "héllo wörld"),
        (codecs.BOM_UTF8 + "café".encode(), "café"),
        (codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "café"),
        (codecs.BOM_UTF16_BE + "naïve".encode("utf-16-be"), "naïve"),
    ],
)
def test_decode_unicode(data: bytes, text: str) -> None:
    assert decode(data) == text


def test_decode_cp1252() -> None:
    text = "The café’s “special” costs €5 — naïve señor Müller’s déjà vu."
    assert decode(text.encode("cp1252")) == text


def test_decode_latin1() -> None:
    text = "Le garçon était très fâché à la fenêtre, où il a vu Noël."
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"some text\x00\x01\x02 with nul", "NUL bytes"),
        (b"%PDF-1.7\n", "PDF"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)
