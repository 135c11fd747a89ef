"""Wrap a `rich.text.Text` at word boundaries: at spaces, and after a dash or slash inside a
word (``said,-acknowledging`` -> ``said,-`` / ``acknowledging``), before a word is cut.

Rich's own wrap breaks only at spaces: a word wider than the column left over was cut
where the column ended (nu29 #10: the alignment table showed ``said,-acknowledgin`` /
``g key``). Here a word is cut only when no break in it fits (a run of letters wider
than the column).
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

PIECE = re.compile(r"\S*?(?:[-‐‑‒–—/](?=\S)|\s+|$)")
"""A piece a line may end after: up to and with a space run, or a dash or slash followed
by more of the word, or the end."""


def word_wrap(text: Text, width: int) -> list[Text]:
    """``text`` in lines of at most ``width`` cells (its styles kept; each line's trailing
    spaces dropped; a newline always ends a line)."""
    width = max(1, width)
    lines: list[Text] = []
    for part in text.split("\n", allow_blank=True):
        lines.extend(_wrapped(part, width))
    return lines


def _wrapped(text: Text, width: int) -> list[Text]:
    plain = text.plain
    breaks: list[int] = []
    used = 0
    for match in PIECE.finditer(plain):
        piece, at = match.group(), match.start()
        if not piece:
            continue
        if used and used + cell_len(piece.rstrip()) > width:
            breaks.append(at)  # the piece starts the next line
            used = 0
        while cell_len(piece.rstrip()) > width:  # no break in it fits: cut it
            cut = _fitting(piece, width)
            breaks.append(at + cut)
            piece, at = piece[cut:], at + cut
        used += cell_len(piece)
    lines = list(text.divide(breaks)) if breaks else [text]
    for line in lines:
        line.rstrip()
    kept = [line for line in lines if line.plain]  # not a line of a leading space alone
    return kept or [text.blank_copy()]


def _fitting(piece: str, width: int) -> int:
    """How many characters of ``piece`` fill at most ``width`` cells (at least one)."""
    cells = 0
    for count, char in enumerate(piece):
        cells += cell_len(char)
        if cells > width:
            return max(1, count)
    return len(piece)
