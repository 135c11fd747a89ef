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
