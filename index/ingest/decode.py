"""Turn a file's bytes into text: BOMs, UTF-8, then a real charset detector; refuse binaries."""

from __future__ import annotations

import codecs
import re

# Signatures of common binary formats, for a better reason than "binary file".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


WESTERN = "cp1252"
WESTERN_MARGIN = 0.1
"""How much less plausible (charset-normalizer "chaos") cp1252 may be and still win."""


TOO_DEEP = "nested too deeply"
"""Why a JSON, TOML or YAML value nested deeper than Python's parsers recurse (a
`RecursionError`, which stopped a whole build, nu63 #1) is skipped."""


class DecodeError(ValueError):
    """The bytes are not text this reader can use; ``str(error)`` is a one-line reason."""


STRAY_NUL_SPAN = 500
"""A text may hold one NUL in this many bytes (at least one NUL) and still be a text."""
_NOT_TEXT_BYTES = re.compile(b"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
"""C0 controls that no text holds (whitespace and ESC, which `sanitize` removes, aside)."""


def _stray_nuls(data: bytes) -> bool:
    """Whether the NUL bytes in ``data`` are strays in a text (a byte lost in a copy or a
    transfer), not the mark of a binary file or of UTF-16 without its byte-order mark: a
    few of them (one per `STRAY_NUL_SPAN` bytes, one at least), and no other control
    that text never holds."""
    sample = data[:65536]
    nuls = sample.count(b"\x00")
    return nuls <= max(1, len(sample) // STRAY_NUL_SPAN) and not _NOT_TEXT_BYTES.search(sample)


def binary_kind(data: bytes) -> str | None:
    """Why ``data``, a file's opening bytes, make it a binary file (as `decode` says it), or
    None: a JSON Lines file of an executable was read a line at a time, skipped as "records"
    ("binary.jsonl:1: line 1: binary file", nu62 #8, fx157)."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({kind})"
    if b"\x00" in data[:65536] and not _stray_nuls(data):
        return "binary file (contains NUL bytes)"
    return None


def decode(data: bytes) -> str:
    """Decode article bytes to ``str``.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read directly; anything
    else goes to charset-normalizer, which tells cp1252 from latin-1 from the rest.

    Args:
        data: The raw bytes of one file or one record.

    Returns:
        The decoded text (not yet sanitised).

    A text with a stray NUL byte or two (`_stray_nuls`) is read without them; more NULs,
    or NULs among other controls, make the data binary.

    Raises:
        DecodeError: The data is empty, binary, or in no detectable text encoding.
    """
    if not data.strip():
        raise DecodeError("empty file" if not data else "file has only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodeError(f"invalid {encoding} text after its byte-order mark") from error
            if not text.strip():
                raise DecodeError("file has only whitespace")
            return text
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"binary file ({kind})")
    if b"\x00" in data[:65536]:
        if not _stray_nuls(data):
            raise DecodeError("binary file (contains NUL bytes)")
        data = data.replace(b"\x00", b"")  # nu36 #10: one stray NUL dropped a text whole
        if not data.strip():
            raise DecodeError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: only odd files pay for it

    matches = list(from_bytes(data))
    if not matches:
        raise DecodeError("not text in any known encoding")
    best = matches[0]
    # Short Western texts are often equally plausible as several single-byte code pages and
    # the detector's first pick can be a Baltic or Central European one. News in English,
    # French, German or Spanish is far more often cp1252, so prefer it when it is (nearly)
    # as plausible as the winner.
    for match in matches:
        if WESTERN in match.could_be_from_charset and match.chaos <= best.chaos + WESTERN_MARGIN:
            return data.decode(WESTERN, errors="replace")
    return str(best)
