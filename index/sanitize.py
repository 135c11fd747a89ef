"""Make untrusted article text safe to store and show: no escapes, controls or bidi tricks."""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC
# strings (ESC P/X/^/_ ... ST), and two-character escapes (ESC + one byte).
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                 # CSI
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?       # OSC
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?            # DCS, SOS, PM, APC
  | \x1b[ -/]*[0-~]?                          # other ESC sequences
  | \x9b[0-?]*[ -/]*[@-~]?                    # 8-bit CSI
  | \x9d[^\x07\x9c]*(?:\x07|\x9c)?            # 8-bit OSC
    """,
    re.VERBOSE,
)
# C0 controls except tab and newline, DEL, C1 controls; bidi embeddings, overrides and
# isolates (U+202A-202E, U+2066-2069), which can reorder what a reader sees; lone surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_ASCII_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def sanitize(text: str) -> str:
    """Return ``text`` safe for a terminal and for indexing.

    Terminal escape sequences, C0/C1 control characters (except tab and newline),
    bidi overrides and isolates, byte-order marks and lone surrogates are removed or
    replaced; line breaks become ``\\n``; the text is NFC-normalised so that composed
    and decomposed forms ("café") index and match alike.

    Args:
        text: Any string, typically just decoded from a file.

    Returns:
        The cleaned string.
    """
    if text.isascii() and _ASCII_WORK.search(text) is None:
        return text  # the common case: plain ASCII with nothing to remove
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    text = _LINE_BREAKS.sub("\n", text)
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


# What `printable` escapes: C0 and C1 controls and DEL (escape sequences start with one),
# bidi marks, embeddings, overrides and isolates, line and paragraph separators, the BOM,
# interlinear annotation marks, and lone surrogates (which cannot even be encoded).
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
    "\ud800-\udfff]"
)
_UNPRINTABLE_BUT_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff"
    "\ufff9-\ufffb\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str, *, lines: bool = False) -> str:
    """Return ``text`` safe to print on a terminal, with nothing in it hidden or removed.

    Every character that could act on a terminal or disguise what is shown is written
    as an escape instead: controls (ESC, BEL, C1) as ``\\x1b``, newlines and tabs as
    ``\\n`` and ``\\t``, bidi overrides and other invisible format characters as
    ``\\u202e``. Unlike `sanitize`, nothing is dropped, so a file name with an escape
    sequence in it is shown as what it is. This is for strings that reach the terminal
    from outside: ids, paths, titles, sources, bylines, skip reasons, error messages.

    Args:
        text: Any string.
        lines: Keep newlines and tabs as they are (for article bodies printed whole).

    Returns:
        The string with those characters escaped; plain text comes back unchanged.
    """
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to escape
    pattern = _UNPRINTABLE_BUT_LINES if lines else _UNPRINTABLE
    return pattern.sub(_escape, text)
